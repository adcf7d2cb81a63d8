// Issue 16: the 月报 of a demo county checked against figures worked out here, independently,
// from the cases and households themselves; every township and village adds up to the whole;
// each figure opens to the households behind it; and the 代发清单 agrees with the report.
#include "common/clock.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/listservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/reportservice.h"
#include "services/rosterimportservice.h"
#include "services/userservice.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

namespace {
const QDate kToday(2026, 12, 15);
const QDate kMonth(2026, 12, 1);

struct Expected
{
    QSet<QString> households;
    int persons = 0;
    Fen fen = 0;
    int cases = 0;
};

QString fixture(const char *name)
{
    return qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/") + QLatin1String(name);
}
} // namespace

class TestMonthlyReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;
    QMap<QString, Expected> m_expected; // measure key → the whole county's figure, worked out here
    QString m_lowered;                  // a case whose amount a December review lowered
    Fen m_before = 0;

    // The figures by the definitions in the issue and DOMAIN, written without MonthlyReport.
    void workOutExpected()
    {
        CaseService cases(*m_session);
        HouseholdService households(*m_session);
        Result<QList<CaseRow>> all = cases.list({}, kToday);
        QVERIFY(all);
        const QDate end = kMonth.addMonths(1).addDays(-1);
        // Pass 1: who is paid as 特困 this month, person by person.
        QSet<QString> tekunPeople;
        QHash<QString, Household> loaded;
        const auto household = [&](const QString &id) -> const Household & {
            if (!loaded.contains(id))
                loaded.insert(id, *households.get(id));
            return loaded[id];
        };
        const auto paidThisMonth = [&](const Case &c) -> Fen {
            if (c.programme != CaseProgramme::Dibao && c.programme != CaseProgramme::Tekun)
                return 0;
            if (!c.entitlementStart.isValid() || c.entitlementStart > end)
                return 0;
            const bool running = c.state == CaseState::Approved;
            const bool stoppedLater =
                (c.state == CaseState::Stopped || c.state == CaseState::Terminated) && c.decidedOn >= kMonth;
            return running || stoppedLater ? c.monthlyOn(kMonth) : 0;
        };
        const auto namedInDecision = [](const Case &c) {
            QSet<QString> ids;
            for (const QJsonValue &v : c.decisionAssessment[QStringLiteral("extreme_poverty")].toArray())
                ids.insert(v[QStringLiteral("person_id")].toString());
            return ids;
        };
        for (const CaseRow &r : *all) {
            if (r.c.programme != CaseProgramme::Tekun || paidThisMonth(r.c) == 0)
                continue;
            const QSet<QString> named = namedInDecision(r.c);
            for (const Person &p : household(r.c.householdId).members) {
                if (p.exclusion == Exclusion::None && (named.isEmpty() || named.contains(p.meta.id)))
                    tekunPeople.insert(p.meta.id);
            }
        }
        for (const CaseRow &r : *all) {
            const Case &c = r.c;
            const Household &h = household(c.householdId);
            const QString code = Case::programmeCode(c.programme);
            if (c.programme == CaseProgramme::TemporaryUrgent || c.programme == CaseProgramme::TemporaryExpenditure) {
                // Money paid first counts when it was paid; the rest of the decided amount when decided.
                Expected &e = m_expected[QStringLiteral("temporary.") + code];
                QDate paidFirst;
                for (const CaseHistory &step : c.history) {
                    if (step.event == QLatin1String("pay_first"))
                        paidFirst = step.at.toLocalTime().date();
                }
                if (paidFirst >= kMonth && paidFirst <= end) {
                    e.households.insert(c.householdId);
                    e.fen += c.paidFirstFen;
                    ++e.cases;
                }
                const bool decided = c.state == CaseState::Approved || c.state == CaseState::Completed;
                if (decided && c.decidedOn >= kMonth && c.decidedOn <= end) {
                    e.households.insert(c.householdId);
                    e.fen += c.monthlyFen - (paidFirst.isValid() ? c.paidFirstFen : 0);
                    e.cases += paidFirst.isValid() ? 0 : 1;
                }
                continue;
            }
            if (c.programme != CaseProgramme::Dibao && c.programme != CaseProgramme::Tekun)
                continue;
            QList<Person> covered;
            const QSet<QString> named = namedInDecision(c);
            for (const Person &p : h.members) {
                if (p.exclusion != Exclusion::None)
                    continue;
                if (c.programme == CaseProgramme::Tekun ? named.isEmpty() || named.contains(p.meta.id)
                                                        : !tekunPeople.contains(p.meta.id))
                    covered << p;
            }
            const auto count = [&](const QString &key, int persons, Fen fen) {
                Expected &e = m_expected[key];
                e.households.insert(c.householdId);
                e.persons += persons;
                e.fen += fen;
            };
            if ((c.state == CaseState::Stopped || c.state == CaseState::Terminated) && c.decidedOn >= kMonth &&
                c.decidedOn <= end)
                count(QStringLiteral("stopped.") + code, int(covered.size()), 0);
            const Fen paid = paidThisMonth(c);
            if (paid == 0)
                continue;
            count(code, int(covered.size()), paid);
            if (c.entitlementStart >= kMonth)
                count(QStringLiteral("new.") + code, int(covered.size()), paid);
            for (int i = 1; i < c.amounts.size(); ++i) { // the periods after the first decision's
                if (c.amounts[i].from >= kMonth && c.amounts[i].from <= end) {
                    count(QStringLiteral("changed.") + code, 0, paid);
                    break;
                }
            }
            int elderly = 0, minors = 0, disabled = 0, ill = 0;
            for (const Person &p : covered) {
                const int age = p.ageAt(kMonth);
                elderly += age >= 60;
                minors += age < 18;
                disabled += p.disabilityGrade == 1 || p.disabilityGrade == 2;
                ill += p.health == Health::Serious;
                if (c.programme == CaseProgramme::Tekun) {
                    const int failed = p.selfCareFailed ? int(p.selfCareFailed->size()) : -1;
                    QString level = failed < 0    ? QStringLiteral("unassessed")
                                    : failed == 0 ? QStringLiteral("self")
                                    : failed < 4  ? QStringLiteral("partial")
                                                  : QStringLiteral("full");
                    for (const QJsonValue &v : c.decisionAssessment[QStringLiteral("extreme_poverty")].toArray()) {
                        if (v[QStringLiteral("person_id")].toString() == p.meta.id)
                            level = v[QStringLiteral("care_level")].toString();
                    }
                    count(QStringLiteral("tekun.care.") + level, 1, 0);
                }
            }
            for (const auto &[what, n] : {std::pair{"elderly", elderly}, std::pair{"minor", minors},
                                          std::pair{"severe_disability", disabled}, std::pair{"serious_illness", ill}}) {
                if (n > 0)
                    count(code + u'.' + QLatin1String(what), n, 0);
            }
        }
    }

    // What the households of a figure were paid for 低保 in the report's month.
    Fen paidIn(const MonthlyReport &report, const QString &key)
    {
        Fen sum = 0;
        CaseService cases(*m_session);
        for (const QString &id : report.total().figure(key).householdIds) {
            const Result<QList<Case>> theirs = cases.forHousehold(id); // held: a range-for over *temporary dangles
            if (!theirs)
                return -1;
            for (const Case &c : *theirs) {
                if (c.programme == CaseProgramme::Dibao)
                    sum += c.paidForMonth(report.month);
            }
        }
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        doudi::installTranslations(QStringLiteral("zh_CN"));
        // The demo's applications were walked through over the last year and a half.
        Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::LocalTime));
        ProfileSetup setup;
        setup.user = QStringLiteral("county");
        setup.password = QStringLiteral("Yiyuan-minzheng-2026");
        setup.role = QStringLiteral("county");
        setup.scope = QStringLiteral("370323000000");
        setup.iterations = ProfileService::kMinKdfCost;
        Result<std::unique_ptr<Session>> created = ProfileService::create(m_tmp.filePath(QStringLiteral("p")), setup, nullptr);
        QVERIFY2(created, created ? "" : qPrintable(created.error().fullText()));
        m_session = std::move(created).value();
        Session &s = *m_session;
        QVERIFY(PolicyService(s).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")));
        DemoData demo(AreaRegistry::builtIn(), 1612);
        QList<Household> many;
        for (int i = 0; i < 600; ++i)
            many << demo.household();
        QVERIFY(HouseholdService(s).importMany(many, 600));
        QVERIFY(DemoCases::add(s, 400, Clock::today()));

        // In December: a roster of two households carried over, one of them entitled from
        // December; a paid household stopped; urgent aid paid first.
        Clock::setFixed(QDateTime(kToday, QTime(9, 0), Qt::LocalTime));
        RosterImportService rosters(s);
        Result<RosterFile> file = rosters.open(fixture("roster.xlsx"));
        QVERIFY(file);
        file->sheet.rows[4][8] = QStringLiteral("2026-12"); // 赵长顺 (特困): from this month
        Result<RosterPlan> plan = rosters.check(*file, file->mapping, kToday);
        QVERIFY(plan && plan->ok());
        QVERIFY(rosters.commit(*plan, *file, file->mapping, kToday));
        CaseService cases(s);
        Result<QList<CaseRow>> paid = cases.list({CaseState::Approved}, kToday);
        QVERIFY(paid);
        QString stopped;
        for (const CaseRow &r : *paid) {
            if (r.c.programme == CaseProgramme::Dibao && r.c.history.first().event == QLatin1String("submit")) {
                stopped = r.c.id;
                break;
            }
        }
        QVERIFY(!stopped.isEmpty());
        for (const CaseRow &r : *paid) {
            if (r.c.id != stopped && r.c.programme == CaseProgramme::Dibao && r.c.monthlyFen > 20000 &&
                r.c.history.first().event == QLatin1String("submit")) {
                m_lowered = r.c.id;
                m_before = r.c.monthlyFen;
                break;
            }
        }
        QVERIFY(!m_lowered.isEmpty());
        QVERIFY(cases.advance(m_lowered,
                              {QStringLiteral("review"),
                               {{QStringLiteral("outcome"), QStringLiteral("decrease")},
                                {QStringLiteral("monthly_fen"), double(m_before - 10000)},
                                {QStringLiteral("note"), QString::fromUtf8("儿子外出务工，收入增加")}}},
                              kToday));
        QVERIFY(cases.advance(stopped,
                              {QStringLiteral("review"),
                               {{QStringLiteral("outcome"), QStringLiteral("stop")},
                                {QStringLiteral("reason"), QStringLiteral("income_over_standard")},
                                {QStringLiteral("note"), QString::fromUtf8("外出务工收入稳定")}}},
                              kToday));
        Result<QList<HouseholdSummary>> someone = HouseholdService(s).list(590, 1);
        QVERIFY(someone && !someone->isEmpty());
        TemporaryRequest quick;
        quick.quick = true;
        quick.requestedFen = 50000;
        QVERIFY(cases.grantTemporary(someone->first().id, quick, QString::fromUtf8("房屋失火"), kToday));
        workOutExpected();
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    void theCountyFiguresAreTheOnesWorkedOutFromTheCases()
    {
        Result<MonthlyReport> report = ReportService(*m_session).monthly(kMonth);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
        QCOMPARE(report->scope, QStringLiteral("370323000000"));
        const ReportArea &county = report->total();
        for (const ReportMeasure &m : MonthlyReport::measures()) {
            const QString key = QLatin1String(m.key);
            const ReportFigure got = county.figure(key);
            const Expected want = m_expected.value(key);
            QVERIFY2(got.householdIds == want.households, qPrintable(key));
            QVERIFY2(got.persons == want.persons,
                     qPrintable(QStringLiteral("%1: %2 persons, expected %3").arg(key).arg(got.persons).arg(want.persons)));
            QVERIFY2(got.fen == want.fen,
                     qPrintable(QStringLiteral("%1: %2 fen, expected %3").arg(key).arg(got.fen).arg(want.fen)));
            if (m.cases)
                QVERIFY2(got.cases == want.cases, qPrintable(key));
        }
        // The data has something in each part the issue names.
        for (const char *key : {"dibao", "tekun", "dibao.elderly", "dibao.minor", "new.tekun", "stopped.dibao",
                                "temporary.temporary_urgent", "tekun.care.self", "tekun.care.unassessed"})
            QVERIFY2(county.figure(QLatin1String(key)).households() > 0, key);
        QCOMPARE(county.figure(QStringLiteral("new.tekun")).fen, Fen(133150));
        QCOMPARE(county.figure(QStringLiteral("temporary.temporary_urgent")).fen, Fen(50000));
    }

    // Villages add up to their township, townships to the county; the JSON says the same.
    void everyAreaAddsUpToTheWhole()
    {
        Result<MonthlyReport> report = ReportService(*m_session).monthly(kMonth);
        QVERIFY(report);
        for (const ReportMeasure &m : MonthlyReport::measures()) {
            const QString key = QLatin1String(m.key);
            QHash<QString, ReportFigure> townships;
            ReportFigure villages;
            ReportFigure fromTownships;
            for (const ReportArea &a : report->areas) {
                const ReportFigure f = a.figure(key);
                if (a.depth == 1) {
                    fromTownships.householdIds += f.householdIds;
                    fromTownships.persons += f.persons;
                    fromTownships.fen += f.fen;
                    townships.insert(a.code, f);
                } else if (a.depth == 2) {
                    villages.householdIds += f.householdIds;
                    villages.persons += f.persons;
                    villages.fen += f.fen;
                    QVERIFY(townships.value(a.code.left(9) + QStringLiteral("000")).householdIds.contains(f.householdIds));
                }
            }
            for (const ReportFigure &sum : {villages, fromTownships}) {
                QCOMPARE(sum.householdIds, report->total().figure(key).householdIds);
                QCOMPARE(sum.persons, report->total().figure(key).persons);
                QCOMPARE(sum.fen, report->total().figure(key).fen);
            }
        }
        const QJsonObject json = report->toJson();
        QCOMPARE(json[QStringLiteral("month")].toString(), QStringLiteral("2026-12"));
        const QJsonObject dibao =
            json[QStringLiteral("areas")].toArray().first()[QStringLiteral("figures")][QStringLiteral("dibao")].toObject();
        QCOMPARE(dibao[QStringLiteral("fen")].toInteger(), report->total().figure(QStringLiteral("dibao")).fen);
    }

    // A review in December lowers the amount from January: December is paid, and reported, at the
    // old amount; January's report counts the change.
    void aReviewChangesTheAmountFromTheNextMonth()
    {
        Result<Case> c = CaseService(*m_session).get(m_lowered);
        QVERIFY(c);
        QCOMPARE(c->paidForMonth(kMonth), m_before);
        QCOMPARE(c->paidForMonth(QDate(2027, 1, 1)), m_before - 10000);
        Result<MonthlyReport> december = ReportService(*m_session).monthly(kMonth);
        Result<MonthlyReport> january = ReportService(*m_session).monthly(QDate(2027, 1, 1));
        QVERIFY(december && january);
        QVERIFY(!december->total().figure(QStringLiteral("changed.dibao")).householdIds.contains(c->householdId));
        QVERIFY(january->total().figure(QStringLiteral("changed.dibao")).householdIds.contains(c->householdId));
        // The stopped household was paid for December and is not for January.
        QCOMPARE(january->total().figure(QStringLiteral("dibao")).fen, december->total().figure(QStringLiteral("dibao")).fen -
                                                                           10000 -
                                                                           paidIn(*december, QStringLiteral("stopped.dibao")));
    }

    void aFigureOpensToItsHouseholds()
    {
        ReportService reports(*m_session);
        Result<MonthlyReport> report = reports.monthly(kMonth);
        QVERIFY(report);
        const ReportFigure stopped = report->total().figure(QStringLiteral("stopped.dibao"));
        Result<QList<HouseholdSummary>> behind = reports.households(stopped);
        QVERIFY(behind);
        QCOMPARE(behind->size(), stopped.households());
        QVERIFY(stopped.householdIds.contains(behind->first().id));
    }

    // A township's report has only its own households; its 代发清单 pays the same money.
    void aTownshipsReportAndItsPaymentListAgree()
    {
        const QString township = QStringLiteral("370323102000");
        Result<MonthlyReport> report = ReportService(*m_session).monthly(kMonth, township);
        QVERIFY(report);
        QCOMPARE(report->total().name, QString::fromUtf8("鲁村镇"));
        Result<OutputSheet> list = ListService(*m_session).paymentList(township, kMonth);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message()));
        const ReportFigure dibao = report->total().figure(QStringLiteral("dibao"));
        const ReportFigure tekun = report->total().figure(QStringLiteral("tekun"));
        QCOMPARE(list->rows.size(), dibao.households() + tekun.households()); // no household has both here
        QCOMPARE(list->totals.value(6).toLongLong(), dibao.fen + tekun.fen);
        QCOMPARE(list->totals.value(5).toInt(), dibao.persons + tekun.persons);
        Fen sum = 0;
        for (const QVariantList &row : list->rows)
            sum += row.value(6).toLongLong();
        QCOMPARE(sum, dibao.fen + tekun.fen);
        // Written as a workbook only its owner reads; the total as yuan.
        const QString path = m_tmp.filePath(QStringLiteral("pay.xlsx"));
        QVERIFY(ListService(*m_session).write({*list}, path, QStringLiteral("payments")));
        Result<QList<Sheet>> back = SpreadsheetReader::read(path);
        QVERIFY(back);
        QCOMPARE(back->first().rows.last().value(6),
                 money::formatYuan(dibao.fen + tekun.fen).remove(QRegularExpression(QStringLiteral("\\.?0+$"))));
    }

    void aVillageHelper_cannotExport()
    {
        QVERIFY(UserService(*m_session)
                    .add({QStringLiteral("village"),
                          QString::fromUtf8("孙丽"),
                          QStringLiteral("village"),
                          {QStringLiteral("370323102206")}},
                         QStringLiteral("Yiyuan-minzheng-2026")));
        Result<std::unique_ptr<Session>> village = ProfileService::unlock(
            m_tmp.filePath(QStringLiteral("p")), QStringLiteral("village"), QStringLiteral("Yiyuan-minzheng-2026"));
        QVERIFY(village);
        QCOMPARE(ListService(**village).households().error().code(), ErrorCode::NotAllowed);
        QCOMPARE(ListService(**village).paymentList(QStringLiteral("370323102000"), kMonth).error().code(),
                 ErrorCode::NotAllowed);
        // The report of the helper's own village may be seen; the township's may not.
        QVERIFY(ReportService(**village).monthly(kMonth));
        QCOMPARE(ReportService(**village).monthly(kMonth, QStringLiteral("370323102000")).error().code(), ErrorCode::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestMonthlyReport)
#include "tst_monthlyreport.moc"
