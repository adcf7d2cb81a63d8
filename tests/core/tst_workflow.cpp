#include "workflow/workflow.h"

#include <QJsonArray>
#include <QTest>

using namespace doudi::core;

// Walks one application of each programme through the procedure under the demo county's
// policy (calendar of 2026, township confirmation delegated, 7-day public notice).
// Every deadline below was counted by hand on the 2026 calendar.
class TestWorkflow : public QObject
{
    Q_OBJECT
    Workflow m_flow{PolicyBook::demo()};

    static Actor as(const char *role, const QDate &day)
    {
        return {QStringLiteral("zhang"), QString::fromLatin1(role), day, QDateTime(day, QTime(9, 0))};
    }

    Case step(const Case &c, const char *event, const char *role, const QDate &day, const QJsonObject &data = {})
    {
        Result<Case> r = m_flow.apply(c, {QString::fromLatin1(event), data}, as(role, day));
        if (!r)
            qFatal("%s refused: %s", event, qPrintable(r.error().message()));
        return *r;
    }
    ErrorCode refused(const Case &c, const char *event, const char *role, const QDate &day, const QJsonObject &data = {})
    {
        Result<Case> r = m_flow.apply(c, {QString::fromLatin1(event), data}, as(role, day));
        return r ? ErrorCode::Internal : r.error().code();
    }
    Case submitted(CaseProgramme p, bool relative = false, QDate day = QDate(2026, 2, 10))
    {
        return *m_flow.submit(QStringLiteral("case-1"), QStringLiteral("hh-1"), QStringLiteral("370323106001"), p, relative,
                              as("village", day));
    }
    static QJsonObject visit(const QDate &day, bool byCounty = false)
    {
        return {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王芳"), QString::fromUtf8("刘强")}},
                {QStringLiteral("date"), day.toString(Qt::ISODate)},
                {QStringLiteral("by_county"), byCounty},
                {QStringLiteral("findings"), QString::fromUtf8("家中无贵重物品，住房为自建平房")},
                {QStringLiteral("signed_on_paper"), true}};
    }

    // What the county's 核对 platform sent back (沂源县's report numbers), matching the declaration.
    static QJsonObject check(const QDate &day)
    {
        return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
                {QStringLiteral("report_number"), QString::fromUtf8("沂核〔2026〕0312号")},
                {QStringLiteral("agencies"),
                 QJsonArray{QStringLiteral("household_registration"), QStringLiteral("tax"), QStringLiteral("social_insurance"),
                            QStringLiteral("real_estate"), QStringLiteral("vehicles"), QStringLiteral("deposits")}},
                {QStringLiteral("result"), QStringLiteral("consistent")}};
    }

