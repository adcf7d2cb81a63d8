#include "services/householdservice.h"

#include "common/clock.h"
#include "domain/householddiff.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "services/sessionaccess.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"
#include "storage/householdsearch.h"

namespace doudi::core {

struct HouseholdService::Private
{
    explicit Private(Session &s)
        : session(s), profile(SessionAccess::profile(s)), repo(profile.database(), profile.changes()),
          search(profile.database(), AreaRegistry::current())
    {
    }
    Session &session;
    Profile &profile;
    HouseholdRepository repo;
    HouseholdSearch search;
};

HouseholdService::HouseholdService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

HouseholdService::~HouseholdService() = default;

Status HouseholdService::prepareSearch()
{
    return d->search.warmUp();
}

Status HouseholdService::refreshSearch(const QString &id)
{
    return d->search.refreshHousehold(id);
}

Result<Household> HouseholdService::add(const QJsonObject &json, const QStringList &movedIn)
{
    QJsonObject input = json;
    input.remove(QStringLiteral("id")); // a new household always gets a new id
    return saveJson(input, {QString(), movedIn}, true);
}

Result<Household> HouseholdService::update(const QString &id, const QJsonObject &json, const HouseholdEdit &edit)
{
    // Where it is now must be the user's too: nobody moves a household in from elsewhere.
    if (Result<Household> existing = get(id); !existing)
        return existing;
    QJsonObject input = json;
    input.insert(QStringLiteral("id"), id);
    return saveJson(input, edit, false);
}

Result<Household> HouseholdService::saveJson(const QJsonObject &json, const HouseholdEdit &edit, bool isNew)
{
    Result<Household> h = Household::fromJson(json);
    if (!h)
        return h;
    if (Status st = save(*h, edit, isNew); !st)
        return st.error();
    return h;
}

Result<QList<RegisteredElsewhere>> HouseholdService::registeredElsewhere(const QJsonObject &json)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    QStringList numbers;
    for (const QJsonValue &m : json.value(QStringLiteral("members")).toArray()) {
        const QString n = IdNumber::normalize(m[QStringLiteral("id_number")].toString());
        if (!n.isEmpty())
            numbers << n;
    }
    return d->repo.registeredElsewhere(numbers, json.value(QStringLiteral("id")).toString());
}

QString HouseholdService::describe(const RegisteredElsewhere &e)
{
    return tr("%1 (ID number %2) is already registered in the household of %3, %4.")
        .arg(e.personName, IdNumber::mask(e.idNumber), e.headName, AreaRegistry::current().fullName(e.areaCode));
}

Result<QList<HouseholdChange>> HouseholdService::changes(const QString &householdId)
{
    if (Result<HouseholdSummary> s = summary(householdId); !s)
        return s.error();
    return d->repo.changes(householdId);
}

Status HouseholdService::save(Household &h, const HouseholdEdit &edit, bool isNew)
{
    if (Status st = m_auth.require(Permission::EditHouseholds, h.areaCode, h.meta.id); !st)
        return st;
    QStringList touched; // other households a move changed
    Status st = d->profile.database().transaction([&]() -> Status {
        if (Status s = takeInMoved(h, edit, touched); !s)
            return s;
        Household before;
        if (Status s = d->repo.save(h, &before); !s)
            return s;
        if (isNew)
            return {};
        // Refused after the write, which the transaction then takes back: the household as
        // stored is read once, by the save.
        const QStringList changes = HouseholdDiff::describe(before, h);
        if (changes.isEmpty())
            return {};
        if (edit.reason.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("Say why the household is changed (for example: a new job, a member moved away, a "
                            "typing mistake): the reason is kept with the change."));
        return d->repo.addChange({h.meta.id, Clock::nowUtc(), d->session.user(), edit.reason.trimmed().left(500), changes});
    });
    // Search follows what is stored, committed or rolled back (a new household has its id now).
    touched << h.meta.id;
    for (const QString &id : std::as_const(touched)) {
        if (Status s = d->search.refreshHousehold(id); !s && st)
            st = s;
    }
    return st;
}

