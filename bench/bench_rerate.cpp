// 调标 benchmark: a profile of demo households, every one the 2025 policy pays (低保 or 特困)
// made a paid case decided on 2025-06-17, then the 2026 standards applied from 2026-07-01:
// the list worked out (RerateService::preview) and applied as one batch. Prints JSON; never
// asserts. The paid cases are written straight into the store (a workflow walk per case would
// time the demo, not the 调标).
//   bench_rerate [households=2000]
#include "common/clock.h"
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "policy/assessor.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rerateservice.h"
#include "services/sessionaccess.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/householdrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace doudi::core;

namespace {
int fail(const QString &what, const Error &e)
{
    QTextStream(stderr) << what << ": " << e.message() << '\n';
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 2000;
    QTemporaryDir tmp;
    ProfileSetup setup;
    setup.user = QStringLiteral("county");
    setup.password = QStringLiteral("Zhang-sanfeng-2026");
    setup.role = QStringLiteral("county");
    setup.scope = QStringLiteral("370323000000");
    setup.iterations = ProfileService::kMinKdfCost;
    QString code;
    Result<std::unique_ptr<Session>> created = ProfileService::create(tmp.filePath(QStringLiteral("p")), setup, &code);
    if (!created)
        return fail(QStringLiteral("profile"), created.error());
    Session &s = **created;
    Clock::setFixed(QDateTime(QDate(2026, 7, 2), QTime(9, 0), Qt::LocalTime));
    if (Result<StoredPolicy> p = PolicyService(s).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")); !p)
        return fail(QStringLiteral("policy"), p.error());

    QElapsedTimer timer;
    timer.start();
    DemoData demo(AreaRegistry::builtIn(), 2026);
    QList<Household> many;
    for (int i = 0; i < n; ++i)
        many << demo.household();
    if (Result<int> r = HouseholdService(s).importMany(many, 1000); !r)
        return fail(QStringLiteral("households"), r.error());
    const double importSeconds = double(timer.restart()) / 1000.0;

    // Every household the 2025 policy pays, decided on 2025-06-17 with its household as baseline.
    Profile &profile = SessionAccess::profile(s);
    HouseholdRepository households(profile.database(), profile.changes());
    CaseRepository cases(profile.database(), profile.changes());
    const Result<QList<HouseholdSummary>> all = HouseholdService(s).list(0, n);
    if (!all)
        return fail(QStringLiteral("list"), all.error());
    const Result<PolicyBook> policy = PolicyService(s).current();
    if (!policy)
        return fail(QStringLiteral("policy"), policy.error());
    const Assessor assessor(*policy);
    AssessOptions options;
    options.date = QDate(2025, 6, 17);
    int paid = 0;
    const Status made = profile.database().transaction([&]() -> Status {
        for (const HouseholdSummary &summary : *all) {
            Result<Household> h = households.load(summary.id);
            if (!h)
                return h.error();
            Result<Assessment> a = assessor.assess(*h, options);
            if (!a)
                continue;
            Case c;
            c.programme = a->programme == Programme::Tekun ? CaseProgramme::Tekun : CaseProgramme::Dibao;
            if (!a->supports(c.programme) || a->monthlyFor(c.programme) <= 0)
                continue;
            c.id = RandomSource::uuidString();
            c.householdId = h->meta.id;
            c.areaCode = h->areaCode;
            c.state = CaseState::Approved;
            c.monthlyFen = a->monthlyFor(c.programme);
            c.decidedOn = options.date;
            c.entitlementStart = QDate(2025, 7, 1);
            c.nextReview = QDate(2026, 6, 17);
            c.baseline = h->toJson();
            c.baselineOn = options.date;
            const CaseStepRecord step{QStringLiteral("confirm"), {},
                                      QStringLiteral("county"),  QStringLiteral("county"),
                                      Clock::nowUtc(),           CaseState::AwaitingConfirmation,
                                      CaseState::Approved,       false};
            if (Status st = cases.save(c, step); !st)
                return st;
            ++paid;
        }
        return {};
    });
    if (!made)
        return fail(QStringLiteral("cases"), made.error());
    const double casesSeconds = double(timer.restart()) / 1000.0;

    RerateService rerate(s);
    Result<RerateList> list = rerate.preview(QDate(2026, 7, 1), {}, QDate(2026, 7, 2));
    if (!list)
        return fail(QStringLiteral("preview"), list.error());
    const double previewSeconds = double(timer.restart()) / 1000.0;
    Result<RerateApplied> applied = rerate.apply(*list, QDate(2026, 7, 2));
    if (!applied)
        return fail(QStringLiteral("apply"), applied.error());
    const double applySeconds = double(timer.restart()) / 1000.0;
    QJsonObject reasons;
    for (const RerateLine &l : list->lines) {
        const QString reason = RerateLine::reasonCode(l.reason);
        reasons.insert(reason, reasons.value(reason).toInt() + 1);
    }
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("rerate")},
                          {QStringLiteral("listed_by_reason"), reasons},
                          {QStringLiteral("households"), n},
                          {QStringLiteral("paid_cases"), paid},
                          {QStringLiteral("rerated"), applied->rerated},
                          {QStringLiteral("flagged"), list->flagged()},
                          {QStringLiteral("brought_forward_for_review"), applied->flagged}, // the others were due already
                          {QStringLiteral("unchanged"), list->unchanged},
                          {QStringLiteral("total_current_fen"), double(list->totalCurrentFen())},
                          {QStringLiteral("total_new_fen"), double(list->totalNewFen())},
                          {QStringLiteral("setup_import_s"), importSeconds},
                          {QStringLiteral("setup_cases_s"), casesSeconds},
                          {QStringLiteral("preview_s"), previewSeconds},
                          {QStringLiteral("apply_s"), applySeconds},
                          {QStringLiteral("rerate_s"), previewSeconds + applySeconds}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
