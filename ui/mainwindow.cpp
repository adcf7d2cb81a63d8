#include "ui/mainwindow.h"

#include "identity/areacode.h"
#include "ui/householdspage.h"

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
      m_households(std::make_unique<core::HouseholdService>(*m_profile)), m_nav(new QListWidget),
      m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Doudi social assistance"));
    m_householdsPage = new HouseholdsPage(*m_households);
    struct Entry
    {
        QString name;
        QWidget *page;
    };
    const QList<Entry> entries = {
        {tr("Workbench"), makeDashboard()},
        {tr("Household records"), m_householdsPage},
        {tr("Applications"), makeComingPage(tr("Applications"), tr("intake wizard for every programme"))},
        {tr("Home visits"), makeComingPage(tr("Home visits"), tr("home visit form with photos and signatures"))},
        {tr("Public notice"), makeComingPage(tr("Public notice"), tr("public notice batches and objections"))},
        {tr("Review and confirmation"), makeComingPage(tr("Review and confirmation"), tr("review and confirmation by role"))},
        {tr("Payments"), makeComingPage(tr("Payments"), tr("entitlements and payment changes"))},
        {tr("Periodic reviews"), makeComingPage(tr("Periodic reviews"), tr("reviews due and the review wizard"))},
        {tr("Printing"), makeComingPage(tr("Printing"), tr("every official form, previewed and printed"))},
        {tr("Sync"), makeComingPage(tr("Sync"), tr("synchronisation with the county server"))},
        {tr("Settings and administration"), makeComingPage(tr("Settings and administration"), tr("users, roles and settings"))},
    };
    for (const Entry &e : entries) {
        m_nav->addItem(e.name);
        m_pages->addWidget(e.page);
    }
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(200);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 12pt } QListWidget::item { padding: 6px }"));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

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
    QAction *lock = file->addAction(tr("&Lock and quit"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &QWidget::close);
    statusBar()->showMessage(tr("User: %1 · encrypted profile (%2)").arg(m_profile->user(), m_profile->cipher()));
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    m_households.reset();
    m_profile->lock();
}

QWidget *MainWindow::makeDashboard()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Workbench"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold"));
    layout->addWidget(title);
    const core::Result<qint64> count = m_households->count();
    auto *summary = new QLabel(count ? tr("%1 households on this device.").arg(*count) : count.error().message());
    summary->setStyleSheet(QStringLiteral("font-size: 13pt"));
    layout->addWidget(summary);
    auto *hint = new QLabel(tr("Press Ctrl+F to find a household by name, pinyin initials, ID number, phone or village."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
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