Status HouseholdService::takeInMoved(const Household &h, const HouseholdEdit &edit, QStringList &touched)
{
    QStringList numbers;
    for (const Person &p : h.members) {
        if (!p.idNumber.isEmpty())
            numbers << p.idNumber;
    }
    Result<QList<RegisteredElsewhere>> elsewhere = d->repo.registeredElsewhere(numbers, h.meta.id);
    if (!elsewhere)
        return elsewhere.error();
    QStringList refused;
    QStringList movedIn; // as typed (a CLI option, say): x or X, full-width digits
    for (const QString &n : edit.movedIn)
        movedIn << IdNumber::normalize(n);
    for (const RegisteredElsewhere &e : std::as_const(*elsewhere)) {
        if (!movedIn.contains(e.idNumber)) {
            refused << describe(e);
            continue;
        }
        Result<Household> old = d->repo.load(e.householdId);
        if (!old)
            return old.error();
        if (Status st = m_auth.require(Permission::EditHouseholds, old->areaCode, old->meta.id); !st)
            return Error(ErrorCode::NotAllowed, tr("%1 is registered in the household of %2, which is outside your areas: the "
                                                   "township of that household must take them out first.")
                                                    .arg(e.personName, e.headName));
        if (e.isHead && e.memberCount > 1)
            return Error(ErrorCode::InvalidInput, tr("%1 is the head of their old household: choose its new head there first, "
                                                     "then record the move.")
                                                      .arg(e.personName));
        touched << old->meta.id;
        const Household before = *old;
        old->members.removeIf([&](const Person &p) { return p.meta.id == e.personId; });
        const auto theirs = [&](const auto &item) { return item.personId == e.personId; };
        old->incomes.removeIf(theirs);
        old->expenditures.removeIf(theirs);
        const QString why = tr("%1 moved to the household of %2.").arg(e.personName, h.head() ? h.head()->name : QString());
        if (old->members.isEmpty()) {
            // Nobody left: the old household goes, unless a benefit or an application hangs on it.
            Result<QMultiHash<QString, CaseRepository::Brief>> briefs =
                CaseRepository(d->profile.database(), d->profile.changes()).briefsFor({old->meta.id});
            if (!briefs)
                return briefs.error();
            const QList<CaseRepository::Brief> cases = briefs->values(old->meta.id);
            if (std::any_of(cases.cbegin(), cases.cend(), [](const CaseRepository::Brief &b) { return b.open; }))
                return Error(ErrorCode::NotAllowed, tr("%1 was the only member of their old household, which has an "
                                                       "application or a benefit in progress: end it there first, then "
                                                       "record the move.")
                                                        .arg(e.personName));
            if (Status st = m_auth.require(Permission::RemoveHouseholds, old->areaCode, old->meta.id); !st)
                return Error(ErrorCode::NotAllowed, tr("%1 was the only member of their old household, which would then be "
                                                       "removed: that is for the township head or the county. Ask them to "
                                                       "record the move.")
                                                        .arg(e.personName));
            if (Status st = d->repo.remove(old->meta.id); !st)
                return st;
            continue;
        }
        if (Status st = d->repo.save(*old); !st)
            return st;
        if (Status st =
                d->repo.addChange({old->meta.id, Clock::nowUtc(), d->session.user(), why, HouseholdDiff::describe(before, *old)});
            !st)
            return st;
    }
    if (!refused.isEmpty())
        return Error(ErrorCode::AlreadyExists,
                     refused.join(u'\n') + u'\n' +
                         tr("A person is registered in one household only. If they have moved here, mark them as moved "
                            "in: they are then taken out of the old household."));
    return {};
}

Result<Household> HouseholdService::get(const QString &id)
{
    Result<Household> h = d->repo.load(id);
    if (!h)
        return h;
    if (Status st = m_auth.require(Permission::ReadHouseholds, h->areaCode, id); !st)
        return st.error();
    return h;
}

Result<HouseholdSummary> HouseholdService::summary(const QString &id)
{
    Result<HouseholdSummary> s = d->repo.summary(id);
    if (!s)
        return s;
    if (Status st = m_auth.require(Permission::ReadHouseholds, s->areaCode, id); !st)
        return st.error();
    return s;
}

Result<QList<AuditEntry>> HouseholdService::auditTrail(const Household &h)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds, h.areaCode, h.meta.id); !st)
        return st.error();
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
    return d->profile.changes().entriesFor(ids);
}

Status HouseholdService::remove(const QString &id)
{
    Result<HouseholdSummary> s = d->repo.summary(id);
    if (!s)
        return s.error();
    if (Status st = m_auth.require(Permission::RemoveHouseholds, s->areaCode, id); !st)
        return st;
    if (Status st = d->repo.remove(id); !st)
        return st;
    return d->search.refreshHousehold(id);
}

Result<qint64> HouseholdService::count()
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    return d->repo.count(m_auth.prefixes());
}

Result<QList<SyncState::MovedOut>> HouseholdService::movedOut()
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    // The user's own: they left the user's areas, so no scope would show them.
    return SyncState(d->profile.database()).movedOut(d->session.user());
}

