#include "workflow/steps.h"
#include "workflow/workflow.h"

#include <QSet>
#include <QTest>

using namespace doudi::core;

// The table of steps that Workflow::apply, possibleEvents and whyNot all read: complete, and
// offering exactly what apply accepts (short of the data) in every state, role and programme.
class TestWorkflowSteps : public QObject
{
    Q_OBJECT
    Workflow m_flow{PolicyBook::demo()};

    static QList<CaseState> allStates()
    {
        QList<CaseState> out;
        for (int s = int(CaseState::Submitted); s <= int(CaseState::Withdrawn); ++s)
            out << CaseState(s);
        return out;
    }

private Q_SLOTS:
    void everyStep_namesItsRolesStatesProgrammesAndEffect()
    {
        QSet<QString> seen;
        for (const WorkflowStep &step : workflowSteps()) {
            const QString event = QString::fromLatin1(step.event);
            QVERIFY2(!seen.contains(event), qPrintable(event));
            seen << event;
            QVERIFY2(!step.from.states.isEmpty(), qPrintable(event));
            QVERIFY2(!step.programmes.programmes.isEmpty(), qPrintable(event));
            // A step for some programmes only says why not for the others.
            QVERIFY2(step.programmes.programmes.size() == 6 || step.programmes.otherwise, qPrintable(event));
            QVERIFY2(step.effect, qPrintable(event));
            QVERIFY2(Workflow::eventLabel(event) != event, qPrintable(event)); // it has words
            QCOMPARE(findWorkflowStep(event), &step);
            for (CaseState s : allStates()) {
                Case c;
                c.state = s;
                QVERIFY2(!rolesFor(step.roles, c, QDate(2026, 3, 4), ProcedurePolicy(PolicyBook::demo())).isEmpty(),
                         qPrintable(event));
            }
        }
        QCOMPARE(findWorkflowStep(QStringLiteral("submit")), nullptr); // registration makes the case
    }

    void possibleEvents_agreeWithApply_inEveryStateRoleAndProgramme()
    {
        const QDate today(2026, 3, 4);
        const QStringList roles = {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                   QStringLiteral("county"), QStringLiteral("admin")};
        int possible = 0;
        for (int p = int(CaseProgramme::Dibao); p <= int(CaseProgramme::TemporaryExpenditure); ++p) {
            for (CaseState s : allStates()) {
                for (bool relative : {false, true}) {
                    Case c;
                    c.id = QStringLiteral("case-1");
                    c.householdId = QStringLiteral("hh-1");
                    c.areaCode = QStringLiteral("370323106001");
                    c.programme = CaseProgramme(p);
                    c.state = s;
                    c.relative = relative;
                    for (const QString &role : roles) {
                        const QStringList events = m_flow.possibleEvents(c, role, today);
                        for (const WorkflowStep &step : workflowSteps()) {
                            const QString event = QString::fromLatin1(step.event);
                            const Result<Case> r =
                                m_flow.apply(c, {event, {}}, Actor{QStringLiteral("zhang"), role, today, QDateTime()});
                            const QString row = QStringLiteral("%1 %2 %3 %4")
                                                    .arg(Case::programmeCode(c.programme), Case::stateCode(s), role, event);
                            // Possible: apply takes it, or asks only for the step's data.
                            const bool applies = r || r.error().code() == ErrorCode::InvalidInput;
                            QVERIFY2(events.contains(event) == applies, qPrintable(row));
                            QCOMPARE(m_flow.whyNot(c, event, role, today), applies ? QString() : r.error().message());
                            if (!applies)
                                QCOMPARE(r.error().code(), ErrorCode::NotAllowed);
                            possible += applies;
                        }
                    }
                }
            }
        }
        QVERIFY(possible > 100);
    }

    void withdraw_isOfferedWhileTheApplicationIsOpenAndNotYetApproved()
    {
        for (CaseState s : allStates()) {
            Case c;
            c.state = s;
            const bool offered =
                m_flow.possibleEvents(c, QStringLiteral("village"), QDate(2026, 3, 4)).contains(QStringLiteral("withdraw"));
            QCOMPARE(offered, Case::isOpenState(s) && s != CaseState::Approved);
        }
    }

    void notify_isOfferedOnlyWhileTheWrittenNoticeIsDue()
    {
        Case c;
        c.state = CaseState::Refused;
        c.deadlines.insert(QStringLiteral("refusal_notice"), QDate(2026, 3, 9));
        QVERIFY(m_flow.possibleEvents(c, QStringLiteral("township"), QDate(2026, 3, 4)).contains(QStringLiteral("notify")));
        c.deadlines.clear(); // recorded: apply refuses a second one, so it is not offered either
        QVERIFY(!m_flow.possibleEvents(c, QStringLiteral("township"), QDate(2026, 3, 4)).contains(QStringLiteral("notify")));
        QCOMPARE(m_flow.whyNot(c, QStringLiteral("notify"), QStringLiteral("township"), QDate(2026, 3, 4)),
                 QStringLiteral("The written notice has already been recorded."));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowSteps)
#include "tst_workflowsteps.moc"
