#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/screenfit.h"
#include "ui/textsize.h"

#include "identity/areacode.h"
#include "services/authorization.h"
#include "services/syncservice.h"
#include "ui/backgroundtask.h"
#include "ui/caselistpage.h"
#include "ui/conflictspage.h"
#include "ui/dashboardpage.h"
#include "ui/documentspage.h"
#include "ui/householddetailpage.h"
#include "ui/householdspage.h"
#include "ui/intakewizard.h"
#include "ui/joinform.h"
#include "ui/listexport.h"
#include "ui/messagebox.h"
#include "ui/monthlyreportpage.h"
#include "ui/paymentcheckdialog.h"
#include "ui/problemtext.h"
#include "ui/publicitypage.h"
#include "ui/reratedialog.h"
#include "ui/rosterimportdialog.h"
#include "ui/screenlock.h"
#include "ui/settingspage.h"
#include "ui/syncpage.h"
#include "ui/syncscheduler.h"
#include "ui/userspage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QProgressBar>

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace doudi::ui {

using core::CaseState;
using core::Draft;
using core::Result;

MainWindow::MainWindow(std::unique_ptr<core::Session> profile, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(profile)), m_households(std::make_unique<core::HouseholdService>(*m_session)),
      m_cases(std::make_unique<core::CaseService>(*m_session)), m_users(std::make_unique<core::UserService>(*m_session)),
      m_policy(std::make_unique<core::PolicyService>(*m_session)),
      m_documents(std::make_unique<core::DocumentService>(*m_session)), m_nav(new QListWidget), m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Doudi social assistance"));
    m_sync = std::make_unique<SyncScheduler>(*m_session, this); // a child too, for findChild; the member deletes it first
    m_syncPage = new SyncPage(*m_session, *m_sync);
    connect(m_syncPage, &SyncPage::joinRequested, this, [this] { joinCounty(false); });
    connect(m_syncPage, &SyncPage::joinAgainRequested, this, [this] { joinCounty(true); });
    connect(m_syncPage, &SyncPage::answerRead, this, [this] {
        showSyncState();
        m_conflicts->refresh();
        showConflicts();
    });
    m_conflicts = new ConflictsPage(*m_session, *m_households);
    connect(m_conflicts, &ConflictsPage::openHousehold, this, &MainWindow::openHousehold);
    connect(m_conflicts, &ConflictsPage::changed, this, &MainWindow::showConflicts);
    m_syncTabs = new QTabWidget;
    m_syncTabs->setObjectName(QStringLiteral("syncTabs"));
    m_syncTabs->addTab(m_syncPage, tr("Sync"));
    m_syncTabs->addTab(m_conflicts, tr("Conflicts"));
    m_householdsPage = new HouseholdsPage(*m_households);
    m_dashboard = new DashboardPage(*m_households, *m_cases, *m_policy);
    m_detail = new HouseholdDetailPage(*m_households, *m_cases, *m_policy, *m_documents);
    connect(m_householdsPage, &HouseholdsPage::openHousehold, this, &MainWindow::openHousehold);
    connect(m_dashboard, &DashboardPage::openHousehold, this, &MainWindow::openHousehold);
    connect(m_dashboard, &DashboardPage::rerateAsked, this,
            [this](const QDate &from) { openRerate(this, *m_session, *m_documents, from); });
    connect(m_dashboard, &DashboardPage::openCase, this,
            [this](const QString &householdId, const QString &caseId, const QString &step) {
                openHousehold(householdId);
                m_detail->showCase(caseId);
                if (!step.isEmpty())
                    m_detail->runStep(caseId, step);
            });
    m_detail->fetchAttachment = [this](const QString &id) { return fetchAttachment(id); };
    connect(m_detail, &HouseholdDetailPage::backRequested, this, [this] {
        m_pages->setCurrentIndex(m_returnTo);
        m_nav->setFocus();
    });
    struct Entry
    {
        QString name;
        QWidget *page;
    };
    using C = CaseListPage::Column;
    // Who keeps the device without working on households (the administrator, a recovery-code
    // unlock) sees only the administration: the casework pages would only be refused.
    const bool casework = core::Authorization::roleMay(m_session->role(), core::Permission::ReadHouseholds);
    const auto caseworkEntries = [&]() -> QList<Entry> {
        auto *publicity = new PublicityPage(*m_cases);
        connect(publicity, &PublicityPage::openHousehold, this, &MainWindow::openHousehold);
        auto *monthlyReport = new MonthlyReportPage(*m_session, *m_documents);
        connect(monthlyReport, &MonthlyReportPage::openHousehold, this, &MainWindow::openHousehold);
        return {
            {tr("Workbench"), m_dashboard},
            {tr("Household records"), m_householdsPage},
            {tr("Applications"), makeApplications()},
            {tr("Home visits"),
             caseList({tr("Home visits"),
                       tr("Accepted applications under investigation: record each home visit with two investigators, the "
                          "living conditions, photos and signatures, and the information check by the county."),
                       {CaseState::Accepted, CaseState::PaidFirst, CaseState::Investigating},
                       {C::Head, C::Village, C::Programme, C::State, C::Due, C::NextSteps},
                       {{QStringLiteral("record_visit"), tr("Record the home visit…")},
                        {QStringLiteral("complete_investigation"), tr("Finish the investigation…")}}})},
            {tr("Public notice"), publicity},
            {tr("Review and confirmation"),
             caseList({tr("Review and confirmation"),
                       tr("Applications whose notice has closed, waiting for confirmation by the township head or the county "
                          "(close relatives of staff always by the county)."),
                       {CaseState::AwaitingConfirmation},
                       {C::Head, C::Village, C::Programme, C::Amount, C::Due, C::NextSteps},
                       {{QStringLiteral("confirm"), tr("Confirm…")}, {QStringLiteral("refuse"), tr("Refuse…")}}})},
            {tr("Payments"), makePayments()},
            {tr("Periodic reviews"),
             caseList({tr("Periodic reviews"),
                       tr("Every household being paid, the nearest review first; dates in red are due. The review shows what "
                          "changed since the last decision and what the policy gives today."),
                       {CaseState::Approved},
                       {C::NextReview, C::Head, C::Village, C::Programme, C::Amount},
                       {{QStringLiteral("review"), tr("Review…")}}})},
            {tr("Monthly report"), monthlyReport},
            {tr("Printing"), new DocumentsPage(*m_session, *m_documents)},
            {tr("Sync"), m_syncTabs},
            {tr("Settings and administration"), makeAdministration()},
        };
    };
    const QList<Entry> entries =
        casework ? caseworkEntries() : QList<Entry>{{tr("Settings and administration"), makeAdministration()}};
    for (const Entry &e : entries) {
        m_nav->addItem(e.name);
        m_pages->addWidget(e.page);
    }
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(200);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px }"));
    setTextRole(m_nav, TextRole::Emphasis); // scales with 大号字体
    connect(m_nav, &QListWidget::currentRowChanged, this, [this, casework](int row) {
        m_pages->setCurrentIndex(row);
        if (row == 0 && casework)
            m_dashboard->refresh();
    });
    m_pages->addWidget(m_detail); // reached from a list, not from the navigation
    if (casework) {
        m_dashboard->refresh();
        // After the window is on screen: load the search index, so typing is fast from the start.
        QTimer::singleShot(0, this, [this] { (void)m_households->prepareSearch(); });
    }
    m_nav->setCurrentRow(0);

    m_central = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_central.get());
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(m_central.get());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *find = file->addAction(tr("&Find household"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_nav->setCurrentRow(1);
        m_pages->setCurrentIndex(1); // also from a household's page, which the navigation does not list
        m_householdsPage->focusSearch();
    });
    QAction *intake = file->addAction(tr("&New application…"));
    intake->setShortcut(QKeySequence::New);
    connect(intake, &QAction::triggered, this, [this] { newApplication(); });
    find->setEnabled(casework);
    intake->setEnabled(casework);
    QAction *lock = file->addAction(tr("&Lock / switch user"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any window, an open form included: a modal form shadows the main window's
    // shortcuts, so its key press is caught on the way to the form (eventFilter) as well.
    lock->setShortcutContext(Qt::ApplicationShortcut);
    qApp->installEventFilter(this);
    lock->setToolTip(tr("Hide everything until a password is typed; you go on where you were, or another user signs in."));
    connect(lock, &QAction::triggered, this, &MainWindow::lockScreen);
    m_screenLock = std::make_unique<ScreenLock>(m_session->directory(), m_session->user());
    connect(m_screenLock.get(), &ScreenLock::switchUserRequested, this, [this] {
        // The open forms close without asking (their drafts were kept when the screen locked).
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
                dialog->done(QDialog::Rejected);
        }
        Q_EMIT lockRequested();
    });
    QAction *households = file->addAction(tr("&Save the households…"));
    households->setEnabled(casework && core::Authorization::roleMay(m_session->role(), core::Permission::ExportLists));
    connect(households, &QAction::triggered, this, [this] { exportHouseholds(this, *m_session); });
    QAction *roster = file->addAction(tr("&Import a roster…"));
    roster->setEnabled(casework && core::Authorization::roleMay(m_session->role(), core::Permission::ImportRosters));
    connect(roster, &QAction::triggered, this, [this] { importRoster(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About Doudi")), &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(help->addAction(tr("About &Qt")), &QAction::triggered, qApp, &QApplication::aboutQt);
    statusBar()->showMessage(tr("User: %1 · encrypted profile (%2)").arg(m_session->user(), m_session->cipher()));
    m_syncBusy = new QProgressBar;
    m_syncBusy->setRange(0, 0);
    m_syncBusy->setMaximumWidth(80);
    m_syncBusy->setMaximumHeight(14);
    m_syncBusy->hide();
    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncBusy);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_sync.get(), &SyncScheduler::roundStarted, this, &MainWindow::showSyncState);
    connect(m_sync.get(), &SyncScheduler::roundProgress, this, &MainWindow::showSyncProgress);
    connect(m_sync.get(), &SyncScheduler::roundFinished, this, [this](const SyncScheduler::Outcome &outcome) {
        showSyncState();
        m_conflicts->refresh();
        showConflicts();
        // What came down may touch any list: the one on screen shows it.
        if (outcome.ok && outcome.report.pulled + outcome.report.evicted > 0 && m_pages->currentWidget() == m_dashboard)
            m_dashboard->refresh();
    });
    // Work done here goes to the county soon, without a click.
    auto *changes = new QTimer(this);
    connect(changes, &QTimer::timeout, this, [this] {
        const Result<int> waiting = core::SyncService(*m_session).waitingCount();
        if (waiting && *waiting > 0)
            m_sync->noteLocalChange();
    });
    changes->start(30 * 1000);
    m_sync->start();
    showSyncState();
    showConflicts();
    // Never larger than the screen (a 1024×600 netbook): the status bar, with sync's state, stays in sight.
    fitToScreen(this, QSize(1280, 720));
}

void MainWindow::showSyncProgress(const core::SyncProgress &p)
{
    using Stage = core::SyncProgress::Stage;
    // A bar that fills where the whole is known; one that only moves where it is not.
    m_syncBusy->setRange(0, p.total > 0 ? int(qMin<qint64>(p.total, INT_MAX)) : 0);
    if (p.total > 0)
        m_syncBusy->setValue(int(qMin(p.done, p.total)));
    QString text;
    switch (p.stage) {
    case Stage::Sending:
        text = tr("Syncing: sending changes %1 of %2").arg(p.done).arg(p.total);
        break;
    case Stage::Snapshot:
        text = tr("Syncing: the county's records, %1 of %2 KB").arg(p.done / 1024).arg(p.total / 1024);
        break;
    case Stage::Receiving:
        text = tr("Syncing: %1 records received").arg(p.done);
        break;
    case Stage::Photos:
        text = tr("Syncing: photos %1 of %2").arg(p.done).arg(p.total);
        break;
    }
    m_syncStatus->setText(text);
}

void MainWindow::showSyncState()
{
    m_syncBusy->setVisible(m_sync->isRunning());
    if (m_sync->isRunning()) {
        m_syncBusy->setRange(0, 0); // until the round says how far it is
        m_syncStatus->setText(tr("Syncing…"));
        return;
    }
    core::SyncService sync(*m_session);
    const Result<QJsonObject> status = sync.status();
    if (!status || status->value(QStringLiteral("server_url")).toString().isEmpty()) {
        m_syncStatus->setText(tr("Working alone (not joined to a county server)"));
        return;
    }
    const int waiting = status->value(QStringLiteral("waiting")).toInt();
    const QString last = status->value(QStringLiteral("last_success")).toString();
    const QString lastText =
        last.isEmpty()
            ? tr("never synced")
            : tr("synced %1")
                  .arg(QLocale().toString(QDateTime::fromString(last, Qt::ISODate).toLocalTime(), QStringLiteral("M-d HH:mm")));
    const Result<QList<core::SyncService::Run>> history = sync.history();
    const bool failed = history && !history->isEmpty() && !history->constFirst().ok;
    m_syncStatus->setText(failed ? tr("Sync failed (%1) · %2 waiting").arg(lastText).arg(waiting)
                                 : tr("%1 · %2 waiting").arg(lastText).arg(waiting));
    m_syncStatus->setToolTip(failed ? history->constFirst().error : QString());
    markAsProblem(m_syncStatus, failed);
}

void MainWindow::showConflicts()
{
    const int open = m_conflicts->openCount();
    m_syncTabs->setTabText(1, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    if (m_pages->currentWidget() == m_detail)
        m_detail->setSyncNotice(conflictNotice(m_detail->householdId()));
}

QString MainWindow::conflictNotice(const QString &householdId)
{
    const Result<QList<core::protocol::Conflict>> open = core::SyncService(*m_session).conflicts(true);
    if (!open)
        return {};
    const auto here = std::count_if(open->cbegin(), open->cend(),
                                    [&](const core::protocol::Conflict &c) { return c.householdId == householdId; });
    return here == 0 ? QString()
                     : tr("%n change(s) to this household met another change at the county: see 同步 → 冲突 (Sync → "
                          "Conflicts). The county's value is shown until someone decides.",
                          nullptr, int(here));
}

QByteArray MainWindow::fetchAttachment(const QString &attachmentId)
{
    // On a worker thread over its own connection, as a sync round (the credential copied here).
    core::Result<std::unique_ptr<core::SecretStore>> secrets = core::SyncService(*m_session).credentialForWorker();
    std::optional<Result<QByteArray>> fetched;
    if (secrets) {
        runInBackground(this, tr("Fetching the picture from the county server…"), [&](TaskProgress &) {
            Result<std::unique_ptr<core::Session>> sibling = core::ProfileService::openSibling(*m_session);
            fetched = sibling ? core::SyncService(**sibling, **secrets).fetchAttachment(attachmentId)
                              : Result<QByteArray>(sibling.error());
        });
    } else {
        fetched = secrets.error();
    }
    if (!fetched)
        return {};
    if (!*fetched) {
        MessageBox::warn(this, tr("Picture"), fetched->error().message());
        return {};
    }
    return **fetched;
}

void MainWindow::joinCounty(bool again)
{
    QDialog dialog(this);
    dialog.setWindowTitle(again ? tr("Join the county server again") : tr("Join the county server"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new JoinForm(m_session->user());
    if (again) {
        m_sync->stop(); // no round while the device changes
        form->setAgain(true);
        const Result<QString> address = core::SyncService(*m_session).serverAddress();
        if (address)
            form->setServer(*address);
        auto *why = new QLabel(tr("Ask the county for a new enrolment code. The work on this laptop, and what it has not "
                                  "sent yet, stays; it reads the county's records again after joining."));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [this, &dialog, form] {
        if (const std::optional<core::SyncService::Joined> joined = form->join(m_session->directory())) {
            form->takePassword().fill(QChar(0));
            dialog.accept();
        }
    });
    form->focusFirst();
    const bool joined = dialog.exec() == QDialog::Accepted;
    m_syncPage->refresh();
    if (joined || again)
        m_sync->start(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelBackgroundWork(); // locking or quitting: long work stops and the window can go
    m_sync->stop();         // and sync pauses until the next unlock
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_L) && !m_screenLock->isEngaged()) {
            lockScreen();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockScreen()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *wizard = qobject_cast<IntakeWizard *>(w); wizard && wizard->isVisible())
            wizard->keepDraft();
    }
    m_screenLock->engage();
}

MainWindow::~MainWindow()
{
    // No key press reaches eventFilter() while the members go. The rest is the members' order
    // (mainwindow.h): the lock screen, the pages, the sync schedule (its worker's round ends),
    // the services, and last the session, which locks the profile.
    qApp->removeEventFilter(this);
}

void MainWindow::importRoster()
{
    RosterImportDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted && m_dashboard)
        m_dashboard->refresh();
}

CaseListPage *MainWindow::caseList(CaseListPage::Spec spec, const std::function<QList<QAction *>(CaseListPage *)> &more)
{
    const QString title = spec.title;
    const QList<CaseState> states = spec.states;
    auto *page = new CaseListPage(*m_cases, std::move(spec));
    connect(page, &CaseListPage::openHousehold, this, &MainWindow::openHousehold);
    // What goes out of the list and into it, under one button: a netbook's row has no room for more.
    QList<QAction *> actions;
    if (core::Authorization::roleMay(m_session->role(), core::Permission::ExportLists)) {
        auto *save = new QAction(tr("Save the list as a spreadsheet…"), page);
        save->setObjectName(QStringLiteral("saveList"));
        connect(save, &QAction::triggered, this, [this, title, states] { exportCaseList(this, *m_session, title, states); });
        actions << save;
    }
    if (more)
        actions += more(page);
    if (!actions.isEmpty()) {
        auto *button = new QPushButton(tr("&Lists and files"));
        button->setObjectName(QStringLiteral("listMenu"));
        auto *menu = new QMenu(button);
        menu->addActions(actions);
        button->setMenu(menu);
        page->addButton(button);
    }
    return page;
}

QWidget *MainWindow::makePayments()
{
    using C = CaseListPage::Column;
    CaseListPage *page =
        caseList({tr("Payments"),
                  tr("Households being paid. Change an amount through a review (增发, 减发 or 停发); temporary "
                     "assistance paid in stages is completed here."),
                  {CaseState::Approved},
                  {C::Head, C::Village, C::Programme, C::Amount, C::EntitlementStart, C::NextReview},
                  {{QStringLiteral("review"), tr("Review…")}, {QStringLiteral("pay_stage"), tr("Pay the next stage…")}},
                  true},
                 [this](CaseListPage *list) {
                     QList<QAction *> more;
                     if (core::Authorization::roleMay(m_session->role(), core::Permission::ExportLists)) {
                         auto *payments = new QAction(tr("Payment list (代发清单)…"), list);
                         payments->setObjectName(QStringLiteral("paymentList"));
                         connect(payments, &QAction::triggered, this,
                                 [this] { exportPaymentList(this, *m_session, m_documents->townships()); });
                         more << payments;
                     }
                     if (core::Authorization::roleMay(m_session->role(), core::Permission::ImportRosters)) {
                         auto *roster = new QAction(tr("Import a roster…"), list);
                         roster->setObjectName(QStringLiteral("importRoster"));
                         connect(roster, &QAction::triggered, this, [this, list] {
                             importRoster();
                             list->refresh();
                         });
                         more << roster;
                     }
                     return more;
                 });
    auto *check = new QPushButton(tr("Check against today's policy…"));
    check->setObjectName(QStringLiteral("checkPayments"));
    check->setToolTip(tr("After a change of standard: re-assess every household being paid and list those whose amount "
                         "differs."));
    connect(check, &QPushButton::clicked, this, [this, page] {
        checkPaymentsAgainstPolicy(this, *m_cases, [this](const QString &id) { openHousehold(id); });
        page->refresh();
    });
    page->addButton(check);
    auto *rerate = new QPushButton(tr("Change of standards…"));
    rerate->setObjectName(QStringLiteral("rerate"));
    rerate->setToolTip(tr("调标: when the county's standards change, work out every household's new amount from the day "
                          "they take effect, confirm the list as one batch and print it."));
    connect(rerate, &QPushButton::clicked, this, [this, page] {
        openRerate(this, *m_session, *m_documents);
        page->refresh();
    });
    page->addButton(rerate);
    return page;
}

QWidget *MainWindow::makeApplications()
{
    using C = CaseListPage::Column;
    CaseListPage *page =
        caseList({tr("Applications"),
                  tr("Every open application in your area, with the steps you can take. A new application records the household, "
                     "its members, income and assets, and previews what the county's policy gives."),
                  {CaseState::Submitted, CaseState::AwaitingPapers, CaseState::Accepted, CaseState::PaidFirst,
                   CaseState::Investigating, CaseState::Investigated, CaseState::Publicity, CaseState::AwaitingConfirmation},
                  {C::Head, C::Village, C::Programme, C::State, C::Submitted, C::Due, C::NextSteps},
                  {{QStringLiteral("accept"), tr("Accept…")}}});
    auto *drafts = new QPushButton(tr("Continue a draft…"));
    drafts->setObjectName(QStringLiteral("drafts"));
    drafts->setToolTip(tr("Applications started on this device and not yet finished."));
    connect(drafts, &QPushButton::clicked, this, [this, drafts] {
        const Result<QList<Draft>> list = m_cases->intakeDrafts();
        QMenu menu(drafts);
        for (const Draft &d : list.valueOr(QList<Draft>()))
            menu.addAction(
                    tr("%1 (last saved %2)").arg(d.title, QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat)))
                ->setData(d.id);
        if (menu.isEmpty())
            menu.addAction(list ? tr("No drafts") : list.error().message())->setEnabled(false);
        if (QAction *chosen = menu.exec(drafts->mapToGlobal(QPoint(0, drafts->height()))); chosen && chosen->data().isValid())
            newApplication(chosen->data().toString());
    });
    page->addButton(drafts);
    auto *start = new QPushButton(tr("New application… (Ctrl+N)"));
    start->setObjectName(QStringLiteral("newApplication"));
    connect(start, &QPushButton::clicked, this, [this] { newApplication(); });
    page->addButton(start);
    return page;
}