Result<QList<protocol::Duplicate>> HouseholdService::duplicates()
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    Result<QList<protocol::Duplicate>> all = SyncState(d->profile.database()).duplicates();
    if (!all)
        return all.error();
    QList<protocol::Duplicate> mine;
    for (const protocol::Duplicate &dup : std::as_const(*all)) {
        if (m_auth.covers(dup.areaCode) || m_auth.covers(dup.otherAreaCode))
            mine << dup;
    }
    return mine;
}

Result<QList<HouseholdSummary>> HouseholdService::list(int offset, int limit)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    return d->repo.list(offset, limit, m_auth.prefixes());
}

Result<QList<SearchHit>> HouseholdService::search(const QString &text, int limit)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    return d->search.search(text, limit, m_auth.prefixes());
}

Result<QList<HouseholdRow>> HouseholdService::find(const QString &text, const HouseholdFilter &filter, int limit)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    const QStringList scopes = m_auth.prefixes();
    QList<HouseholdRow> rows;
    if (text.trimmed().isEmpty()) {
        // Browse: each scope narrowed by the chosen area, when the two overlap.
        QStringList prefixes;
        for (const QString &sp : scopes.isEmpty() ? QStringList{QString()} : scopes) {
            if (filter.areaPrefix.startsWith(sp))
                prefixes << filter.areaPrefix;
            else if (sp.startsWith(filter.areaPrefix))
                prefixes << sp;
        }
        for (const QString &prefix : std::as_const(prefixes)) {
            HouseholdFilter narrowed = filter;
            narrowed.areaPrefix = prefix;
            Result<QList<HouseholdSummary>> found = d->repo.browse(narrowed, limit);
            if (!found)
                return found.error();
            for (const HouseholdSummary &h : *found)
                rows.append({h.id, h.headName, h.headName, h.headIdNumber, h.areaCode, {}, {}});
        }
    } else {
        // The scopes narrow the search itself; the chosen area and the case filters narrow
        // the hits, so ask for more of them first.
        const bool narrowing = !filter.areaPrefix.isEmpty() || filter.hasCaseFilter();
        Result<QList<SearchHit>> hits = d->search.search(text, narrowing ? std::max(limit, 2000) : limit, scopes);
        if (!hits)
            return hits.error();
        for (const SearchHit &h : *hits) {
            if (h.areaCode.startsWith(filter.areaPrefix))
                rows.append({h.householdId, h.name, h.headName, h.idNumber, h.areaCode, {}, {}});
        }
    }
    QStringList ids;
    for (const HouseholdRow &r : std::as_const(rows))
        ids << r.householdId;
    Result<QMultiHash<QString, CaseRepository::Brief>> briefs =
        CaseRepository(d->profile.database(), d->profile.changes()).briefsFor(ids);
    if (!briefs)
        return briefs.error();
    QList<HouseholdRow> out;
    for (HouseholdRow &r : rows) {
        // QMultiHash gives the newest insert first: the latest application leads.
        const QList<CaseRepository::Brief> all = briefs->values(r.householdId);
        const CaseRepository::Brief *shown = nullptr;
        for (const CaseRepository::Brief &b : all) {
            if (filter.hasCaseFilter()) {
                if ((filter.programme.isEmpty() || b.programme == filter.programme) &&
                    (filter.state.isEmpty() || b.state == filter.state)) {
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

Result<int> HouseholdService::importMany(QList<Household> households, int batchSize, const std::function<bool(int)> &progress)
{
    // Every household is the user's to add, or none is saved.
    for (const Household &h : std::as_const(households)) {
        if (Status st = m_auth.require(Permission::EditHouseholds, h.areaCode, h.meta.id); !st)
            return st.error();
    }
    int saved = 0;
    for (int start = 0; start < households.size(); start += batchSize) {
        const int end = std::min<int>(start + batchSize, int(households.size()));
        Status st = d->profile.database().transaction([&]() -> Status {
            for (int i = start; i < end; ++i) {
                if (Status s = d->repo.save(households[i]); !s) // allowed above
                    return Error(s.error().code(), tr("Household %1: %2").arg(i + 1).arg(s.error().message()),
                                 s.error().detail());
            }
            return {};
        });
        if (!st)
            return st.error();
        for (int i = start; i < end; ++i) {
            if (Status s = d->search.refreshHousehold(households[i].meta.id); !s)
                return s.error();
        }
        saved = end;
        if (progress && !progress(saved))
            break;
    }
    return saved;
}

} // namespace doudi::core
