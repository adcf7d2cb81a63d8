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

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace doudi::core {
struct SyncProgress;
}

namespace doudi::ui {

class DashboardPage;
class HouseholdDetailPage;
class HouseholdsPage;
class ConflictsPage;
class SyncPage;
class ScreenLock;
class SyncScheduler;

// The main window: the left navigation of DESIGN §8 and one page per entry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::Session> profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows one household's page (from any list).
    void openHousehold(const QString &householdId);
    // Hides every window behind the lock screen, unfinished applications kept as drafts; the
    // same person's password brings everything back as it was (auto-lock, Ctrl+L).
    void lockScreen();

Q_SIGNALS:
    // The session must end (another user signs in, or the key changed): the caller closes this
    // window and asks for a password again.
    void lockRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeAdministration();
    QWidget *makeApplications();
    QWidget *makePayments();
    // A list page of cases; more gives the page's own entries of its "Lists and files" button.
    CaseListPage *caseList(CaseListPage::Spec spec, const std::function<QList<QAction *>(CaseListPage *)> &more = {});
    // A new application, or the continuation of a draft.
    void newApplication(const QString &draftId = {});
    // The township's existing roster carried over (RosterImportDialog).
    void importRoster();
    // The status bar's part about sync, and the schedule's reaction to a round.
    void showSyncState();
    // A profile that worked alone joins the county (同步 page).
    // again: a joined profile enrols anew (its device withdrawn, or its credential lost).
    void joinCounty(bool again = false);
    // The status bar while a round runs: its stage, and a bar that fills where the whole is known.
    void showSyncProgress(const core::SyncProgress &progress);
    // A photo or scan still at the county, fetched for the household page.
    QByteArray fetchAttachment(const QString &attachmentId);

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
    SyncPage *m_syncPage = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    QTabWidget *m_syncTabs = nullptr;
    // The conflicts tab's title with their number; the household page's notice of its own.
    void showConflicts();
    QString conflictNotice(const QString &householdId);
    QLabel *m_syncStatus = nullptr;
    QProgressBar *m_syncBusy = nullptr;
    // Declared after the session and the services, so destroyed before them (members go in
    // reverse order, and QObject children only after every member): the pages, the sync
    // schedule and the lock screen hold references to the services, the sync page to the
    // schedule.
    std::unique_ptr<SyncScheduler> m_sync;
    std::unique_ptr<QWidget> m_central;
    std::unique_ptr<ScreenLock> m_screenLock;
};

} // namespace doudi::ui
