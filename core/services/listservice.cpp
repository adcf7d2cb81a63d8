#include "services/listservice.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/coveredpeople.h"
#include "services/sessionaccess.h"
#include "storage/caserepository.h"
#include "storage/changelog.h"
#include "storage/householdrepository.h"
#include "storage/privatefiles.h"

#include <QFileInfo>

#include <limits>
#include <tuple>

namespace doudi::core {

namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

struct ListService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)) {}
    Session &session;
    Profile &profile;
};

ListService::ListService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

ListService::~ListService() = default;

Result<OutputSheet> ListService::households(const QString &areaCode)
{
    const QString area = m_auth.areaOrHome(areaCode);
    if (area.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Say which area to list: you work in more than one (doudi-cli: --area CODE)."));
    if (Status st = m_auth.require(Permission::ExportLists, area, QStringLiteral("households")); !st)
        return st.error();
    HouseholdRepository repo(d->profile.database(), d->profile.changes());
    Result<QList<HouseholdSummary>> all = repo.list(0, std::numeric_limits<int>::max(), {AreaCode::prefix(area)});
    if (!all)
        return all.error();
    QStringList ids;
    for (const HouseholdSummary &h : std::as_const(*all))
        ids << h.id;
    Result<QMultiHash<QString, CaseRepository::Brief>> briefs =
        CaseRepository(d->profile.database(), d->profile.changes()).briefsFor(ids);
    if (!briefs)
        return briefs.error();
    const AreaRegistry &areas = AreaRegistry::current();
    OutputSheet s;
    s.name = tr("Households");
    s.title =
        tr("%1: households on record, %2")
            .arg(areas.fullName(area).trimmed().isEmpty() ? area : areas.fullName(area), Clock::today().toString(Qt::ISODate));
    s.columns = {{tr("Township"), OutputColumn::Kind::Text, 12},
                 {tr("Village"), OutputColumn::Kind::Text, 14},
                 {tr("Head of household"), OutputColumn::Kind::Text, 10},
                 {tr("ID number"), OutputColumn::Kind::Text, 20},
                 {tr("Members"), OutputColumn::Kind::Integer, 6},
                 {tr("Programme"), OutputColumn::Kind::Text, 16},
                 {tr("State"), OutputColumn::Kind::Text, 10}};
    for (const HouseholdSummary &h : std::as_const(*all)) {
        // The latest application (briefsFor gives them oldest first; values() newest first).
        const QList<CaseRepository::Brief> cases = briefs->values(h.id);
        CaseProgramme programme = CaseProgramme::Dibao;
        CaseState state = CaseState::Submitted;
        const bool hasCase = !cases.isEmpty() && Case::programmeFromCode(cases.first().programme, &programme) &&
                             Case::stateFromCode(cases.first().state, &state);
        s.rows << QVariantList{areas.name(h.areaCode.left(9) + QStringLiteral("000")),
                               areas.name(h.areaCode),
                               h.headName,
                               h.headIdNumber,
                               h.memberCount,
                               hasCase ? Case::programmeLabel(programme) : QString(),
                               hasCase ? Case::stateLabel(state) : QString()};
    }
    s.totals = {tr("Total"), QVariant(), tr("%n household(s)", nullptr, int(all->size())), QVariant(), QVariant(),
                QVariant(),  QVariant()};
    return s;
}

Result<OutputSheet> ListService::cases(const QString &title, const QList<CaseState> &states, const QDate &today)
{
    if (Status st = m_auth.require(Permission::ExportLists); !st)
        return st.error();
    Result<QList<CaseRow>> rows = CaseService(d->session).list(states, today);
    if (!rows)
        return rows.error();
    const AreaRegistry &areas = AreaRegistry::current();
    OutputSheet s;
    s.name = title;
    s.title = tr("%1, %2").arg(title, today.toString(Qt::ISODate));
    s.columns = {{tr("Head of household"), OutputColumn::Kind::Text, 10}, {tr("Village"), OutputColumn::Kind::Text, 22},
                 {tr("Programme"), OutputColumn::Kind::Text, 16},         {tr("State"), OutputColumn::Kind::Text, 10},
                 {tr("Applied"), OutputColumn::Kind::Text, 11},           {tr("Yuan a month"), OutputColumn::Kind::Yuan, 10},
                 {tr("Paid from"), OutputColumn::Kind::Text, 11},         {tr("Next review"), OutputColumn::Kind::Text, 11},
                 {tr("Next steps"), OutputColumn::Kind::Text, 24}};
    for (const CaseRow &r : std::as_const(*rows)) {
        QStringList steps;
        for (const QString &e : r.nextSteps)
            steps << Workflow::eventLabel(e);
        s.rows << QVariantList{r.headName,
                               areas.fullName(r.c.areaCode),
                               Case::programmeLabel(r.c.programme),
                               Case::stateLabel(r.c.state),
                               date(r.c.submittedOn),
                               r.c.state == CaseState::Approved ? QVariant(qint64(r.c.monthlyFen)) : QVariant(),
                               date(r.c.entitlementStart),
                               date(r.c.nextReview),
                               steps.join(tr(", "))};
    }
    return s;
}

Result<OutputSheet> ListService::paymentList(const QString &townshipCode, const QDate &month)
{
    const QString township = AreaCode::isWellFormed(townshipCode) ? AreaCode::toTwelve(townshipCode) : QString();
    if (AreaCode::levelOf(township) != AreaCode::Level::Township)
        return Error(ErrorCode::InvalidInput, tr("%1 is not the code of a township.").arg(townshipCode));
    if (Status st = m_auth.require(Permission::ExportLists, township, QStringLiteral("payment_list")); !st)
        return st.error();
    if (!month.isValid())
        return Error(ErrorCode::InvalidInput, tr("Give the month the list pays for."));
    const QDate first(month.year(), month.month(), 1);
    HouseholdRepository households(d->profile.database(), d->profile.changes());
    Result<QList<Case>> all = CaseRepository(d->profile.database(), d->profile.changes()).list(AreaCode::prefix(township), false);
    if (!all)
        return all.error();
    QList<Case> paid;
    for (const Case &c : std::as_const(*all)) {
        if (c.paidForMonth(first) > 0)
            paid << c;
    }
    Result<QHash<QString, Household>> loaded = CoveredPeople::householdsOf(households, paid);
    if (!loaded)
        return loaded.error();
    const QHash<QString, Household> &byId = *loaded;
    const QHash<QString, QSet<QString>> extremePoor = CoveredPeople::extremePoor(paid, byId, first);
    const AreaRegistry &areas = AreaRegistry::current();
    std::sort(paid.begin(), paid.end(), [&](const Case &a, const Case &b) {
        const QString ha = byId.value(a.householdId).head() ? byId.value(a.householdId).head()->name : QString();
        const QString hb = byId.value(b.householdId).head() ? byId.value(b.householdId).head()->name : QString();
        return std::tie(a.areaCode, ha, a.programme) < std::tie(b.areaCode, hb, b.programme);
    });
    OutputSheet s;
    s.name = tr("Payment list %1").arg(first.toString(QStringLiteral("yyyy-MM")));
    s.title = tr("%1: social assistance payment list for %2-%3").arg(areas.name(township)).arg(first.year()).arg(first.month());
    s.columns = {{tr("No."), OutputColumn::Kind::Integer, 6},
                 {tr("Village"), OutputColumn::Kind::Text, 14},
                 {tr("Head of household"), OutputColumn::Kind::Text, 10},
                 {tr("ID number"), OutputColumn::Kind::Text, 20},
                 {tr("Programme"), OutputColumn::Kind::Text, 16},
                 {tr("Persons"), OutputColumn::Kind::Integer, 6},
                 {tr("Yuan"), OutputColumn::Kind::Yuan, 12}};
    Fen total = 0;
    int persons = 0;
    for (const Case &c : std::as_const(paid)) {
        const Household &h = byId.value(c.householdId);
        const int covered = int(CoveredPeople::of(c, h, extremePoor.value(c.householdId)).size());
        const Fen fen = c.paidForMonth(first);
        s.rows << QVariantList{int(s.rows.size()) + 1,
                               areas.name(c.areaCode),
                               h.head() ? h.head()->name : QString(),
                               h.head() ? h.head()->idNumber : QString(),
                               Case::programmeLabel(c.programme),
                               covered,
                               qint64(fen)};
        total += fen;
        persons += covered;
    }
    QSet<QString> distinct; // a household on 低保 and 特困 is on two lines
    for (const Case &c : std::as_const(paid))
        distinct.insert(c.householdId);
    s.totals = {QVariant(), tr("Total"),  tr("%n household(s)", nullptr, int(distinct.size())), QVariant(), QVariant(),
                persons,    qint64(total)};
    return s;
}

Status ListService::write(const QList<OutputSheet> &sheets, const QString &path, const QString &what)
{
    if (Status st = m_auth.require(Permission::ExportLists); !st)
        return st;
    Result<QByteArray> bytes = SpreadsheetWriter::bytesFor(path, sheets);
    if (!bytes)
        return bytes.error();
    if (Status st = PrivateFiles::write(path, *bytes); !st)
        return st;
    // Personal data left the encrypted store: who took which list, and where to.
    int rows = 0;
    for (const OutputSheet &s : sheets)
        rows += int(s.rows.size());
    ChangeLog &changes = d->profile.changes();
    return d->profile.database().transaction([&]() -> Status {
        return changes.audit(ChangeLog::Op::Insert, QStringLiteral("export"), what, {},
                             {{QStringLiteral("file"), QFileInfo(path).fileName()}, {QStringLiteral("rows"), rows}},
                             changes.tick());
    });
}

} // namespace doudi::core
