#include "services/householdservice.h"

#include "identity/areacode.h"
#include "storage/caserepository.h"
#include "storage/profile.h"

namespace doudi::core {

HouseholdService::HouseholdService(Profile &profile)
    : m_profile(profile), m_repo(profile.database(), profile.changes()),
      m_search(profile.database(), AreaRegistry::builtIn())
{
}

Result<Household> HouseholdService::add(const QJsonObject &json)
{
    QJsonObject input = json;
    input.remove(QStringLiteral("id")); // a new household always gets a new id
    return saveJson(input);
}

Result<Household> HouseholdService::update(const QString &id, const QJsonObject &json)
{
    if (Result<Household> existing = m_repo.load(id); !existing)
        return existing;
    QJsonObject input = json;
    input.insert(QStringLiteral("id"), id);
    return saveJson(input);
}

Result<Household> HouseholdService::saveJson(const QJsonObject &json)
{
    Result<Household> h = Household::fromJson(json);
    if (!h)
        return h;
    if (Status st = save(*h); !st)
        return st.error();
    return h;
}

Status HouseholdService::save(Household &h)
{
    if (Status st = m_repo.save(h); !st)
        return st;
    return m_search.refreshHousehold(h.meta.id);
}

Result<Household> HouseholdService::get(const QString &id)
{
    return m_repo.load(id);
}

Result<QList<ChangeLog::AuditEntry>> HouseholdService::auditTrail(const Household &h)
{
    QStringList ids = {h.meta.id};
    for (const Person &p : h.members)
        ids << p.meta.id;
    for (const Income &i : h.incomes)
        ids << i.meta.id;
    for (const Asset &a : h.assets)
        ids << a.meta.id;
    for (const Expenditure &e : h.expenditures)
        ids << e.meta.id;
    for (const Obligor &o : h.obligors)
        ids << o.meta.id;
    return m_profile.changes().entriesFor(ids);
}

Status HouseholdService::remove(const QString &id)
{
    if (Status st = m_repo.remove(id); !st)
        return st;
    return m_search.refreshHousehold(id);
}

Result<qint64> HouseholdService::count()
{
    return m_repo.count();
}

Result<QList<HouseholdSummary>> HouseholdService::list(int offset, int limit)
{
    return m_repo.list(offset, limit);
}

Result<QList<SearchHit>> HouseholdService::search(const QString &text, int limit)
{
    return m_search.search(text, limit);
}

Result<QList<HouseholdRow>> HouseholdService::find(const QString &text, const HouseholdFilter &filter, int limit)
{
    const QStringList scopes = m_profile.scopes();
    const auto within = [&](const QString &area) {
        if (!area.startsWith(filter.areaPrefix))
            return false;
        return scopes.isEmpty() || std::any_of(scopes.cbegin(), scopes.cend(), [&](const QString &s) { return s.isEmpty() || AreaCode::contains(s, area); });
    };
    QList<HouseholdRow> rows;
    if (text.trimmed().isEmpty()) {
        // Browse: each scope narrowed by the chosen area, when the two overlap.
        QStringList prefixes;
        for (const QString &scope : scopes.isEmpty() ? QStringList{QString()} : scopes) {
            const QString sp = scope.isEmpty() ? QString() : AreaCode::prefix(scope);
            if (filter.areaPrefix.startsWith(sp))
                prefixes << filter.areaPrefix;
            else if (sp.startsWith(filter.areaPrefix))
                prefixes << sp;
        }
        for (const QString &prefix : std::as_const(prefixes)) {
            HouseholdFilter narrowed = filter;
            narrowed.areaPrefix = prefix;
            Result<QList<HouseholdSummary>> found = m_repo.browse(narrowed, limit);
            if (!found)
                return found.error();
            for (const HouseholdSummary &h : *found)
                rows.append({h.id, h.headName, h.headName, h.headIdNumber, h.areaCode, {}, {}});
        }
    } else {
        // Filters narrow the hits, so ask for more of them first.
        const bool narrowing = !filter.areaPrefix.isEmpty() || filter.hasCaseFilter() || !scopes.isEmpty();
        Result<QList<SearchHit>> hits = m_search.search(text, narrowing ? std::max(limit, 2000) : limit);
        if (!hits)
            return hits.error();
        for (const SearchHit &h : *hits) {
            if (within(h.areaCode))
                rows.append({h.householdId, h.name, h.headName, h.idNumber, h.areaCode, {}, {}});
        }
    }
    QStringList ids;
    for (const HouseholdRow &r : std::as_const(rows))
        ids << r.householdId;
    Result<QMultiHash<QString, CaseRepository::Brief>> briefs = CaseRepository(m_profile.database(), m_profile.changes()).briefsFor(ids);
    if (!briefs)
        return briefs.error();
    QList<HouseholdRow> out;
    for (HouseholdRow &r : rows) {
        // QMultiHash gives the newest insert first: the latest application leads.
        const QList<CaseRepository::Brief> all = briefs->values(r.householdId);
        const CaseRepository::Brief *shown = nullptr;
        for (const CaseRepository::Brief &b : all) {
            if (filter.hasCaseFilter()) {
                if ((filter.programme.isEmpty() || b.programme == filter.programme)
                    && (filter.state.isEmpty() || b.state == filter.state)) {
                    shown = &b;
                    break;
                }
            } else if (!shown || (b.open && !shown->open)) {
                shown = &b; // the newest open application, else the newest
            }
        }
        if (filter.hasCaseFilter() && !shown)
            continue;
        if (shown) {
            r.programme = shown->programme;
            r.state = shown->state;
        }
        out << r;
        if (out.size() == limit)
            break;
    }
    return out;
}

Result<int> HouseholdService::importMany(QList<Household> households, int batchSize,
                                         const std::function<bool(int)> &progress)
{
    int saved = 0;
    for (int start = 0; start < households.size(); start += batchSize) {
        const int end = std::min<int>(start + batchSize, int(households.size()));
        Status st = m_profile.database().transaction([&]() -> Status {
            for (int i = start; i < end; ++i) {
                if (Status s = m_repo.save(households[i]); !s)
                    return Error(s.error().code(), tr("Household %1: %2").arg(i + 1).arg(s.error().message()),
                                 s.error().detail());
            }
            return {};
        });
        if (!st)
            return st.error();
        for (int i = start; i < end; ++i) {
            if (Status s = m_search.refreshHousehold(households[i].meta.id); !s)
                return s.error();
        }
        saved = end;
        if (progress && !progress(saved))
            break;
    }
    return saved;
}

} // namespace doudi::core
