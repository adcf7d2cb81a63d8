#pragma once

#include "services/householdservice.h"
#include "storage/profile.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace doudi::ui {

class HouseholdsPage;

// The main window: the left navigation of DESIGN §8 and one page per entry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::Profile> profile, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    QWidget *makeDashboard();
    QWidget *makeComingPage(const QString &title, const QString &what);

    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::HouseholdService> m_households;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    HouseholdsPage *m_householdsPage = nullptr;
};

} // namespace doudi::ui
