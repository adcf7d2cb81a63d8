#include "ui/mainwindow.h"

#include "identity/areacode.h"
#include "ui/dashboardpage.h"
#include "ui/householddetailpage.h"
#include "ui/householdspage.h"
#include "ui/intakewizard.h"
#include "ui/settingspage.h"
#include "ui/userspage.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace doudi::ui {

MainWindow::MainWindow(std::unique_ptr<core::Profile> profile, QWidget *parent)
    : QMainWindow(parent), m_profile(std::move(profile)),
      m_households(std::make_unique<core::HouseholdService>(*m_profile)),
      m_cases(std::make_unique<core::CaseService>(*m_profile)),
      m_users(std::make_unique<core::UserService>(*m_profile)),
      m_policy(std::make_unique<core::PolicyService>(*m_profile)), m_nav(new QListWidget),
      m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Doudi social assistance"));
    m_householdsPage = new HouseholdsPage(*m_households);
    m_dashboard = new DashboardPage(*m_households, *m_cases);
    m_detail = new HouseholdDetailPage(*m_households, *m_cases, *m_policy);
    connect(m_householdsPage, &HouseholdsPage::openHousehold, this, &MainWindow::openHousehold);
    connect(m_dashboard, &DashboardPage::openHousehold, this, &MainWindow::openHousehold);
    connect(m_detail, &HouseholdDetailPage::backRequested, this, [this] {
        m_pages->setCurrentIndex(m_returnTo);
        m_nav->setFocus();
    });
    struct Entry
    {
        QString name;
        QWidget *page;
    };
    const QList<Entry> entries = {
        {tr("Workbench"), m_dashboard},
        {tr("Household records"), m_householdsPage},
        {tr("Applications"), makeApplications()},
        {tr("Home visits"), makeComingPage(tr("Home visits"), tr("home visit form with photos and signatures"))},
        {tr("Public notice"), makeComingPage(tr("Public notice"), tr("public notice batches and objections"))},
        {tr("Review and confirmation"), makeComingPage(tr("Review and confirmation"), tr("review and confirmation by role"))},
        {tr("Payments"), makeComingPage(tr("Payments"), tr("entitlements and payment changes"))},
        {tr("Periodic reviews"), makeComingPage(tr("Periodic reviews"), tr("reviews due and the review wizard"))},
        {tr("Printing"), makeComingPage(tr("Printing"), tr("every official form, previewed and printed"))},
        {tr("Sync"), makeComingPage(tr("Sync"), tr("synchronisation with the county server"))},
        {tr("Settings and administration"), makeAdministration()},
    };
    for (const Entry &e : entries) {
        m_nav->addItem(e.name);
        m_pages->addWidget(e.page);
    }
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(200);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 12pt } QListWidget::item { padding: 6px }"));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == 0)
            m_dashboard->refresh();
    });
    m_pages->addWidget(m_detail); // reached from a list, not from the navigation
    m_dashboard->refresh();
    m_nav->setCurrentRow(0);
    // After the window is on screen: load the search index, so typing is fast from the start.
    QTimer::singleShot(0, this, [this] { (void)m_households->prepareSearch(); });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *find = file->addAction(tr("&Find household"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_nav->setCurrentRow(1);
        m_householdsPage->focusSearch();
    });
    QAction *intake = file->addAction(tr("&New application…"));
    intake->setShortcut(QKeySequence::New);
    connect(intake, &QAction::triggered, this, &MainWindow::newApplication);
    QAction *lock = file->addAction(tr("&Lock / switch user"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock the records; you or another user unlocks them with a password."));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    statusBar()->showMessage(tr("User: %1 · encrypted profile (%2)").arg(m_profile->user(), m_profile->cipher()));
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    m_households.reset();
    m_profile->lock();
}

QWidget *MainWindow::makeApplications()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Applications"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold"));
    auto *text = new QLabel(tr("Register a new application: the household, its members, income and assets, then a "
                               "preview of what the county's policy gives. Open cases are listed on the workbench and "
                               "on each household's page."));
    text->setWordWrap(true);
    auto *start = new QPushButton(tr("New application… (Ctrl+N)"));
    connect(start, &QPushButton::clicked, this, &MainWindow::newApplication);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(start, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void MainWindow::newApplication()
{
    IntakeWizard wizard(*m_households, *m_cases, *m_policy, this);
    if (wizard.exec() == QDialog::Accepted && !wizard.householdId().isEmpty()) {
        m_dashboard->refresh();
        openHousehold(wizard.householdId());
    }
}

QWidget *MainWindow::makeAdministration()
{
    auto *tabs = new QTabWidget;
    tabs->addTab(new SettingsPage, tr("Settings"));
    if (m_users->mayManageUsers())
        tabs->addTab(new UsersPage(*m_users), tr("Users"));
    return tabs;
}

void MainWindow::openHousehold(const QString &householdId)
{
    if (m_pages->currentWidget() != m_detail)
        m_returnTo = m_pages->currentIndex();
    m_detail->showHousehold(householdId);
    m_pages->setCurrentWidget(m_detail);
}

QWidget *MainWindow::makeComingPage(const QString &title, const QString &what)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title);
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold"));
    layout->addWidget(heading);
    auto *text = new QLabel(tr("This part of Doudi (%1) is being built and arrives in a coming version.").arg(what));
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

} // namespace doudi::ui
