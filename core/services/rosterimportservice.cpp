#include "services/rosterimportservice.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "services/householdservice.h"
#include "services/listservice.h"
#include "services/policyservice.h"
#include "services/sessionaccess.h"
#include "spreadsheet/spreadsheetreader.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"
#include "storage/rostermappingrepository.h"
#include "workflow/workflow.h"

#include <QFileInfo>

namespace doudi::core {

namespace {
// Debian's SQLCipher takes at most 999 values in one statement (SQLITE_MAX_VARIABLE_NUMBER).
constexpr int kIdsPerQuery = 500;

// A household is saved with its case and their outbox and audit rows: progress is told this
// often (and a cancel noticed) rather than after each.
constexpr int kProgressEvery = 25;

// The ID numbers of a plan's members, each with the row of the file it came from.
QHash<QString, int> rowsOfIds(const RosterPlan &plan)
{
    QHash<QString, int> rows;
    for (const RosterHousehold &h : plan.households) {
        for (int i = 0; i < h.household.members.size(); ++i)
            rows.insert(h.household.members[i].idNumber, h.rows.value(i));
    }
    return rows;
}

Result<QList<RegisteredElsewhere>> registeredElsewhere(HouseholdRepository &repo, const QStringList &ids)
{
    QList<RegisteredElsewhere> all;
    for (int i = 0; i < ids.size(); i += kIdsPerQuery) {
        Result<QList<RegisteredElsewhere>> some = repo.registeredElsewhere(ids.mid(i, kIdsPerQuery), QString());
        if (!some)
            return some.error();
        all += *some;
    }
    return all;
}

} // namespace

struct RosterImportService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)) {}
    Session &session;
    Profile &profile;
};

RosterImportService::RosterImportService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

RosterImportService::~RosterImportService() = default;

Result<RosterFile> RosterImportService::open(const QString &path)
{
    if (Status st = m_auth.require(Permission::ImportRosters); !st)
        return st.error();
    Result<QList<Sheet>> sheets = SpreadsheetReader::read(path);
    if (!sheets)
        return sheets.error();
    RosterMappingRepository remembered(d->profile.database());
    std::optional<RosterFile> guessed;
    std::optional<RosterFile> firstWithRows;
    for (const Sheet &sheet : std::as_const(*sheets)) {
        RosterFile file{QFileInfo(path).fileName(), sheet, {}, false};
        // A layout confirmed before, on any of the rows where headers could be.
        for (int row = 0; row < qMin(20, int(sheet.rows.size())); ++row) {
            Result<std::optional<QJsonObject>> json = remembered.load(RosterMapping::layoutKey(sheet.rows[row]));
            if (!json)
                return json.error();
            QString error;
            std::optional<RosterMapping> mapping = *json ? RosterMapping::fromJson(**json, &error) : std::nullopt;
            if (mapping) {
                file.mapping = *mapping;
                file.mapping.headerRow = row;
                file.remembered = true;
                return file;
            }
        }
        if (!firstWithRows && !sheet.rows.isEmpty())
            firstWithRows = file;
        if (!guessed) {
            file.mapping = RosterMapping::guess(sheet);
            if (!file.mapping.columns.isEmpty())
                guessed = file;
        }
    }
    if (guessed)
        return *guessed;
    if (firstWithRows)
        return *firstWithRows; // no header known: the person maps every column
    return Error(ErrorCode::InvalidInput, tr("The file holds no rows."));
}

Result<RosterPlan> RosterImportService::check(const RosterFile &file, const RosterMapping &mapping, const QDate &today)
{
    if (Status st = m_auth.require(Permission::ImportRosters); !st)
        return st.error();
    RosterPlan plan = RosterPlan::read(file.sheet, mapping, AreaRegistry::current(), today);
    const QString villageColumn = columnLetters(mapping.column(RosterField::Village));
    const QString idColumn = columnLetters(mapping.column(RosterField::IdNumber));
    for (const RosterHousehold &h : std::as_const(plan.households)) {
        if (!m_auth.covers(h.household.areaCode))
            plan.problems.append({h.rows.value(0), villageColumn, RosterMapping::fieldLabel(RosterField::Village),
                                  AreaRegistry::current().name(h.household.areaCode),
                                  tr("Outside your area of work: a roster is imported by the office the village belongs to.")});
    }
    const QHash<QString, int> rows = rowsOfIds(plan);
    HouseholdRepository repo(d->profile.database(), d->profile.changes());
    Result<QList<RegisteredElsewhere>> elsewhere = registeredElsewhere(repo, rows.keys());
    if (!elsewhere)
        return elsewhere.error();
    for (const RegisteredElsewhere &e : std::as_const(*elsewhere))
        plan.problems.append({rows.value(e.idNumber), idColumn, RosterMapping::fieldLabel(RosterField::IdNumber), e.idNumber,
                              HouseholdService::describe(e)});
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const RosterProblem &a, const RosterProblem &b) { return a.row < b.row; });
    return plan;
}