void MainWindow::newApplication(const QString &draftId)
{
    IntakeWizard wizard(*m_households, *m_cases, *m_policy, this);
    if (!draftId.isEmpty()) {
        const Result<Draft> draft = m_cases->intakeDraft(draftId);
        if (!draft) {
            statusBar()->showMessage(draft.error().message(), 10000);
            return;
        }
        wizard.loadDraft(*draft);
    }
    if (wizard.exec() == QDialog::Accepted && !wizard.householdId().isEmpty()) {
        m_dashboard->refresh();
        openHousehold(wizard.householdId());
    }
}

QWidget *MainWindow::makeAdministration()
{
    auto *tabs = new QTabWidget;
    auto *settings = new SettingsPage(m_session.get());
    // A change of the database key that failed after the swap leaves the profile closed: lock,
    // and unlock anew. (A successful one reopens the same Database: the services go on.)
    connect(settings, &SettingsPage::unlockAgainRequired, this, &MainWindow::lockRequested, Qt::QueuedConnection);
    connect(settings, &SettingsPage::joinRequested, this, [this] { joinCounty(false); });
    tabs->addTab(settings, tr("Settings"));
    if (m_users->mayManageUsers())
        tabs->addTab(new UsersPage(*m_users), tr("Users"));
    return tabs;
}

void MainWindow::openHousehold(const QString &householdId)
{
    if (m_pages->currentWidget() != m_detail)
        m_returnTo = m_pages->currentIndex();
    m_detail->showHousehold(householdId);
    m_detail->setSyncNotice(conflictNotice(householdId));
    m_pages->setCurrentWidget(m_detail);
}

} // namespace doudi::ui
