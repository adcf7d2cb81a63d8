// Issue 13 point 9: the steps of the household investigation as a township caseworker takes
// them, offscreen and in Chinese — the home visit's investigators offered from the users this
// device knows (the signed-in one filled in), the information check (核对) recording what the
// county's report found, and 初审 asking only what belongs to the case's programme.

#include "common/clock.h"
#include "i18n.h"
#include "keyboard.h"
#include "modal.h"
#include "services/caseservice.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/userservice.h"
#include "testdata.h"
#include "ui/caseactions.h"
#include "ui/householddetailpage.h"
#include "ui/messagebox.h"
#include "ui/signaturepad.h"
#include "ui/stepdialog.h"
#include "ui/visitdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace doudi;

class TestCaseSteps : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<core::HouseholdService> m_households;
    std::unique_ptr<core::CaseService> m_cases;
    std::unique_ptr<core::PolicyService> m_policy;
    std::unique_ptr<core::DocumentService> m_documents;
    QString m_household;
    QString m_dibao; // 张桂英's 低保 application, under investigation
    QMap<core::CaseProgramme, QString> m_byProgramme;
    QStringList m_messages;
    const QList<QPoint> m_stroke = {{20, 60}, {60, 30}, {100, 70}, {140, 35}, {180, 65}, {220, 40}};

    static QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }

    static QString errorOf(QWidget *dialog) { return dialog->findChildren<QLabel *>().constLast()->text(); }

    static QStringList itemsOf(const QComboBox *box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }

    // Signs every pad of the visit form, the two investigators and the person interviewed.
    void signEverything(QWidget *dialog)
    {
        for (const char *pad : {"signature1", "signature2", "signature3"})
            dialog->findChild<ui::SignaturePad *>(QString::fromLatin1(pad))->drawStroke(m_stroke);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        ui::MessageBox::setMessageSink(&m_messages);
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::LocalTime));
        const QString dir = m_tmp.filePath(QStringLiteral("profile"));
        {
            // 鲁村镇's head sets up the laptop and its users: the caseworker, a village helper of
            // 草埠居委会, one of another village, and one who has left.
            core::ProfileSetup s;
            s.user = QStringLiteral("zhangjianhua");
            s.displayName = QString::fromUtf8("张建华");
            s.password = QStringLiteral("Lucun-zhen-2026");
            s.role = QStringLiteral("township_head");
            s.scope = QStringLiteral("370323102000");
            s.iterations = 1000;
            auto head = core::ProfileService::create(dir, s, nullptr);
            QVERIFY2(head.ok(), head ? "" : qPrintable(head.error().message()));
            QVERIFY(core::PolicyService(**head).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
            core::UserService users(**head);
            const struct
            {
                const char *name;
                const char *display;
                const char *role;
                const char *scope;
                const char *password;
            } staff[] = {
                {"wangfang", "王芳", "township", "370323102000", "Shuangyu-ting-318"},
                {"liuqiang", "刘强", "village", "370323102001", "Qingshan-lu-4421"},
                {"zhaolei", "赵磊", "village", "370323102201", "Dongli-qiao-7730"},
                {"sunli", "孙丽", "village", "370323102001", "Yiyuan-he-5562"},
            };
            for (const auto &u : staff) {
                const core::Status added = users.add({QString::fromLatin1(u.name),
                                                      QString::fromUtf8(u.display),
                                                      QString::fromLatin1(u.role),
                                                      {QString::fromLatin1(u.scope)}},
                                                     QString::fromLatin1(u.password));
                QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message()));
            }
            QVERIFY(users.disable(QStringLiteral("sunli")).ok());
            (*head)->lock();
        }
        // 王芳, the township caseworker, signs in.
        auto p = core::ProfileService::unlock(dir, QStringLiteral("wangfang"), QStringLiteral("Shuangyu-ting-318"));
        QVERIFY2(p.ok(), p ? "" : qPrintable(p.error().message()));
        m_session = std::move(p).value();
        m_policy = std::make_unique<core::PolicyService>(*m_session);
        m_households = std::make_unique<core::HouseholdService>(*m_session);
        m_cases = std::make_unique<core::CaseService>(*m_session);
        m_documents = std::make_unique<core::DocumentService>(*m_session);

        const core::Result<core::Household> sample = m_households->add(sampleHouseholdJson());
        QVERIFY2(sample.ok(), sample ? "" : qPrintable(sample.error().message()));
        m_household = sample->meta.id;
        core::CaseService history = core::CaseService::forHistory(*m_session);
        const core::Result<core::Case> c = history.create(m_household, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        QVERIFY(c.ok());
        QVERIFY(history.advance(c->id, {QStringLiteral("accept"), {}}, QDate(2026, 3, 2)).ok());
        QVERIFY(history.advance(c->id, {QStringLiteral("start_investigation"), {}}, QDate(2026, 3, 3)).ok());
        m_dibao = c->id;
        m_byProgramme.insert(core::CaseProgramme::Dibao, m_dibao);
        // An application of each other kind, in families of their own.
        const QList<core::CaseProgramme> others = {core::CaseProgramme::Tekun, core::CaseProgramme::Edge,
                                                   core::CaseProgramme::Rigid, core::CaseProgramme::TemporaryExpenditure,
                                                   core::CaseProgramme::TemporaryUrgent};
        int n = 10;
        for (core::CaseProgramme programme : others) {
            const core::Result<core::Household> h = m_households->add(sampleHouseholdJson(++n));
            QVERIFY2(h.ok(), h ? "" : qPrintable(h.error().message()));
            const core::Result<core::Case> other = history.create(h->meta.id, programme, false, QDate(2026, 3, 2));
            QVERIFY(other.ok());
            m_byProgramme.insert(programme, other->id);
        }
    }

    // The signed-in caseworker and the staff of the case's village and township, by full
    // name; not a helper of another village, nor someone who can no longer sign in.
    void visitTeam_isTheSignedInUserAndTheStaffOfTheVillage()
    {
        const auto team = m_cases->visitTeam(m_dibao);
        QVERIFY(team.ok());
        QCOMPARE(team->me, QString::fromUtf8("王芳"));
        QCOMPARE(team->others, (QStringList{QString::fromUtf8("刘强"), QString::fromUtf8("张建华")}));
    }

    // The visit form starts with the caseworker as first investigator and offers her colleagues
    // for the second; one investigator alone is not a visit.
    void visit_offersTheSignedInUserAndAColleagueFromTheList()
    {
        ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
        page.resize(1024, 600);
        page.show();
        QVERIFY(page.showHousehold(m_household));
        bool saw = false;
        modal::whenDialogOpens([&](QWidget *dialog) {
            saw = true;
            auto *first = dialog->findChild<QComboBox *>(QStringLiteral("firstInvestigator"));
            auto *second = dialog->findChild<QComboBox *>(QStringLiteral("secondInvestigator"));
            QVERIFY(first && second);
            QVERIFY(first->isEditable() && second->isEditable());
            QCOMPARE(first->currentText(), QString::fromUtf8("王芳"));
            QVERIFY(second->currentText().isEmpty());
            QCOMPARE(itemsOf(second),
                     (QStringList{QString::fromUtf8("王芳"), QString::fromUtf8("刘强"), QString::fromUtf8("张建华")}));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("findings"))
                ->setPlainText(QString::fromUtf8("两间平房，屋顶漏雨；户主患慢性病，常年服药；配偶肢体二级残疾。"));
            signEverything(dialog);
            button(dialog, QDialogButtonBox::Save)->click();
            QVERIFY(dialog->isVisible()); // one investigator
            QVERIFY2(errorOf(dialog).contains(QString::fromUtf8("两名")), qPrintable(errorOf(dialog)));
            // 刘强, the village helper, chosen from the list by keyboard.
            second->setFocus();
            QTest::keyClick(second, Qt::Key_Down);
            QTest::keyClick(second, Qt::Key_Down);
            QCOMPARE(second->currentText(), QString::fromUtf8("刘强"));
            button(dialog, QDialogButtonBox::Save)->click();
            QVERIFY2(!dialog->isVisible(), qPrintable(errorOf(dialog)));
        });
        page.findChild<QPushButton *>(QStringLiteral("recordVisit"))->click();
        QVERIFY(saw);
        const core::Case after = *m_cases->get(m_dibao);
        QCOMPARE(after.visits.size(), 1);
        QCOMPARE(after.visits.first().investigators, (QStringList{QString::fromUtf8("王芳"), QString::fromUtf8("刘强")}));
        QVERIFY(after.visits.first().signatures.contains(QString::fromUtf8("王芳")));
        QVERIFY(after.visits.first().signatures.contains(QString::fromUtf8("刘强")));
        auto *visits = page.findChild<QTableWidget *>(QStringLiteral("visits"));
        QCOMPARE(visits->item(0, 1)->text(), QString::fromUtf8("王芳、刘强"));
    }

    // Someone not on the list (the village committee's director) is typed in by name.
    void visit_takesSomeoneNotOnTheListByName()
    {
        ui::VisitDialog dialog(*m_cases, m_dibao, QString::fromUtf8("张桂英"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *second = dialog.findChild<QComboBox *>(QStringLiteral("secondInvestigator"));
        second->setFocus();
        keyboard::type(second->lineEdit(), QString::fromUtf8("孙德胜"));
        QCOMPARE(second->currentText(), QString::fromUtf8("孙德胜"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("findings"))
            ->setPlainText(QString::fromUtf8("复查：与首次入户所见一致。"));
        signEverything(&dialog);
        button(&dialog, QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const core::Case after = *m_cases->get(m_dibao);
        QCOMPARE(after.visits.size(), 2);
        QCOMPARE(after.visits.last().investigators, (QStringList{QString::fromUtf8("王芳"), QString::fromUtf8("孙德胜")}));
        QVERIFY(after.visits.last().signatures.contains(QString::fromUtf8("孙德胜")));
    }

    // 核对: the report's date and number, what it covered, and whether it matched the
    // declaration; a difference is written down. Kept with the case, shown in its history.
    void check_recordsWhatTheCountysReportFound()
    {
        bool saw = false;
        modal::whenDialogOpens([&](QWidget *dialog) {
            saw = true;
            QVERIFY(qobject_cast<ui::StepDialog *>(dialog));
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("date"));
            auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("report_number"));
            auto *result = dialog->findChild<QComboBox *>(QStringLiteral("result"));
            auto *differences = dialog->findChild<QPlainTextEdit *>(QStringLiteral("differences"));
            QVERIFY(date && number && result && differences);
            QCOMPARE(date->date(), QDate(2026, 3, 5));
            QCOMPARE(date->maximumDate(), QDate(2026, 3, 5));
            const QList<QCheckBox *> items =
                dialog->findChild<QWidget *>(QStringLiteral("agencies"))->findChildren<QCheckBox *>();
            QCOMPARE(items.size(), core::CaseCheck::agencyCodes().size());
            for (const QCheckBox *item : items)
                QVERIFY(item->isChecked());
            QVERIFY(result->currentData().toString().isEmpty()); // a result is chosen, never assumed
            // OK with nothing filled in: refused, said in the dialog.
            button(dialog, QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(!errorOf(dialog).isEmpty());
            date->setDate(QDate(2026, 3, 4));
            keyboard::type(number, QString::fromUtf8("沂核〔2026〕0304号"));
            dialog->findChild<QCheckBox *>(QStringLiteral("agencies_securities"))->setChecked(false);
            result->setCurrentIndex(result->findData(QStringLiteral("differs")));
            button(dialog, QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible()); // a difference must be written down
            keyboard::type(differences, QString::fromUtf8("户主名下有一辆2018年登记的三轮摩托车，申报时未列；其余与申报一致。"));
            button(dialog, QDialogButtonBox::Ok)->click();
            QVERIFY2(!dialog->isVisible(), qPrintable(errorOf(dialog)));
        });
        QVERIFY(ui::runCaseStep(nullptr, *m_cases, m_dibao, QStringLiteral("record_check"), QString::fromUtf8("张桂英")));
        QVERIFY(saw);
        const core::Case after = *m_cases->get(m_dibao);
        QVERIFY(after.checkDone);
        QCOMPARE(after.check.date, QDate(2026, 3, 4));
        QCOMPARE(after.check.reportNumber, QString::fromUtf8("沂核〔2026〕0304号"));
        QCOMPARE(after.check.agencies.size(), core::CaseCheck::agencyCodes().size() - 1);
        QVERIFY(!after.check.agencies.contains(QStringLiteral("securities")));
        QCOMPARE(after.check.result, QStringLiteral("differs"));
        QVERIFY(after.check.differences.contains(QString::fromUtf8("三轮摩托车")));

        ui::HouseholdDetailPage page(*m_households, *m_cases, *m_policy, *m_documents);
        page.resize(1024, 600);
        page.show();
        QVERIFY(page.showHousehold(m_household));
        auto *history = page.findChild<QTableWidget *>(QStringLiteral("caseHistory"));
        const int last = history->rowCount() - 1;
        QVERIFY(last >= 0);
        QCOMPARE(history->item(last, 2)->text(), core::Workflow::eventLabel(QStringLiteral("record_check")));
        QVERIFY2(history->item(last, 5)->text().contains(QString::fromUtf8("沂核〔2026〕0304号")),
                 qPrintable(history->item(last, 5)->text()));
        QVERIFY(history->item(last, 5)->text().contains(QString::fromUtf8("三轮摩托车")));
    }

    // 初审 asks what the case's programme needs: the temporary-aid approval level only for
    // temporary aid, a monthly amount only where one is paid, income stability only where it
    // sets the review cycle.
    void stepFields_followTheCasesProgramme_data()
    {
        QTest::addColumn<int>("programme");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const QString level = QStringLiteral("approval_level"), amount = QStringLiteral("monthly_fen"),
                      unstable = QStringLiteral("unstable_income"), approve = QStringLiteral("approve"),
                      reason = QStringLiteral("reason");
        using P = core::CaseProgramme;
        QTest::newRow("低保 初审") << int(P::Dibao) << QStringLiteral("preliminary") << QStringList{approve, amount, reason}
                                   << QStringList{level};
        QTest::newRow("特困 初审") << int(P::Tekun) << QStringLiteral("preliminary") << QStringList{approve, amount, reason}
                                   << QStringList{level};
        QTest::newRow("低保边缘 初审") << int(P::Edge) << QStringLiteral("preliminary") << QStringList{approve, reason}
                                       << QStringList{level, amount};
        QTest::newRow("刚性支出 初审") << int(P::Rigid) << QStringLiteral("preliminary") << QStringList{approve, reason}
                                       << QStringList{level, amount};
        QTest::newRow("支出型临时救助 初审") << int(P::TemporaryExpenditure) << QStringLiteral("preliminary")
                                             << QStringList{approve, amount, reason, level} << QStringList{};
        QTest::newRow("急难型临时救助 初审") << int(P::TemporaryUrgent) << QStringLiteral("preliminary")
                                             << QStringList{approve, amount, reason, level} << QStringList{};
        QTest::newRow("低保 确认") << int(P::Dibao) << QStringLiteral("confirm") << QStringList{amount, unstable}
                                   << QStringList{};
        QTest::newRow("特困 确认") << int(P::Tekun) << QStringLiteral("confirm") << QStringList{amount} << QStringList{unstable};
        QTest::newRow("临时救助 确认") << int(P::TemporaryExpenditure) << QStringLiteral("confirm") << QStringList{amount}
                                       << QStringList{unstable};
    }

    void stepFields_followTheCasesProgramme()
    {
        QFETCH(int, programme);
        QFETCH(QString, event);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        ui::StepDialog dialog(*m_cases, m_byProgramme.value(core::CaseProgramme(programme)), event);
        dialog.show();
        for (const QString &key : std::as_const(shown))
            QVERIFY2(dialog.findChild<QWidget *>(key), qPrintable(key));
        for (const QString &key : std::as_const(hidden))
            QVERIFY2(!dialog.findChild<QWidget *>(key), qPrintable(key));
        // One amount field, labelled for what is paid (monthly, or once).
        QVERIFY(dialog.findChildren<QLineEdit *>(QStringLiteral("monthly_fen")).size() <= 1);
    }

    // The 低保 case goes through 初审 in that dialog, with no temporary-aid question asked.
    void preliminary_ofADibaoCase_goesToPublicNotice()
    {
        QVERIFY(m_cases->advance(m_dibao, {QStringLiteral("complete_investigation"), {}}, QDate(2026, 3, 5)).ok());
        bool saw = false;
        modal::whenDialogOpens([&](QWidget *dialog) {
            saw = true;
            QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("approval_level")));
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("approve"))->isChecked()); // the assessment's proposal
            QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("monthly_fen"))->text().isEmpty());
            button(dialog, QDialogButtonBox::Ok)->click();
            QVERIFY2(!dialog->isVisible(), qPrintable(errorOf(dialog)));
        });
        QVERIFY(ui::runCaseStep(nullptr, *m_cases, m_dibao, QStringLiteral("preliminary"), QString::fromUtf8("张桂英")));
        QVERIFY(saw);
        const core::Case after = *m_cases->get(m_dibao);
        QCOMPARE(after.state, core::CaseState::Publicity);
        QVERIFY(after.approvalLevel.isEmpty());
        QVERIFY(after.proposedMonthlyFen > 0);
    }
};

QTEST_MAIN(TestCaseSteps)
#include "tst_casesteps.moc"
