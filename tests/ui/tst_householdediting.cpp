// Issue 13: the caseworker's household through the real widgets, offscreen and in Chinese —
// the same person refused in a second household unless they moved, a household edited with its
// reason and change log, the members page by keyboard, and the case panel after a step.

#include "common/clock.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "keyboard.h"
#include "modal.h"
#include "services/caseservice.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "testdata.h"
#include "ui/dashboardpage.h"
#include "ui/focusstyle.h"
#include "ui/householddetailpage.h"
#include "ui/householdeditor.h"
#include "ui/intakewizard.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/screenlock.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
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
#include <QVBoxLayout>

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
        modal::whenDialogOpens([&](QWidget *dialog) {
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
            modal::whenDialogOpens([&](QWidget *next) {
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
                                   QStringLiteral("memberSex"),      QStringLiteral("memberRelation"),
                                   QStringLiteral("memberHealth"),   QStringLiteral("memberDisability"),
                                   QStringLiteral("memberGrade")};
        for (const QString &next : order) {
            keyboard::tab();
            QWidget *f = keyboard::focused();
            // A date editor's focus sits in its line edit: the editor is its parent.
            QVERIFY2(
                f && (f->objectName() == next || (f->parentWidget() && f->parentWidget()->objectName() == next)),
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
        modal::whenDialogOpens([](QWidget *dialog) {
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
    // The whole intake of a four-member household by keyboard alone: typed text (Chinese as
    // the input method commits it), Tab, arrow keys, Enter and Alt+letters; no mouse event.
    void intake_byKeyboardAlone()
    {
        auto p = core::ProfileService::unlock(m_tmp.filePath(QStringLiteral("profile")), QStringLiteral("zhang"),
                                              QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        const qint64 before = *m_households->count();
        ui::MainWindow window(std::move(p).value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto alt = [](Qt::Key key) {
            keyboard::press(key, Qt::AltModifier);
            QTest::qWait(150); // a button's mnemonic clicks after its press animation
        };
        QString savedId;
        QString failure;
        QTimer::singleShot(0, &window, [&] {
            auto *wizard = qobject_cast<ui::IntakeWizard *>(QApplication::activeModalWidget());
            if (!wizard) {
                failure = QStringLiteral("no wizard");
                return;
            }
            QVERIFY(QTest::qWaitForWindowActive(wizard));
            // The form takes the keyboard as it opens, as on a desktop.
            QTRY_VERIFY(keyboard::focused() && wizard->isAncestorOf(keyboard::focused()));
            // 1. The household: township and village as they come, then the address and phone.
            for (int i = 0; i < 12 && keyboard::focused()->objectName() != QStringLiteral("address"); ++i)
                keyboard::tab();
            if (keyboard::focused()->objectName() != QStringLiteral("address")) {
                failure = QStringLiteral("Tab never reached the address (at %1)").arg(keyboard::focused()->objectName());
                static_cast<QDialog *>(wizard)->done(QDialog::Rejected);
                return;
            }
            keyboard::typeHere(QString::fromUtf8("鲁村镇北街3号"));
            keyboard::tab();
            keyboard::typeHere(QStringLiteral("13905331234"));
            alt(Qt::Key_N);
            // 2. Members: the list has focus; Tab to the name.
            keyboard::tab();
            const struct
            {
                const char *name;
                QString id;
                int relationSteps; // Down presses from the relation a new member starts with
            } people[] = {{"孙德福", withCheckCharacter(QStringLiteral("37032319580212101")), 0},
                          {"李桂兰", withCheckCharacter(QStringLiteral("37032319600615102")), -1},
                          {"孙志强", withCheckCharacter(QStringLiteral("37032319850903103")), 0},
                          {"孙小雨", withCheckCharacter(QStringLiteral("37032320120420104")), 4}};
            for (int i = 0; i < 4; ++i) {
                if (i > 0)
                    alt(Qt::Key_A); // 添加成员(A): focus on the new member's name
                keyboard::typeHere(QString::fromUtf8(people[i].name));
                keyboard::tab();
                keyboard::typeHere(people[i].id);
                keyboard::tab(); // birth date and sex come from the number: skipped, on to the relation
                const int steps = people[i].relationSteps;
                for (int k = 0; k < std::abs(steps); ++k)
                    keyboard::press(steps > 0 ? Qt::Key_Down : Qt::Key_Up);
            }
            alt(Qt::Key_N);
            // 3. Income: Alt+I adds a row with the amount cell current; type and Enter.
            alt(Qt::Key_I);
            keyboard::typeHere(QStringLiteral("6000"));
            keyboard::press(Qt::Key_Return);
            alt(Qt::Key_N); // obligors: none
            alt(Qt::Key_N);
            // 4. The application: Tab from the programme to the reason, typed.
            keyboard::tab();
            keyboard::typeHere(QString::fromUtf8("孙德福患慢性病，家庭收入低，生活困难。"));
            alt(Qt::Key_N); // papers
            alt(Qt::Key_N); // preview
            alt(Qt::Key_F); // 完成(F)
            savedId = wizard->householdId();
            if (wizard->isVisible()) {
                failure = QStringLiteral("still open on page %1, focus on %2")
                              .arg(wizard->currentId())
                              .arg(keyboard::focused() ? keyboard::focused()->objectName() : QString());
                for (QLabel *l : wizard->findChildren<QLabel *>()) {
                    if (l->isVisible() && l->styleSheet().contains(QStringLiteral("b00020")) && !l->text().isEmpty())
                        failure += u' ' + l->text();
                }
                static_cast<QDialog *>(wizard)->done(QDialog::Rejected);
            }
        });
        keyboard::press(Qt::Key_N, Qt::ControlModifier); // 新建申请
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!savedId.isEmpty());
        QCOMPARE(*m_households->count(), before + 1);
        const core::Household h = *m_households->get(savedId);
        QCOMPARE(h.members.size(), 4);
        QCOMPARE(h.members[0].name, QString::fromUtf8("孙德福"));
        QCOMPARE(h.members[1].relation, core::Relation::Spouse);
        QCOMPARE(h.members[3].birthDate, QDate(2012, 4, 20));
        QCOMPARE(h.address, QString::fromUtf8("鲁村镇北街3号"));
        QCOMPARE(h.incomes.size(), 1);
        QCOMPARE(h.incomes.first().annualFen, 600000);
        const auto cases = m_cases->forHousehold(savedId);
        QCOMPARE(cases->size(), 1);
        QVERIFY(cases->first().applicationReason.contains(QString::fromUtf8("慢性病")));
    }

    // Enter in the household search opens the best match; Down goes into the list; Ctrl+F from a
    // household's page brings the search box into sight.
    void search_byKeyboard()
    {
        auto p = core::ProfileService::unlock(m_tmp.filePath(QStringLiteral("profile")), QStringLiteral("zhang"),
                                              QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        ui::MainWindow window(std::move(p).value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        keyboard::press(Qt::Key_F, Qt::ControlModifier);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("householdSearch"));
        QCOMPARE(keyboard::focused(), search);
        keyboard::typeHere(QStringLiteral("zgy"));
        keyboard::press(Qt::Key_Return);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("householdTabs"));
        QTRY_VERIFY(tabs->isVisible()); // 张桂英's household
        // Ctrl+F from the household's page: the search box is in sight and has the focus.
        keyboard::press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->isVisible());
        QCOMPARE(keyboard::focused(), search);
        keyboard::press(Qt::Key_Down);
        QCOMPARE(keyboard::focused(), window.findChild<QTableWidget *>(QStringLiteral("householdTable")));
    }

    // Ctrl+V on a money cell that is not being edited pastes, as a spreadsheet does.
    void paste_intoACellNotBeingEdited()
    {
        ui::IntakeWizard wizard(*m_households, *m_cases, *m_policy);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.findChild<QPushButton *>(QStringLiteral("addIncome"))->click();
        wizard.findChild<QPushButton *>(QStringLiteral("addIncome"))->click();
        auto *incomes = wizard.findChild<QTableWidget *>(QStringLiteral("incomes"));
        incomes->setCurrentCell(0, 2);
        QGuiApplication::clipboard()->setText(QStringLiteral("3600\n1,200.50\n"));
        QTest::keyClick(incomes, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(incomes->item(0, 2)->text(), QStringLiteral("3600"));
        QCOMPARE(incomes->item(1, 2)->text(), QStringLiteral("1,200.50"));
        ui::MessageBox::setNextChoice(1);
        wizard.reject();
    }
    // The keyboard's place can be seen: a ring in the highlight colour round the focused button.
    void focus_isVisible()
    {
        ui::installFocusStyle();
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *first = new QPushButton(QString::fromUtf8("上一项"));
        auto *second = new QPushButton(QString::fromUtf8("下一项"));
        layout->addWidget(first);
        layout->addWidget(second);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        first->setFocus();
        const auto ringPixels = [](QPushButton *b) {
            const QImage image = b->grab().toImage();
            const QColor ring = b->palette().color(QPalette::Highlight);
            int n = 0;
            for (int x = 0; x < image.width(); ++x) {
                for (int y : {1, image.height() - 2}) {
                    const QColor c = image.pixelColor(x, y);
                    n += std::abs(c.red() - ring.red()) + std::abs(c.green() - ring.green()) + std::abs(c.blue() - ring.blue()) <
                         60;
                }
            }
            return n;
        };
        const int before = ringPixels(second);
        keyboard::tab();
        QCOMPARE(keyboard::focused(), second);
        QVERIFY2(ringPixels(second) > before + second->width() / 2,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(ringPixels(second))));
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
    // Auto-lock with a dialog open (修改家庭信息): the dialog goes out of sight with the window
    // behind it and comes back, its edits in place, after the password.
    void lock_withADialogOpen()
    {
        ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
        page.show();
        QVERIFY(page.showHousehold(m_household));
        ui::ScreenLock lock(m_tmp.filePath(QStringLiteral("profile")), QStringLiteral("zhang"));
        bool checked = false;
        modal::whenDialogOpens([&](QWidget *dialog) {
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("changeReason"));
            keyboard::type(reason, QString::fromUtf8("核实后更正"));
            lock.engage(); // as the idle timer does
            QVERIFY(lock.isVisible());
            QVERIFY(dialog->isMinimized());
            QVERIFY(page.isMinimized());
            keyboard::type(lock.findChild<QLineEdit *>(QStringLiteral("lockPassword")), QStringLiteral("township-2026"));
            QTest::keyClick(lock.findChild<QLineEdit *>(QStringLiteral("lockPassword")), Qt::Key_Return);
            QVERIFY(!lock.isVisible());
            QVERIFY(!dialog->isMinimized());
            QCOMPARE(reason->text(), QString::fromUtf8("核实后更正"));
            checked = true;
            qobject_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        page.findChild<QPushButton *>(QStringLiteral("editHousehold"))->click();
        QVERIFY(checked);
    }
};

QTEST_MAIN(TestHouseholdEditing)
#include "tst_householdediting.moc"