Result<RosterImported> RosterImportService::commit(const RosterPlan &plan, const RosterFile &file, const RosterMapping &mapping,
                                                   const QDate &today, const Progress &progress)
{
    if (!plan.ok())
        return Error(ErrorCode::InvalidInput, tr("The file has problems (%n): fix them in the file first; nothing was imported.",
                                                 nullptr, int(plan.problems.size())));
    for (const RosterHousehold &h : plan.households) {
        if (Status st = m_auth.require(Permission::ImportRosters, h.household.areaCode, h.household.meta.id); !st)
            return st.error();
    }
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    const Workflow workflow(*policy);
    const Actor actor{d->profile.user(), d->profile.role(), today, Clock::nowUtc()};
    HouseholdRepository households(d->profile.database(), d->profile.changes());
    CaseRepository cases(d->profile.database(), d->profile.changes());
    const int total = int(plan.households.size());
    RosterImported done;
    QStringList saved;
    Status st = d->profile.database().transaction([&]() -> Status {
        // Checked again inside the transaction: another window or process may have added one
        // of these people since the check.
        Result<QList<RegisteredElsewhere>> elsewhere = registeredElsewhere(households, rowsOfIds(plan).keys());
        if (!elsewhere)
            return elsewhere.error();
        if (!elsewhere->isEmpty())
            return Error(
                ErrorCode::Stale,
                tr("Since the file was checked, %1 Check the file again.").arg(HouseholdService::describe(elsewhere->first())));
        for (int i = 0; i < total; ++i) {
            const RosterHousehold &r = plan.households[i];
            Household h = r.household;
            if (Status s = households.save(h); !s)
                return Error(s.error().code(), tr("Row %1: %2").arg(r.rows.value(0)).arg(s.error().message()),
                             s.error().detail());
            Result<Case> c =
                workflow.carryOver(RandomSource::uuidString(), h.meta.id, h.areaCode, r.programme, r.monthlyFen, r.since, actor);
            if (!c)
                return Error(c.error().code(), tr("Row %1: %2").arg(r.rows.value(0)).arg(c.error().message()));
            c->baseline = h.toJson(); // the next review shows what changed since the carry-over
            c->baselineOn = today;
            const CaseStepRecord step{QStringLiteral("carry_over"),
                                      {{QStringLiteral("programme"), Case::programmeCode(r.programme)},
                                       {QStringLiteral("monthly_fen"), double(r.monthlyFen)},
                                       {QStringLiteral("since"), c->entitlementStart.toString(Qt::ISODate)},
                                       {QStringLiteral("file"), file.fileName.left(200)},
                                       {QStringLiteral("row"), r.rows.value(0)}},
                                      actor.user,
                                      actor.role,
                                      actor.at,
                                      CaseState::Approved,
                                      CaseState::Approved,
                                      false};
            if (Status s = cases.save(*c, step); !s)
                return Error(s.error().code(), tr("Row %1: %2").arg(r.rows.value(0)).arg(s.error().message()));
            saved << h.meta.id;
            done.persons += int(h.members.size());
            done.monthlyFen += r.monthlyFen;
            if (progress && ((i + 1) % kProgressEvery == 0 || i + 1 == total) && !progress(i + 1, total))
                return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was saved."));
        }
        // Remembered under the header row the person confirmed, which may not be the one guessed.
        return RosterMappingRepository(d->profile.database())
            .save(RosterMapping::layoutKey(file.sheet.rows.value(mapping.headerRow)), mapping.toJson());
    });
    if (!st)
        return st.error();
    done.households = int(saved.size());
    // Everything is saved: a search index that fails to catch up now is rebuilt by the next
    // search (it follows the store's data version), so it must not turn the import into an error
    // that a second try would then meet as "already registered".
    HouseholdService search(d->session);
    for (const QString &id : std::as_const(saved))
        (void)search.refreshSearch(id);
    return done;
}

Status RosterImportService::writeReport(const RosterPlan &plan, const QString &path)
{
    if (Status st = m_auth.require(Permission::ImportRosters); !st)
        return st;
    OutputSheet sheet;
    sheet.name = tr("Problems");
    sheet.title = tr("Roster check: %n row(s) read, %1 problem(s)", nullptr, plan.rows).arg(plan.problems.size());
    sheet.columns = {{tr("Row"), OutputColumn::Kind::Integer, 8},
                     {tr("Column"), OutputColumn::Kind::Text, 8},
                     {tr("Field"), OutputColumn::Kind::Text, 16},
                     {tr("Value"), OutputColumn::Kind::Text, 24},
                     {tr("Problem"), OutputColumn::Kind::Text, 70}};
    for (const RosterProblem &p : plan.problems)
        sheet.rows << QVariantList{p.row, p.column, p.field, p.value, p.reason};
    // It quotes the file's ID numbers and names households on record: written and audited as any list.
    return ListService(d->session).write({sheet}, path, QStringLiteral("roster_report"));
}

} // namespace doudi::core