private Q_SLOTS:
    void dibao_acrossTheSpringFestival_toEntitlementAndReview()
    {
        Case c = submitted(CaseProgramme::Dibao);
        // The one-time list of missing papers, then acceptance when they come.
        QCOMPARE(refused(c, "request_papers", "township", QDate(2026, 2, 11)), ErrorCode::InvalidInput);
        c = step(c, "request_papers", "township", QDate(2026, 2, 11),
                 {{QStringLiteral("papers"), QJsonArray{QString::fromUtf8("户口簿复印件")}}});
        QCOMPARE(c.state, CaseState::AwaitingPapers);
        QCOMPARE(refused(c, "request_papers", "township", QDate(2026, 2, 12),
                         {{QStringLiteral("papers"), QJsonArray{QStringLiteral("x")}}}),
                 ErrorCode::NotAllowed); // the list is given once
        QCOMPARE(refused(c, "accept", "village", QDate(2026, 2, 13)), ErrorCode::NotAllowed);
        c = step(c, "accept", "township", QDate(2026, 2, 13));
        // Fri 13 Feb + 3 working days: Sat 14 (调休), then the holiday to the 23rd, Tue 24, Wed 25.
        QCOMPARE(c.deadlines.value(QStringLiteral("investigation_start")), QDate(2026, 2, 25));
        // + 30 working days: Sat 14, Feb 24–27, Sat 28, March 2–27 (20), Mar 30, 31, Apr 1, 2.
        QCOMPARE(c.deadlines.value(QStringLiteral("case")), QDate(2026, 4, 2));

        const QList<CaseTask> before = m_flow.tasks({c}, QDate(2026, 2, 24));
        QCOMPARE(before.first().kind, QStringLiteral("investigation_start"));
        QCOMPARE(before.first().urgency, CaseTask::Urgency::DueSoon);
        QCOMPARE(m_flow.tasks({c}, QDate(2026, 2, 26)).constFirst().urgency, CaseTask::Urgency::Overdue);
        QCOMPARE(m_flow.tasks({c}, QDate(2026, 2, 26)).constLast().urgency, CaseTask::Urgency::Upcoming);

        c = step(c, "start_investigation", "township", QDate(2026, 2, 24));
        QVERIFY(!c.deadlines.contains(QStringLiteral("investigation_start")));
        QCOMPARE(refused(c, "complete_investigation", "township", QDate(2026, 2, 26)), ErrorCode::InvalidInput); // no 核对 yet
        c = step(c, "record_check", "township", QDate(2026, 2, 26), check(QDate(2026, 2, 26)));
        QCOMPARE(refused(c, "complete_investigation", "township", QDate(2026, 2, 26)), ErrorCode::InvalidInput); // no visit yet
        QCOMPARE(refused(c, "record_visit", "village", QDate(2026, 2, 26),
                         {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王芳")}}}),
                 ErrorCode::InvalidInput); // one investigator is not enough
        c = step(c, "record_visit", "village", QDate(2026, 2, 26), visit(QDate(2026, 2, 26)));
        c = step(c, "complete_investigation", "township", QDate(2026, 3, 2));
        c = step(c, "preliminary", "township", QDate(2026, 3, 3),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 137200}});
        QCOMPARE(c.state, CaseState::Publicity);
        QCOMPARE(c.publicityEnd, QDate(2026, 3, 10));
        QCOMPARE(refused(c, "close_publicity", "township", QDate(2026, 3, 9)), ErrorCode::NotAllowed);
        c = step(c, "close_publicity", "township", QDate(2026, 3, 10));
        QCOMPARE(c.state, CaseState::AwaitingConfirmation);
        QVERIFY(!c.deadlines.contains(QStringLiteral("county_opinion")));                       // delegated to the township
        QCOMPARE(refused(c, "confirm", "township", QDate(2026, 3, 12)), ErrorCode::NotAllowed); // the head confirms
        c = step(c, "confirm", "township_head", QDate(2026, 3, 12));
        QCOMPARE(c.state, CaseState::Approved);
        QCOMPARE(c.monthlyFen, 137200);
        QCOMPARE(c.entitlementStart, QDate(2026, 4, 1)); // paid from the next month
        QCOMPARE(c.nextReview, QDate(2027, 4, 1));       // stable household: yearly
        QVERIFY(c.deadlines.isEmpty());
        QVERIFY(QDate(2026, 3, 12) <= QDate(2026, 4, 2)); // within the 30 working days

        // A review half a year on: the income rose a little, the amount goes down.
        QCOMPARE(refused(c, "review", "township", QDate(2026, 10, 15),
                         {{QStringLiteral("outcome"), QStringLiteral("decrease")},
                          {QStringLiteral("monthly_fen"), 140000},
                          {QStringLiteral("note"), QStringLiteral("x")}}),
                 ErrorCode::InvalidInput); // a "decrease" that is not lower
        c = step(c, "review", "township", QDate(2026, 10, 15),
                 {{QStringLiteral("outcome"), QStringLiteral("decrease")},
                  {QStringLiteral("monthly_fen"), 98000},
                  {QStringLiteral("note"), QString::fromUtf8("配偶外出务工，收入增加")},
                  {QStringLiteral("unstable_income"), true}});
        QCOMPARE(c.monthlyFen, 98000);
        QCOMPARE(c.nextReview, QDate(2027, 4, 15)); // unstable income: every six months
        // submit, request_papers, accept, start_investigation, record_check, record_visit,
        // complete_investigation, preliminary, close_publicity, confirm, review: refused tries leave no trace.
        QCOMPARE(c.history.size(), 11);
    }

    void tekun_acrossMidAutumnAndNationalDay_relativeCaseGoesToTheCounty()
    {
        Case c = submitted(CaseProgramme::Tekun, true, QDate(2026, 9, 23));
        c = step(c, "accept", "township", QDate(2026, 9, 24));
        // Thu 24 Sep + 15 working days: Sep 25–27 off, 28, 29, 30 (3), Oct 1–7 off, 8, 9 (5),
        // Sat 10 (调休, 6), 12–16 (11), 19–22 (15).
        QCOMPARE(c.deadlines.value(QStringLiteral("investigation")), QDate(2026, 10, 22));
        // + 3 working days: Sep 28, 29, 30.
        QCOMPARE(c.deadlines.value(QStringLiteral("investigation_start")), QDate(2026, 9, 30));
        c = step(c, "start_investigation", "township", QDate(2026, 9, 28));
        c = step(c, "record_check", "township", QDate(2026, 9, 29), check(QDate(2026, 9, 29)));
        c = step(c, "record_visit", "township", QDate(2026, 9, 29), visit(QDate(2026, 9, 29)));
        // 近亲属: the county's own visit is needed, and only county staff can record it.
        QCOMPARE(refused(c, "complete_investigation", "township", QDate(2026, 9, 30)), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_visit", "township", QDate(2026, 9, 30), visit(QDate(2026, 9, 30), true)),
                 ErrorCode::NotAllowed);
        c = step(c, "record_visit", "county", QDate(2026, 9, 30), visit(QDate(2026, 9, 30), true));
        c = step(c, "complete_investigation", "township", QDate(2026, 10, 9));
        QVERIFY(!c.deadlines.contains(QStringLiteral("investigation")));
        c = step(c, "preliminary", "township", QDate(2026, 10, 9),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 240120}});
        c = step(c, "close_publicity", "township", QDate(2026, 10, 16));
        // The county gives its opinion within 10 working days: Oct 19–23, 26–30.
        QCOMPARE(c.deadlines.value(QStringLiteral("county_opinion")), QDate(2026, 10, 30));
        QCOMPARE(refused(c, "confirm", "township_head", QDate(2026, 10, 20)), ErrorCode::NotAllowed);
        c = step(c, "confirm", "county", QDate(2026, 10, 20));
        QCOMPARE(c.entitlementStart, QDate(2026, 11, 1));
        QCOMPARE(c.nextReview, QDate(2027, 11, 1));
        c = step(c, "review", "township", QDate(2026, 11, 20), {{QStringLiteral("outcome"), QStringLiteral("keep")}});
        QCOMPARE(c.nextReview, QDate(2027, 11, 20));
    }

    void objection_sendsTheCaseBackForANewVisitAndNotice()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 3));
        c = step(c, "record_check", "township", QDate(2026, 3, 3), check(QDate(2026, 3, 3)));
        c = step(c, "record_visit", "village", QDate(2026, 3, 4), visit(QDate(2026, 3, 4)));
        c = step(c, "complete_investigation", "township", QDate(2026, 3, 5));
        c = step(c, "preliminary", "township", QDate(2026, 3, 6),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 92400}});
        c = step(c, "objection", "township", QDate(2026, 3, 9),
                 {{QStringLiteral("text"), QString::fromUtf8("村民反映其家中有小汽车")}});
        QCOMPARE(c.state, CaseState::Investigating);
        QCOMPARE(refused(c, "complete_investigation", "township", QDate(2026, 3, 10)), ErrorCode::InvalidInput);
        c = step(c, "record_visit", "village", QDate(2026, 3, 10), visit(QDate(2026, 3, 10)));
        c = step(c, "democratic_review", "township", QDate(2026, 3, 11),
                 {{QStringLiteral("outcome"), QString::fromUtf8("到会15人，同意13人")}});
        c = step(c, "complete_investigation", "township", QDate(2026, 3, 11));
        c = step(c, "preliminary", "township", QDate(2026, 3, 12),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 92400}});
        QCOMPARE(c.publicityRound, 2);
        QCOMPARE(c.publicityEnd, QDate(2026, 3, 19));
    }

    void refusal_setsTheWrittenNoticeDeadline()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 4, 1));
        c = step(c, "start_investigation", "township", QDate(2026, 4, 2));
        c = step(c, "record_check", "township", QDate(2026, 4, 2), check(QDate(2026, 4, 2)));
        c = step(c, "record_visit", "township", QDate(2026, 4, 2), visit(QDate(2026, 4, 2)));
        c = step(c, "complete_investigation", "township", QDate(2026, 4, 2));
        QCOMPARE(refused(c, "preliminary", "township", QDate(2026, 4, 3), {{QStringLiteral("approve"), false}}),
                 ErrorCode::InvalidInput);
        c = step(c, "preliminary", "township", QDate(2026, 4, 3),
                 {{QStringLiteral("approve"), false}, {QStringLiteral("reason"), QStringLiteral("assets_over_limit")}});
        QCOMPARE(c.state, CaseState::Refused);
        // Fri 3 Apr + 3 working days: Apr 4–6 清明 off, Tue 7, Wed 8, Thu 9.
        QCOMPARE(c.deadlines.value(QStringLiteral("refusal_notice")), QDate(2026, 4, 9));
        QVERIFY(!c.deadlines.contains(QStringLiteral("case")));
        c = step(c, "notify", "township", QDate(2026, 4, 7));
        QVERIFY(c.deadlines.isEmpty());
        QCOMPARE(refused(c, "accept", "township", QDate(2026, 4, 8)), ErrorCode::NotAllowed);
    }

    void edgeAndRigid_areRecognisedWithoutPayment()
    {
        for (CaseProgramme p : {CaseProgramme::Edge, CaseProgramme::Rigid}) {
            Case c = submitted(p);
            c = step(c, "accept", "township", QDate(2026, 5, 11));
            c = step(c, "start_investigation", "township", QDate(2026, 5, 11));
            c = step(c, "record_check", "township", QDate(2026, 5, 12), check(QDate(2026, 5, 12)));
            c = step(c, "record_visit", "village", QDate(2026, 5, 12), visit(QDate(2026, 5, 12)));
            c = step(c, "complete_investigation", "township", QDate(2026, 5, 13));
            c = step(c, "preliminary", "township", QDate(2026, 5, 13),
                     {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 0}});
            c = step(c, "close_publicity", "township", QDate(2026, 5, 20));
            c = step(c, "confirm", "township_head", QDate(2026, 5, 21));
            QCOMPARE(c.state, CaseState::Approved);
            QCOMPARE(c.monthlyFen, 0);
            QCOMPARE(c.nextReview, QDate(2027, 6, 1)); // yearly, and the rigid status is valid 12 months
            c = step(c, "review", "township", QDate(2026, 11, 2), {{QStringLiteral("outcome"), QStringLiteral("keep")}});
            QCOMPARE(c.nextReview, QDate(2027, 11, 2));
            QCOMPARE(c.state, CaseState::Approved);
        }
    }

    void urgentTemporaryAid_isPaidFirstThenStaged()
    {
        Case c = submitted(CaseProgramme::TemporaryUrgent, false, QDate(2026, 6, 17));
        c = step(c, "accept", "township", QDate(2026, 6, 17));
        QCOMPARE(c.deadlines.value(QStringLiteral("pay_first")), QDate(2026, 6, 20)); // 3 days, not working days
        QCOMPARE(refused(c, "start_investigation", "township", QDate(2026, 6, 18)), ErrorCode::NotAllowed);
        c = step(c, "pay_first", "township", QDate(2026, 6, 18), {{QStringLiteral("amount_fen"), 50000}});
        QCOMPARE(c.state, CaseState::PaidFirst);
        // The paperwork follows: investigation within 3 working days (Jun 19–21 端午 off): 22, 23, 24.
        QCOMPARE(c.deadlines.value(QStringLiteral("investigation_start")), QDate(2026, 6, 24));
        c = step(c, "start_investigation", "township", QDate(2026, 6, 22));
        c = step(c, "record_check", "township", QDate(2026, 6, 22), check(QDate(2026, 6, 22)));
        c = step(c, "record_visit", "township", QDate(2026, 6, 22), visit(QDate(2026, 6, 22)));
        c = step(c, "complete_investigation", "township", QDate(2026, 6, 23));
        QCOMPARE(refused(c, "preliminary", "township", QDate(2026, 6, 23),
                         {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 200000}}),
                 ErrorCode::InvalidInput); // who approves?
        c = step(c, "preliminary", "township", QDate(2026, 6, 23),
                 {{QStringLiteral("approve"), true},
                  {QStringLiteral("monthly_fen"), 200000},
                  {QStringLiteral("approval_level"), QStringLiteral("township")},
                  {QStringLiteral("stages_fen"), QJsonArray{100000, 100000}}});
        QCOMPARE(c.state, CaseState::AwaitingConfirmation); // no public notice for temporary aid
        c = step(c, "confirm", "township_head", QDate(2026, 6, 24));
        c = step(c, "pay_stage", "township", QDate(2026, 6, 25));
        QCOMPARE(c.state, CaseState::Approved);
        c = step(c, "pay_stage", "township", QDate(2026, 7, 25));
        QCOMPARE(c.state, CaseState::Completed);
        QCOMPARE(refused(c, "review", "township", QDate(2026, 8, 1)), ErrorCode::NotAllowed);
    }

    void expenditureAidAboveTheTownshipLimit_isTheCountys()
    {
        Case c = submitted(CaseProgramme::TemporaryExpenditure, false, QDate(2026, 7, 1));
        QCOMPARE(refused(c, "pay_first", "township", QDate(2026, 7, 1)), ErrorCode::NotAllowed);
        c = step(c, "accept", "township", QDate(2026, 7, 1));
        c = step(c, "start_investigation", "township", QDate(2026, 7, 2));
        c = step(c, "record_check", "township", QDate(2026, 7, 2), check(QDate(2026, 7, 2)));
        c = step(c, "record_visit", "township", QDate(2026, 7, 2), visit(QDate(2026, 7, 2)));
        c = step(c, "complete_investigation", "township", QDate(2026, 7, 3));
        c = step(c, "preliminary", "township", QDate(2026, 7, 3),
                 {{QStringLiteral("approve"), true},
                  {QStringLiteral("monthly_fen"), 500000},
                  {QStringLiteral("approval_level"), QStringLiteral("county")}});
        QCOMPARE(refused(c, "confirm", "township_head", QDate(2026, 7, 6)), ErrorCode::NotAllowed);
        c = step(c, "confirm", "county", QDate(2026, 7, 6));
        c = step(c, "pay_stage", "township", QDate(2026, 7, 7));
        QCOMPARE(c.state, CaseState::Completed);
    }

    void extension_onceTo45WorkingDays()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        // Mon 2 Mar + 30 working days: Mar 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mar 30–Apr 3 (24),
        // Apr 4–6 清明 off, Apr 7–10 (28), 13, 14 (30).
        QCOMPARE(c.deadlines.value(QStringLiteral("case")), QDate(2026, 4, 14));
        QCOMPARE(refused(c, "extend", "township", QDate(2026, 4, 1)), ErrorCode::InvalidInput); // why?
        c = step(c, "extend", "township", QDate(2026, 4, 1), {{QStringLiteral("note"), QString::fromUtf8("核对结果未返回")}});
        // + 15 more: Apr 15–17 (33), 20–24 (38), 27–30 (42), May 1–5 off, May 6, 7, 8 (45).
        QCOMPARE(c.deadlines.value(QStringLiteral("case")), QDate(2026, 5, 8));
        QCOMPARE(refused(c, "extend", "township", QDate(2026, 4, 2), {{QStringLiteral("note"), QStringLiteral("again")}}),
                 ErrorCode::NotAllowed);
    }

    void stopAndTermination_needReasons()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 2));
        c = step(c, "record_check", "township", QDate(2026, 3, 2), check(QDate(2026, 3, 2)));
        c = step(c, "record_visit", "township", QDate(2026, 3, 2), visit(QDate(2026, 3, 2)));
        c = step(c, "complete_investigation", "township", QDate(2026, 3, 3));
        c = step(c, "preliminary", "township", QDate(2026, 3, 3),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 50000}});
        c = step(c, "close_publicity", "township", QDate(2026, 3, 10));
        const Case approved = step(c, "confirm", "township_head", QDate(2026, 3, 11));
        QCOMPARE(
            refused(approved, "review", "township", QDate(2026, 9, 1), {{QStringLiteral("outcome"), QStringLiteral("stop")}}),
            ErrorCode::InvalidInput);
        Case stopped = step(approved, "review", "township", QDate(2026, 9, 1),
                            {{QStringLiteral("outcome"), QStringLiteral("stop")},
                             {QStringLiteral("reason"), QStringLiteral("income_over_standard")}});
        QCOMPARE(stopped.state, CaseState::Stopped);
        QVERIFY(!stopped.nextReview.isValid());
        // Tue 1 Sep + 3 working days: Sep 2, 3, 4.
        QCOMPARE(stopped.deadlines.value(QStringLiteral("refusal_notice")), QDate(2026, 9, 4));
        stopped = step(stopped, "notify", "township", QDate(2026, 9, 2));
        QVERIFY(stopped.deadlines.isEmpty());
        QCOMPARE(refused(stopped, "notify", "township", QDate(2026, 9, 3)), ErrorCode::NotAllowed);

        const Case ended =
            step(approved, "terminate", "township", QDate(2026, 9, 1), {{QStringLiteral("reason"), QStringLiteral("death")}});
        QCOMPARE(ended.state, CaseState::Terminated);
        QVERIFY(ended.deadlines.isEmpty()); // no notice after a death
        QCOMPARE(
            refused(approved, "terminate", "township", QDate(2026, 9, 1), {{QStringLiteral("reason"), QStringLiteral("bored")}}),
            ErrorCode::InvalidInput);
    }

    void illegalSteps_areRefusedAndChangeNothing()
    {
        const Case c = submitted(CaseProgramme::Dibao);
        const QJsonObject before = c.toJson();
        QCOMPARE(refused(c, "confirm", "county", QDate(2026, 2, 11)), ErrorCode::NotAllowed);
        QCOMPARE(refused(c, "no_such_step", "county", QDate(2026, 2, 11)), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "accept", "admin", QDate(2026, 2, 11)), ErrorCode::NotAllowed);
        QCOMPARE(c.toJson(), before);
        const Result<Case> r = m_flow.apply(c, {QStringLiteral("confirm"), {}}, as("county", QDate(2026, 2, 11)));
        QVERIFY(r.error().message().contains(Case::stateLabel(CaseState::Submitted)));
        // A deadline in a year the calendar does not hold is an error, not a guess.
        QCOMPARE(refused(c, "accept", "township", QDate(2027, 12, 21)), ErrorCode::NotFound);
    }

    void possibleEvents_followStateAndRole()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 3));
        const QStringList township = m_flow.possibleEvents(c, QStringLiteral("township"), QDate(2026, 3, 4));
        QVERIFY(township.contains(QStringLiteral("record_visit")));
        QVERIFY(township.contains(QStringLiteral("complete_investigation")));
        QVERIFY(!township.contains(QStringLiteral("confirm")));
        QVERIFY(!township.contains(QStringLiteral("accept")));
        const QStringList village = m_flow.possibleEvents(c, QStringLiteral("village"), QDate(2026, 3, 4));
        QVERIFY(village.contains(QStringLiteral("record_visit")));
        QVERIFY(!village.contains(QStringLiteral("complete_investigation")));
    }

    void visit_mustBeSignedByEveryoneOnScreenOrOnPaper()
    {
        Case c = submitted(CaseProgramme::Dibao);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 2));
        QJsonObject v = visit(QDate(2026, 3, 3));
        v.remove(QStringLiteral("signed_on_paper"));
        v.insert(QStringLiteral("signatures"), QJsonObject{{QString::fromUtf8("王芳"), QStringLiteral("att-1")}});
        QCOMPARE(refused(c, "record_visit", "village", QDate(2026, 3, 3), v), ErrorCode::InvalidInput);
        v.insert(QStringLiteral("signatures"), QJsonObject{{QString::fromUtf8("王芳"), QStringLiteral("att-1")},
                                                           {QString::fromUtf8("刘强"), QStringLiteral("att-2")},
                                                           {QStringLiteral("interviewee"), QStringLiteral("att-3")}});
        v.insert(QStringLiteral("checklist"), QJsonObject{{QStringLiteral("housing"), QStringLiteral("unsafe")}});
        v.insert(QStringLiteral("photos"), QJsonArray{QStringLiteral("att-4")});
        c = step(c, "record_visit", "village", QDate(2026, 3, 3), v);
        QCOMPARE(c.visits.last().signatures.size(), 3);
        QCOMPARE(c.visits.last().photos, QStringList{QStringLiteral("att-4")});
        QCOMPARE(Case::fromJson(c.toJson()).toJson(), c.toJson());
    }

    void caseRoundTripsThroughJson()
    {
        Case c = submitted(CaseProgramme::Tekun, true);
        c = step(c, "accept", "township", QDate(2026, 3, 2));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 3));
        c = step(c, "record_visit", "county", QDate(2026, 3, 3), visit(QDate(2026, 3, 3), true));
        QCOMPARE(Case::fromJson(c.toJson()).toJson(), c.toJson());
    }

    void check_keepsWhatTheReportFoundAndRefusesAnIncompleteOne()
    {
        Case c = submitted(CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        c = step(c, "accept", "township", QDate(2026, 3, 3));
        c = step(c, "start_investigation", "township", QDate(2026, 3, 3));
        const QDate today(2026, 3, 9);
        QJsonObject found{
            {QStringLiteral("date"), QStringLiteral("2026-03-06")},
            {QStringLiteral("report_number"), QString::fromUtf8("  沂核〔2026〕0412号 ")},
            {QStringLiteral("agencies"),
             QJsonArray{QStringLiteral("tax"), QStringLiteral("real_estate"), QStringLiteral("vehicles"),
                        QStringLiteral("deposits"), QStringLiteral("tax")}},
            {QStringLiteral("result"), QStringLiteral("differs")},
            {QStringLiteral("differences"), QString::fromUtf8("户主之子李浩然名下有一辆2019年登记的小型轿车，申报时未列")}};
        const auto without = [&](const char *key) {
            QJsonObject d = found;
            d.remove(QString::fromLatin1(key));
            return d;
        };
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject d = found;
            d.insert(QString::fromLatin1(key), value);
            return d;
        };
        // Only caseworkers record it, and only during the investigation.
        QCOMPARE(refused(c, "record_check", "village", today, found), ErrorCode::NotAllowed);
        QCOMPARE(refused(submitted(CaseProgramme::Dibao), "record_check", "township", today, found), ErrorCode::NotAllowed);
        // The report's number, a result, what was checked, and for a difference, what it is.
        QCOMPARE(refused(c, "record_check", "township", today, without("report_number")), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("report_number", QStringLiteral("   "))),
                 ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, without("result")), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("result", QStringLiteral("ok"))), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, without("agencies")), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("agencies", QJsonArray{QStringLiteral("horoscope")})),
                 ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, without("differences")), ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("differences", QStringLiteral("  "))),
                 ErrorCode::InvalidInput);
        // Dated neither after the day it is recorded nor before the application was accepted.
        QCOMPARE(refused(c, "record_check", "township", today, with("date", QStringLiteral("2026-03-10"))),
                 ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("date", QStringLiteral("2026-03-02"))),
                 ErrorCode::InvalidInput);
        QCOMPARE(refused(c, "record_check", "township", today, with("date", QStringLiteral("6 March"))), ErrorCode::InvalidInput);
        QVERIFY(!c.checkDone);

        c = step(c, "record_check", "township", today, found);
        QVERIFY(c.checkDone);
        QCOMPARE(c.check.date, QDate(2026, 3, 6));
        QCOMPARE(c.check.reportNumber, QString::fromUtf8("沂核〔2026〕0412号"));
        QCOMPARE(c.check.agencies, (QStringList{QStringLiteral("tax"), QStringLiteral("real_estate"), QStringLiteral("vehicles"),
                                                QStringLiteral("deposits")}));
        QCOMPARE(c.check.result, QStringLiteral("differs"));
        QVERIFY(c.check.differences.startsWith(QString::fromUtf8("户主之子")));
        // The history says what was found.
        QCOMPARE(c.history.last().event, QStringLiteral("record_check"));
        QVERIFY(c.history.last().note.contains(QString::fromUtf8("沂核〔2026〕0412号")));
        QVERIFY(c.history.last().note.contains(QString::fromUtf8("小型轿车")));
        QCOMPARE(Case::fromJson(c.toJson()).toJson(), c.toJson());

        // A consistent report needs no differences; a later report (after an objection) replaces it.
        QJsonObject consistent = without("differences");
        consistent.insert(QStringLiteral("result"), QStringLiteral("consistent"));
        consistent.insert(QStringLiteral("date"), QStringLiteral("2026-03-10"));
        c = step(c, "record_check", "township", QDate(2026, 3, 10), consistent);
        QCOMPARE(c.check.result, QStringLiteral("consistent"));
        QCOMPARE(c.check.date, QDate(2026, 3, 10));
        QVERIFY(c.check.differences.isEmpty());
    }

    void check_ofCasesStoredBeforeItWasKept_staysAsItWas()
    {
        // A case stored before the report was kept: checked, and nothing more to show.
        Case c = submitted(CaseProgramme::Dibao);
        QJsonObject stored = c.toJson();
        QVERIFY(!stored.contains(QStringLiteral("check")));
        stored.insert(QStringLiteral("check_done"), true);
        const Case old = Case::fromJson(stored);
        QVERIFY(old.checkDone);
        QVERIFY(old.check.isEmpty());
        QCOMPARE(old.toJson(), stored); // saved again unchanged: the same data for sync
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
