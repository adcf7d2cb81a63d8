// Issue 13: every window and dialog on a 1024×600 netbook screen, in Chinese: each fits the
// screen, each button is on it, and no two things in one window answer the same Alt+letter.
// The screen is the offscreen platform's, configured to 1024×600 before the application starts.

#include "common/clock.h"
#include "documents/formdocument.h"
#include "domain/case.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "keyboard.h"
#include "modal.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "testdata.h"
#include "ui/filedialog.h"
#include "ui/firstrunwizard.h"
#include "ui/householddetailpage.h"
#include "ui/householdeditor.h"
#include "ui/intakewizard.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/monthlyreportpage.h"
#include "ui/paymentcheckdialog.h"
#include "ui/printing.h"
#include "ui/rekeydialog.h"
#include "ui/reratedialog.h"
#include "ui/reviewwizard.h"
#include "ui/rosterimportdialog.h"
#include "ui/screenlock.h"
#include "ui/stepdialog.h"
#include "ui/temporaryaiddialog.h"
#include "ui/unlockdialog.h"
#include "ui/visitdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace doudi;

namespace {

// What is wrong with one window as it is shown now: off the screen, a button out of sight, or
// one Alt+letter for two things.
QStringList problemsOf(QWidget *window)
{
    QStringList out;
    const QRect screen = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!screen.contains(frame))
        out << QStringLiteral("%1: %2×%3 at (%4,%5) is not within the screen %6×%7")
                   .arg(window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                       : window->objectName())
                   .arg(frame.width())
                   .arg(frame.height())
                   .arg(frame.x())
                   .arg(frame.y())
                   .arg(screen.width())
                   .arg(screen.height());
    QHash<QKeySequence, QStringList> mnemonics;
    const auto visible = [window](QWidget *w) { return w->isVisibleTo(window) && w->isVisible(); };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!visible(b))
            continue;
        if (!b->text().isEmpty())
            mnemonics[QKeySequence::mnemonic(b->text())] << b->text();
        // A button inside a scroll area is reached by scrolling: its area must be in sight.
        QWidget *seen = b;
        for (QWidget *p = b->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (qobject_cast<QScrollArea *>(p))
                seen = p;
        }
        const QRect r(seen->mapToGlobal(QPoint(0, 0)), seen->size());
        if (!screen.contains(r.center()) || !window->geometry().contains(r.center()))
            out << QStringLiteral("button \"%1\" is off the screen (%2,%3)")
                       .arg(b->text())
                       .arg(r.center().x())
                       .arg(r.center().y());
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (visible(l) && l->buddy())
            mnemonics[QKeySequence::mnemonic(l->text())] << l->text();
    }
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (!it.key().isEmpty() && it.value().size() > 1)
            out << QStringLiteral("%1 for %2").arg(it.key().toString(), it.value().join(QStringLiteral(" / ")));
    }
    return out;
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<core::HouseholdService> m_households;
    std::unique_ptr<core::CaseService> m_cases;
    std::unique_ptr<core::PolicyService> m_policy;
    std::unique_ptr<core::DocumentService> m_documents;
    QString m_household, m_investigating, m_approved;
    QStringList m_messages;
    QStringList m_problems;

    // Shows the window as the person would get it (its own size), looks, and says what is wrong.
    void look(QWidget *w, const QString &what)
    {
        if (!w->isVisible())
            w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        for (const QString &p : problemsOf(w))
            m_problems << what + QStringLiteral(": ") + p;
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QStringLiteral("/small-") + what + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        ui::MessageBox::setMessageSink(&m_messages);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1024, 600));
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::LocalTime));
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        core::ProfileSetup s;
        s.user = QStringLiteral("zhang");
        s.password = QStringLiteral("township-2026");
        s.iterations = 1000;
        s.role = QStringLiteral("county"); // every step of the demo's applications, in every village
        s.scope = QStringLiteral("370323000000");
        auto p = core::ProfileService::create(m_dir, s, nullptr);
        QVERIFY(p.ok());
        m_session = std::move(p).value();
        m_policy = std::make_unique<core::PolicyService>(*m_session);
        QVERIFY(m_policy->importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        m_households = std::make_unique<core::HouseholdService>(*m_session);
        m_cases = std::make_unique<core::CaseService>(*m_session);
        m_documents = std::make_unique<core::DocumentService>(*m_session);
        core::DemoData families(core::AreaRegistry::builtIn(), 7);
        QList<core::Household> many;
        for (int i = 0; i < 60; ++i)
            many << families.household();
        QVERIFY(m_households->importMany(many, 60).ok());
        const auto demo = core::DemoCases::add(*m_session, 24, core::Clock::today());
        QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message()));
        const auto all = m_cases->list({}, core::Clock::today());
        QVERIFY(all.ok());
        for (const core::CaseRow &r : *all) {
            if (r.c.state == core::CaseState::Investigating && m_investigating.isEmpty())
                m_investigating = r.c.id;
            if (r.c.state == core::CaseState::Approved && r.c.programme == core::CaseProgramme::Dibao && m_approved.isEmpty())
                m_approved = r.c.id;
        }
        if (m_investigating.isEmpty()) { // an application under investigation, for the visit form
            const auto h = m_households->add(sampleHouseholdJson());
            QVERIFY(h.ok());
            core::CaseService history = core::CaseService::forHistory(*m_session);
            const auto c = history.create(h->meta.id, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
            QVERIFY(c.ok());
            QVERIFY(history.advance(c->id, {QStringLiteral("accept"), {}}, QDate(2026, 3, 2)).ok());
            QVERIFY(history.advance(c->id, {QStringLiteral("start_investigation"), {}}, QDate(2026, 3, 3)).ok());
            m_investigating = c->id;
        }
        QStringList states;
        for (const core::CaseRow &r : *all)
            states << core::Case::stateCode(r.c.state) + u'/' + core::Case::programmeCode(r.c.programme);
        QVERIFY2(!m_approved.isEmpty(), qPrintable(states.join(u' ')));
        m_household = m_cases->get(m_approved)->householdId;
    }

    void everyWindowFitsAndEveryButtonIsOnScreen()
    {
        {
            auto p = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
            QVERIFY(p.ok());
            ui::MainWindow window(std::move(p).value());
            look(&window, QStringLiteral("main-window"));
            // Every page of the navigation, and every tab of the ones with tabs.
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            for (int row = 0; row < nav->count(); ++row) {
                nav->setCurrentRow(row);
                look(&window, QStringLiteral("page-%1").arg(row));
                for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
                    if (!tabs->isVisible() || tabs->objectName() == QStringLiteral("householdTabs"))
                        continue;
                    for (int t = 0; t < tabs->count(); ++t) {
                        tabs->setCurrentIndex(t);
                        look(&window, QStringLiteral("page-%1-tab-%2").arg(row).arg(t));
                    }
                }
            }
        }
        {
            ui::IntakeWizard wizard(*m_households, *m_cases, *m_policy);
            look(&wizard, QStringLiteral("intake-household"));
            wizard.next();
            look(&wizard, QStringLiteral("intake-members"));
            keyboard::type(wizard.findChild<QLineEdit *>(QStringLiteral("memberName")), QString::fromUtf8("周桂香"));
            keyboard::type(wizard.findChild<QLineEdit *>(QStringLiteral("memberIdNumber")),
                           withCheckCharacter(QStringLiteral("37032319620304252")));
            for (const QString &page :
                 {QStringLiteral("intake-money"), QStringLiteral("intake-obligors"), QStringLiteral("intake-application"),
                  QStringLiteral("intake-papers"), QStringLiteral("intake-preview")}) {
                const int before = wizard.currentId();
                wizard.next();
                QVERIFY2(wizard.currentId() != before, qPrintable(page));
                if (page == QStringLiteral("intake-money")) { // the longest type in sight, beside an amount
                    wizard.findChild<QPushButton *>(QStringLiteral("addIncome"))->click();
                    auto *incomes = wizard.findChild<QTableWidget *>(QStringLiteral("incomes"));
                    auto *type = qobject_cast<QComboBox *>(incomes->cellWidget(0, 1));
                    type->setCurrentIndex(type->findData(QStringLiteral("basic_pension")));
                    incomes->item(0, 2)->setText(QStringLiteral("2,160.00"));
                    QVERIFY2(type->width() >= type->sizeHint().width(),
                             qPrintable(QStringLiteral("%1 < %2").arg(type->width()).arg(type->sizeHint().width())));
                }
                look(&wizard, page);
            }
            ui::MessageBox::setNextChoice(1);
            wizard.reject();
        }
        {
            ui::HouseholdEditor editor(*m_households, m_household);
            auto *tabs = editor.findChild<QTabWidget *>();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&editor, QStringLiteral("edit-household-%1").arg(i));
            }
        }
        {
            ui::ReassessmentDialog dialog(*m_cases, m_household, QString::fromUtf8("户主"));
            look(&dialog, QStringLiteral("reassessment"));
        }
        {
            ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
            page.showHousehold(m_household);
            look(&page, QStringLiteral("household-page"));
        }
        {
            ui::VisitDialog dialog(*m_cases, m_investigating, QString::fromUtf8("户主"));
            look(&dialog, QStringLiteral("visit"));
        }
        for (const char *event : {"record_check", "preliminary", "confirm", "refuse", "terminate"}) {
            ui::StepDialog dialog(*m_cases, m_approved, QString::fromLatin1(event));
            look(&dialog, QStringLiteral("step-%1").arg(QString::fromLatin1(event)));
        }
        {
            ui::ReviewWizard wizard(*m_cases, m_approved);
            look(&wizard, QStringLiteral("review"));
        }
        {
            ui::TemporaryAidDialog dialog(*m_cases, m_household, QString::fromUtf8("户主"));
            look(&dialog, QStringLiteral("temporary-aid"));
        }
        {
            core::PaymentDifference d;
            d.caseId = m_approved;
            d.householdId = m_household;
            d.headName = QString::fromUtf8("户主");
            ui::PaymentCheckDialog dialog(*m_cases, {d}, 1);
            look(&dialog, QStringLiteral("payment-check"));
        }
        {
            // 调标 under the 2026 standards for all the county's townships: re-rated rows, and rows
            // marked for review (the demo raised the income of every other household paid).
            ui::RerateDialog dialog(*m_session, *m_documents);
            dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2026, 7, 1));
            dialog.findChild<QComboBox *>(QStringLiteral("township"))->setCurrentIndex(0);
            dialog.makeList();
            QVERIFY(dialog.findChild<QTableWidget *>(QStringLiteral("rerateList"))->rowCount() > 0);
            look(&dialog, QStringLiteral("rerate"));
        }
        {
            // 月报 of the demo county, each of its tabs.
            ui::MonthlyReportPage page(*m_session, *m_documents);
            page.workOut();
            auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                look(&page, QStringLiteral("monthly-report-%1").arg(t));
            }
        }
        {
            // A roster with problems: its columns, then the check's list.
            ui::RosterImportDialog dialog(*m_session);
            ui::FileDialog::setNextFileName(qEnvironmentVariable("DOUDI_TEST_DATA") +
                                            QStringLiteral("/roster/roster-gb18030.csv"));
            dialog.chooseFile();
            look(&dialog, QStringLiteral("roster-import-columns"));
            dialog.check();
            QVERIFY(!dialog.plan().problems.isEmpty());
            look(&dialog, QStringLiteral("roster-import-problems"));
        }
        {
            ui::RekeyDialog dialog(*m_session);
            look(&dialog, QStringLiteral("rekey"));
        }
        {
            ui::UnlockDialog dialog(m_dir, QStringLiteral("zhang"));
            look(&dialog, QStringLiteral("unlock"));
        }
        {
            ui::FirstRunWizard wizard(m_tmp.filePath(QStringLiteral("new-profile")));
            look(&wizard, QStringLiteral("first-run-1"));
            wizard.next();
            look(&wizard, QStringLiteral("first-run-2"));
        }
        {
            ui::ScreenLock lock(m_dir, QStringLiteral("zhang"));
            lock.engage();
            look(&lock, QStringLiteral("screen-lock"));
        }
        {
            const auto draft = m_documents->preview(QStringLiteral("application"), m_approved, core::Clock::today());
            QVERIFY(draft.ok());
            modal::whenDialogOpens([this](QWidget *preview) {
                look(preview, QStringLiteral("print-preview"));
                preview->close();
            });
            ui::previewForms(nullptr, {draft->document}, draft->title, true);
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    // A netbook's screen, before the application starts.
    QTemporaryDir config;
    QFile screen(config.filePath(QStringLiteral("screen.json")));
    if (!screen.open(QIODevice::WriteOnly))
        return 2;
    screen.write(R"({"screens": [{"name": "netbook", "x": 0, "y": 0, "width": 1024, "height": 600,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    TestSmallScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
