#pragma once

#include "services/caseservice.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/userservice.h"
#include "ui/caselistpage.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace doudi::ui {

class DashboardPage;
class HouseholdDetailPage;
class HouseholdsPage;

// The main window: the left navigation of DESIGN §8 and one page per entry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::Session> profile, QWidget *parent = nullptr);
    ~MainWindow() override;

Q_SIGNALS:
    // The person locked the app (or it locked itself): the caller asks for a password again.
    void lockRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeComingPage(const QString &title, const QString &what);
    QWidget *makeAdministration();
    QWidget *makeApplications();
    QWidget *makePayments();
    CaseListPage *caseList(CaseListPage::Spec spec);
    // A new application, or the continuation of a draft.
    void newApplication(const QString &draftId = {});
    void openHousehold(const QString &householdId);

    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<core::HouseholdService> m_households;
    std::unique_ptr<core::CaseService> m_cases;
    std::unique_ptr<core::UserService> m_users;
    std::unique_ptr<core::PolicyService> m_policy;
    std::unique_ptr<core::DocumentService> m_documents;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    HouseholdsPage *m_householdsPage = nullptr;
    DashboardPage *m_dashboard = nullptr;
    HouseholdDetailPage *m_detail = nullptr;
    int m_returnTo = 0;
};

} // namespace doudi::ui
