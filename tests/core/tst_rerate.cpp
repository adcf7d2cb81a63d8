#include "common/clock.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rerateservice.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

// 调标 of the demo profile: 2 000 households of 沂源县 with applications at every stage, their
// paid cases decided in 2025 under the 2023 standards (urban 924.00, rural 801.00 yuan), and the
// 2026 standards (urban 1000.00, rural 870.00) in force from 2026-07-01. Beside them, households
// built here whose amounts are worked out by hand, in 大张庄镇 (370323106), which pays the gap.
class TestRerate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    const QString m_pw = QStringLiteral("Zhang-sanfeng-2026");
    const QDate m_from{2026, 7, 1};
    const QDate m_today{2026, 7, 2};
    const QString m_township = QStringLiteral("370323106000");
    const QString m_village = QStringLiteral("370323106001");
    QString m_couple, m_alone, m_changes; // case ids

    std::unique_ptr<Session> open(const QString &user)
    {
        Result<std::unique_ptr<Session>> s = ProfileService::unlock(m_dir, user, m_pw);
        return s ? std::move(s).value() : nullptr;
    }

    // A household of people aged as given on the decision day, urban, in the gap township; no ID
    // numbers (saved through the repository, as an older record may be).
    static Household household(const QList<int> &ages, Fen annualIncome, const QString &village)
    {
        Household h;
        h.areaCode = village;
        h.registration = Registration::Urban;
        const QDate decided(2025, 7, 20);
        for (int i = 0; i < ages.size(); ++i) {
            Person p;
            p.name = i == 0 ? QStringLiteral("测试户主%1").arg(ages[0]) : QStringLiteral("测试成员%1").arg(i);
            p.relation = i == 0 ? Relation::Head : Relation::Spouse;
            p.sex = i == 0 ? Sex::Male : Sex::Female;
            p.birthDate = decided.addYears(-ages[i]).addDays(-10);
            h.members << p;
        }
        if (annualIncome > 0) {
            Income i; // the household's, not tied to one member
            i.kind = IncomeKind::Wages;
            i.annualFen = annualIncome;
            h.incomes << i;
        }
        return h;
    }

    // Applies and walks the case through to confirmation, dated from applied (as DemoCases does).
    static QString paidCase(Session &s, Household h, CaseProgramme programme, const QDate &applied)
    {
        HouseholdRepository repo(SessionAccess::profile(s).database(), SessionAccess::profile(s).changes());
        if (!repo.save(h).ok())
            return {};
        CaseService cases = CaseService::forHistory(s);
        Result<Case> c = cases.create(h.meta.id, programme, false, applied, QStringLiteral("收入低"));
        if (!c)
            return {};
        const QList<QPair<const char *, int>> steps = {{"accept", 1},
                                                       {"start_investigation", 2},
                                                       {"record_check", 4},
                                                       {"record_visit", 5},
                                                       {"complete_investigation", 6},
                                                       {"preliminary", 7},
                                                       {"close_publicity", 15},
                                                       {"confirm", 16}};
        for (const auto &[name, day] : steps) {
            const QDate date = applied.addDays(day);
            const QString event = QString::fromLatin1(name);
            QJsonObject data;
            if (event == QLatin1String("record_check"))
                data = {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                        {QStringLiteral("report_number"), QStringLiteral("沂核〔2025〕0001号")},
                        {QStringLiteral("agencies"), QJsonArray::fromStringList(CaseCheck::agencyCodes())},
                        {QStringLiteral("result"), QStringLiteral("consistent")}};
            else if (event == QLatin1String("record_visit"))
                data = {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                        {QStringLiteral("investigators"), QJsonArray{QStringLiteral("王立新"), QStringLiteral("赵秀梅")}},
                        {QStringLiteral("findings"), QStringLiteral("与申报一致。")},
                        {QStringLiteral("checklist"), QJsonObject{{QStringLiteral("housing"), QStringLiteral("safe")},
                                                                  {QStringLiteral("food"), QStringLiteral("adequate")}}},
                        {QStringLiteral("signed_on_paper"), true}};
            else if (event == QLatin1String("preliminary"))
                data = {{QStringLiteral("approve"), true},
                        {QStringLiteral("monthly_fen"), double(cases.assess(c->id, date)->monthlyFor(programme))}};
            c = cases.advance(c->id, {event, data}, date);
            if (!c) {
                qWarning() << name << c.error().message();
                return {};
            }
        }
        return c->id;
    }

    Case load(Session &s, const QString &id)
    {
        return *CaseRepository(SessionAccess::profile(s).database(), SessionAccess::profile(s).changes()).load(id);
    }

    // Every paid case's amount, to see that a refused batch changed nothing.
    QMap<QString, Fen> amounts(Session &s)
    {
        QMap<QString, Fen> out;
        const Result<QList<Case>> all =
            CaseRepository(SessionAccess::profile(s).database(), SessionAccess::profile(s).changes()).list({}, false);
        for (const Case &c : *all)
            out.insert(c.id, c.monthlyFen * 1000 + c.history.size()); // the amount and the number of steps
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::LocalTime));
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        ProfileSetup setup;
        setup.user = QStringLiteral("county");
        setup.password = m_pw;
        setup.role = QStringLiteral("county");
        setup.scope = QStringLiteral("370323000000");
        setup.iterations = ProfileService::kMinKdfCost;
        QString code;
        Result<std::unique_ptr<Session>> created = ProfileService::create(m_dir, setup, &code);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        Session &s = **created;
        QVERIFY(PolicyService(s).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        DemoData demo(AreaRegistry::builtIn(), 2026);
        QList<Household> many;
        for (int i = 0; i < 2000; ++i)
            many << demo.household();
        QVERIFY(HouseholdService(s).importMany(many, 500).ok());
        // 800 applications at every stage; one in eight paid (低保, 特困, 低保边缘 or 刚性支出),
        // decided about 400 days before today.
        Result<int> demoCases = DemoCases::add(s, 800, Clock::today());
        QVERIFY2(demoCases, demoCases ? "" : qPrintable(demoCases.error().message()));
        QCOMPARE(*demoCases, 800);
        // By hand, decided 2025-08-05 (next review 2026-08-05) under the 2023 urban standard 924.00:
        m_couple = paidCase(s, household({40, 38}, 600000, m_village), CaseProgramme::Dibao, QDate(2025, 7, 20));
        m_alone = paidCase(s, household({75}, 0, m_village), CaseProgramme::Tekun, QDate(2025, 7, 20));
        m_changes = paidCase(s, household({45}, 0, m_village), CaseProgramme::Dibao, QDate(2025, 7, 20));
        QVERIFY(!m_couple.isEmpty() && !m_alone.isEmpty() && !m_changes.isEmpty());
        QCOMPARE(load(s, m_couple).monthlyFen, Fen(134800)); // 2 × 924.00 − 6000.00 / 12
        QCOMPARE(load(s, m_alone).monthlyFen, Fen(140120));  // 1.3 × 924.00 + 200.00 care
        QCOMPARE(load(s, m_changes).monthlyFen, Fen(92400)); // 924.00, no income
        const QString village = m_village;
        const QList<UserInfo> users = {{QStringLiteral("village"), QString(), QStringLiteral("village"), {village}},
                                       {QStringLiteral("township"), QString(), QStringLiteral("township"), {m_township}},
                                       {QStringLiteral("head"), QString(), QStringLiteral("township_head"), {m_township}}};
        for (const UserInfo &u : users)
            QVERIFY(UserService(s).add(u, m_pw).ok());
        Clock::setFixed(QDateTime(m_today, QTime(9, 0), Qt::LocalTime));
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    // The standards that change on 2026-07-01, read for the township.
    void theListNamesTheStandardsThatChange()
    {
        std::unique_ptr<Session> s = open(QStringLiteral("county"));
        Result<RerateList> list = RerateService(*s).preview(m_from, m_township, m_today);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message()));
        QStringList keys;
        for (const StandardChange &c : list->standards)
            keys << c.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("dibao.standard.urban"), QStringLiteral("dibao.standard.rural")}));
        QVERIFY(list->standards.first().before.contains(QStringLiteral("924.00")));
        QVERIFY(list->standards.first().after.contains(QStringLiteral("1000.00")));
        QCOMPARE(*RerateService(*s).nextStandardChange(QDate(2026, 6, 1)), m_from);
        QVERIFY(!RerateService(*s).nextStandardChange(m_today)->isValid());
    }

    void villageStaffAndTownshipCaseworkersMayNotConfirm_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("village helper") << QStringLiteral("village");
        QTest::newRow("township caseworker (confirm.level is township: the head confirms)") << QStringLiteral("township");
    }

    void villageStaffAndTownshipCaseworkersMayNotConfirm()
    {
        QFETCH(QString, user);
        std::unique_ptr<Session> s = open(user);
        QVERIFY(s);
        RerateService rerate(*s);
        Result<RerateList> list = rerate.preview(m_from, m_township, m_today);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message()));
        const QMap<QString, Fen> before = amounts(*s);
        Result<RerateApplied> applied = rerate.apply(*list, m_today);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code(), ErrorCode::NotAllowed);
        QVERIFY(!rerate.mayConfirm(m_township, m_from).ok());
        QCOMPARE(amounts(*s), before);
    }

    // The whole demo profile (every township), as the county: amounts by hand, flagged households
    // left alone, a list that changed refused whole, then applied, then nothing more to do.
    void rerateOfTheDemoProfile()
    {
        std::unique_ptr<Session> s = open(QStringLiteral("county"));
        RerateService rerate(*s);
        QElapsedTimer timer;
        timer.start();
        Result<RerateList> list = rerate.preview(m_from, {}, m_today);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message()));
        const qint64 previewMs = timer.elapsed();
        QVERIFY2(list->checked >= 80, qPrintable(QString::number(list->checked)));
        QVERIFY(list->rerated() > 20);
        QVERIFY(list->flagged() > 10); // every other demo household paid had its income raised
        QCOMPARE(list->checked, int(list->lines.size()) + list->unchanged);
        QHash<QString, RerateLine> byCase;
        for (const RerateLine &l : list->lines)
            byCase.insert(l.caseId, l);
        // By hand: 2 × 1000.00 − 6000.00 / 12 = 1500.00; 1.3 × 1000.00 + 200.00 = 1500.00.
        QCOMPARE(byCase.value(m_couple).reason, RerateLine::Reason::Standard);
        QCOMPARE(byCase.value(m_couple).currentFen, Fen(134800));
        QCOMPARE(byCase.value(m_couple).newFen, Fen(150000));
        QCOMPARE(byCase.value(m_alone).reason, RerateLine::Reason::Standard);
        QCOMPARE(byCase.value(m_alone).newFen, Fen(150000));
        QCOMPARE(byCase.value(m_alone).differenceFen(), Fen(150000 - 140120));
        QCOMPARE(byCase.value(m_changes).newFen, Fen(100000));
        // Each demo household flagged has a change since its decision to show.
        for (const RerateLine &l : list->lines) {
            if (l.reason == RerateLine::Reason::Household)
                QVERIFY2(!l.changes.isEmpty(), qPrintable(l.headName));
            // Re-rated: the grant as decided (its form and people), only at the new amount. (That
            // amount may still fall: a member who turned 18 loses the minor's top-up.)
            const QJsonObject decided = load(*s, l.caseId).decisionAssessment;
            if (l.reason == RerateLine::Reason::Standard && !decided.isEmpty())
                QCOMPARE(Assessment::fromJson(decided).coveredMembers, l.covered);
        }
        QVERIFY(list->totalNewFen() > list->totalCurrentFen());

        // The household changes after the list was made: the confirmed list is refused whole.
        HouseholdRepository households(SessionAccess::profile(*s).database(), SessionAccess::profile(*s).changes());
        Household h = *households.load(load(*s, m_changes).householdId);
        Income wages;
        wages.kind = IncomeKind::Wages;
        wages.annualFen = 120000;
        h.incomes << wages;
        QVERIFY(households.save(h).ok());
        const QMap<QString, Fen> before = amounts(*s);
        Result<RerateApplied> stale = rerate.apply(*list, m_today);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Stale);
        QCOMPARE(amounts(*s), before);

        timer.restart();
        list = rerate.preview(m_from, {}, m_today);
        QVERIFY(list);
        QCOMPARE(list->lines.size(), byCase.size());
        const auto changed =
            std::find_if(list->lines.cbegin(), list->lines.cend(), [&](const RerateLine &l) { return l.caseId == m_changes; });
        QVERIFY(changed != list->lines.cend());
        QCOMPARE(changed->reason, RerateLine::Reason::Household);
        QVERIFY(!changed->alreadyFlagged); // its review is due 2026-08-05
        Result<RerateApplied> applied = rerate.apply(*list, m_today);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message()));
        const qint64 ms = previewMs + timer.elapsed();
        qInfo("preview and apply of %d paid cases: %lld ms", list->checked, ms);
        QVERIFY2(ms <= 10000, qPrintable(QString::number(ms)));
        QCOMPARE(applied->rerated, list->rerated());

        // Re-rated from the first day of July, the earlier months as they were.
        const Case couple = load(*s, m_couple);
        QCOMPARE(couple.monthlyFen, Fen(150000));
        QCOMPARE(couple.monthlyOn(QDate(2026, 6, 30)), Fen(134800));
        QCOMPARE(couple.monthlyOn(QDate(2026, 7, 1)), Fen(150000));
        QCOMPARE(couple.amounts.last().from, QDate(2026, 7, 1));
        QCOMPARE(couple.history.last().event, QStringLiteral("rerate"));
        QCOMPARE(couple.history.last().note, QStringLiteral("调标：原 1348.00 元 → 1500.00 元，自2026年7月起"));
        QCOMPARE(couple.decisionAssessment.value(QStringLiteral("step")).toString(), QStringLiteral("rerate"));
        QVERIFY(!couple.baseline.isEmpty());
        QCOMPARE(Case::fromJson(couple.toJson()).amounts, couple.amounts);
        // Flagged: not re-rated, its review brought forward to today.
        const Case flagged = load(*s, m_changes);
        QCOMPARE(flagged.monthlyFen, Fen(92400));
        QCOMPARE(flagged.nextReview, m_today);
        QCOMPARE(flagged.history.last().event, QStringLiteral("rerate_review"));
        QVERIFY(flagged.amounts.isEmpty());

        // Nothing more to do the second time.
        Result<RerateList> again = rerate.preview(m_from, {}, m_today);
        QVERIFY(again);
        QCOMPARE(again->rerated(), 0);
        QCOMPARE(again->totalNewFen(), Fen(0));
        const QMap<QString, Fen> done = amounts(*s);
        Result<RerateApplied> twice = rerate.apply(*again, m_today);
        QVERIFY(twice);
        QCOMPARE(twice->rerated, 0);
        QCOMPARE(twice->flagged, 0);
        QCOMPARE(amounts(*s), done);
    }

    // The township head confirms for the township; the printed list numbers its pages.
    void theTownshipHeadConfirmsAndPrints()
    {
        std::unique_ptr<Session> s = open(QStringLiteral("head"));
        RerateService rerate(*s);
        QVERIFY(rerate.mayConfirm(m_township, m_from).ok());
        Result<RerateList> list = rerate.preview(m_from, m_township, m_today);
        QVERIFY(list);
        for (const RerateLine &l : list->lines)
            QVERIFY(l.areaCode.startsWith(QStringLiteral("370323106")));
        QVERIFY(rerate.apply(*list, m_today).ok());
        Result<IssuedDocument> doc = DocumentService(*s).rerateList(*list, true, m_today);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message()));
        QVERIFY(doc->record.number.startsWith(QStringLiteral("370323106-2026-")));
        QVERIFY(doc->document.html().contains(QStringLiteral("调标变动清单")));
        QVERIFY(DocumentService(*s).reprint(doc->record.number).ok());
    }
};

QTEST_GUILESS_MAIN(TestRerate)
#include "tst_rerate.moc"
