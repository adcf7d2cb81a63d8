// Issue 13: the caseworker's household through the real widgets, offscreen and in Chinese —
// the same person refused in a second household unless they moved, a household edited with its
// reason and change log, the members page by keyboard, and the case panel after a step.

#include "common/clock.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "keyboard.h"
#include "services/caseservice.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "testdata.h"
#include "ui/dashboardpage.h"
#include "ui/householddetailpage.h"
#include "ui/householdeditor.h"
#include "ui/intakewizard.h"
#include "ui/messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace doudi;

class TestHouseholdEditing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<core::HouseholdService> m_households;
    std::unique_ptr<core::CaseService> m_cases;
    std::unique_ptr<core::PolicyService> m_policy;
    std::unique_ptr<core::DocumentService> m_documents;
    QString m_household;
    QString m_case;
    QStringList m_messages;

    // Closes the next modal dialog that opens (after f has looked at it), as a person would.
    template <typename F>
    static void whenDialogOpens(F f)
    {
        QTimer::singleShot(0, [f] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                whenDialogOpens(f);
                return;
            }
            f(modal);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        ui::MessageBox::setMessageSink(&m_messages);
        core::ProfileSetup s;
        s.user = QStringLiteral("zhang");
        s.password = QStringLiteral("township-2026");
        s.iterations = 1000;
        auto p = core::ProfileService::create(m_tmp.filePath(QStringLiteral("profile")), s, nullptr);
        QVERIFY(p.ok());
        m_session = std::move(p).value();
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::LocalTime));
        m_policy = std::make_unique<core::PolicyService>(*m_session);
        QVERIFY(m_policy->importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        m_households = std::make_unique<core::HouseholdService>(*m_session);
        m_cases = std::make_unique<core::CaseService>(*m_session);
        m_documents = std::make_unique<core::DocumentService>(*m_session);
        const core::Result<core::Household> sample = m_households->add(sampleHouseholdJson());
        QVERIFY(sample.ok());
        m_household = sample->meta.id;
        core::CaseService history = core::CaseService::forHistory(*m_session);
        const core::Result<core::Case> c = history.create(m_household, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        QVERIFY(c.ok());
        QVERIFY(history.advance(c->id, {QStringLiteral("accept"), {}}, QDate(2026, 3, 2)).ok());
        m_case = c->id;
    }

    // 1. The same ID number in a second household: named, refused, unless the person moved.
    void intake_personInAnotherHousehold_isRefusedUnlessMoved()
    {
        ui::IntakeWizard wizard(*m_households, *m_cases, *m_policy);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.next();
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("memberName"));
        name->setFocus();
        keyboard::typeHere(QString::fromUtf8("赵德林"));
        keyboard::tab();
        keyboard::typeHere(QStringLiteral("370323195807161030"));
        keyboard::press(Qt::Key_A, Qt::AltModifier); // 添加成员(A)
        keyboard::typeHere(QString::fromUtf8("王秀兰"));
        keyboard::tab();
        keyboard::typeHere(QStringLiteral("370323194001050062")); // the mother in the sample household
        const int membersPage = wizard.currentId();
        wizard.next();
        QCOMPARE(wizard.currentId(), membersPage);
        auto *elsewhere = wizard.findChild<QLabel *>(QStringLiteral("registeredElsewhere"));
        QVERIFY2(elsewhere->isVisible(), QJsonDocument(wizard.householdJson()).toJson().constData());
        QVERIFY2(elsewhere->text().contains(QString::fromUtf8("张桂英")), qPrintable(elsewhere->text()));
        QVERIFY(elsewhere->text().contains(QString::fromUtf8("王秀兰")));
        auto *moved = wizard.findChild<QCheckBox *>(QStringLiteral("movedIn"));
        QVERIFY(moved->isVisible());
        moved->setChecked(true);
        wizard.next();
        QVERIFY(wizard.currentId() != membersPage);
        while (wizard.currentId() != wizard.pageIds().constLast())
            wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // She is in the new household now, and gone from the old one with the reason.
        QCOMPARE(m_households->get(m_household)->members.size(), 3);
        QCOMPARE(m_households->get(wizard.householdId())->members.size(), 2);
        const auto log = m_households->changes(m_household);
        QCOMPARE(log->size(), 1);
        QVERIFY(log->first().reason.contains(QString::fromUtf8("赵德林")));
    }

    // 2. Edit after saving: the reason is asked for, kept with what changed, shown in the log;
    //    the open application is assessed again.
    void edit_recordsTheReasonAndOffersReassessment()
    {
        ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
        page.resize(1024, 600);
        page.show();
        QVERIFY(page.showHousehold(m_household));
        bool sawEditor = false, sawReassessment = false;
        whenDialogOpens([&](QWidget *dialog) {
            auto *editor = qobject_cast<ui::HouseholdEditor *>(dialog);
            QVERIFY(editor);
            sawEditor = true;
            // The spouse found work: chosen in the members list, changed in its form.
            auto *list = editor->findChild<QListWidget *>(QStringLiteral("memberList"));
            list->setCurrentRow(1);
            auto *work = editor->findChild<QComboBox *>(QStringLiteral("memberEmployment"));
            work->setCurrentIndex(work->findData(QStringLiteral("employed")));
            // Saved without a reason: refused, said in the dialog.
            editor->accept();
            QVERIFY(editor->isVisible());
            auto *error = editor->findChild<QLabel *>(QStringLiteral("saveError"));
            QVERIFY2(error->text().contains(QString::fromUtf8("原因")), qPrintable(error->text()));
            auto *reason = editor->findChild<QLineEdit *>(QStringLiteral("changeReason"));
            keyboard::type(reason, QString::fromUtf8("李建国在县城找到工作"));
            whenDialogOpens([&](QWidget *next) {
                auto *table = next->findChild<QTableWidget *>(QStringLiteral("reassessmentTable"));
                QVERIFY(table);
                QCOMPARE(table->rowCount(), 1); // the accepted 低保 application
                QVERIFY(!table->item(0, 3)->text().isEmpty());
                sawReassessment = true;
                qobject_cast<QDialog *>(next)->reject();
            });
            editor->accept();
        });
        page.findChild<QPushButton *>(QStringLiteral("editHousehold"))->click();
        QVERIFY(sawEditor);
        QVERIFY(sawReassessment);
        QCOMPARE(m_households->get(m_household)->members.at(1).employment, core::Employment::Employed);
        auto *log = page.findChild<QTableWidget *>(QStringLiteral("householdChanges"));
        QVERIFY(log->rowCount() >= 1);
        QCOMPARE(log->item(0, 2)->text(), QString::fromUtf8("李建国在县城找到工作"));
        QVERIFY(log->item(0, 3)->text().contains(QString::fromUtf8("李建国")));
    }

    // 5. The members page by keyboard: Alt+A from a drop-down keeps the name typed next, and
    //    Tab goes through the form in the order it is seen.
    void membersPage_keyboard()
    {
        ui::IntakeWizard wizard(*m_households, *m_cases, *m_policy);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.next();
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("memberName"));
        name->setFocus();
        keyboard::typeHere(QString::fromUtf8("孙玉兰"));
        const QStringList order = {QStringLiteral("memberIdNumber"), QStringLiteral("memberBirthDate"),
                                   QStringLiteral("memberSex"), QStringLiteral("memberRelation"),
                                   QStringLiteral("memberHealth"), QStringLiteral("memberDisability"),
                                   QStringLiteral("memberGrade")};
        for (const QString &next : order) {
            keyboard::tab();
            QWidget *f = keyboard::focused();
            // A date editor's focus sits in its line edit: the editor is its parent.
            QVERIFY2(f && (f->objectName() == next || (f->parentWidget() && f->parentWidget()->objectName() == next)),
                     qPrintable(QStringLiteral("expected %1, got %2").arg(next, f ? f->objectName() : QStringLiteral("nothing"))));
        }
        // In a drop-down now: Alt+A adds a member, the focus goes to the new name.
        QVERIFY(qobject_cast<QComboBox *>(keyboard::focused()));
        keyboard::press(Qt::Key_A, Qt::AltModifier);
        QCOMPARE(keyboard::focused(), name);
        keyboard::typeHere(QString::fromUtf8("孙小明"));
        const QJsonArray members = wizard.householdJson()[QStringLiteral("members")].toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0][QStringLiteral("name")].toString(), QString::fromUtf8("孙玉兰"));
        QCOMPARE(members[1][QStringLiteral("name")].toString(), QString::fromUtf8("孙小明"));
        // A member without an ID number: birth date and sex are typed instead.
        auto *birth = wizard.findChild<QWidget *>(QStringLiteral("memberBirthDate"));
        QVERIFY(birth->isEnabled());
        // Tab in the application's reason moves on rather than typing a tab.
        auto *reason = wizard.findChild<QPlainTextEdit *>();
        QVERIFY(reason->tabChangesFocus());
        ui::MessageBox::setNextChoice(1); // discard
        wizard.reject();
    }

    // 7. After a step the same application stays selected with what it allows now; a review
    //    task opens the review, not the household's first tab.
    void casePanel_followsTheStep_andTasksOpenTheirApplication()
    {
        ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
        page.show();
        QVERIFY(page.showHousehold(m_household));
        page.showCase(m_case);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("householdTabs"));
        auto *visit = page.findChild<QPushButton *>(QStringLiteral("recordVisit"));
        QVERIFY(!visit->isEnabled()); // accepted, not yet investigating
        const int casesTab = tabs->currentIndex();
        // Start the investigation (the step dialog answered as a person would).
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); // 确定
        });
        page.runStep(m_case, QStringLiteral("start_investigation"));
        QCOMPARE(m_cases->get(m_case)->state, core::CaseState::Investigating);
        QCOMPARE(tabs->currentIndex(), casesTab);
        QVERIFY(visit->isEnabled()); // no need to click the row again
        QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("caseHistory"))->rowCount() >= 2);

        ui::DashboardPage dashboard(*m_households, *m_cases, *m_policy);
        QSignalSpy opened(&dashboard, &ui::DashboardPage::openCase);
        dashboard.refresh();
        auto *tasks = dashboard.findChild<QTableWidget *>(QStringLiteral("tasks"));
        QVERIFY(tasks->rowCount() > 0);
        Q_EMIT tasks->cellActivated(0, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).toString(), m_case);
    }
};

QTEST_MAIN(TestHouseholdEditing)
#include "tst_householdediting.moc"
