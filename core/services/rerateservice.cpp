#include "services/rerateservice.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "policy/policybook.h"
#include "services/policyservice.h"
#include "services/reratecheck.h"
#include "services/sessionaccess.h"
#include "storage/caserepository.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/householdrepository.h"
#include "translations/i18n.h"

namespace doudi::core {

namespace {
// Parameter types that set an amount: a change of one of them is a change of standards.
bool setsAmounts(const QString &key)
{
    const ParameterSpec *spec = ParameterSpecs::find(key);
    return spec && (spec->type == ParamType::Money || spec->type == ParamType::Ratio || spec->type == ParamType::Tiers ||
                    spec->type == ParamType::TopUps);
}

bool overlaps(const QString &prefixA, const QString &prefixB)
{
    return prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA);
}

QString chineseMonth(const QDate &d)
{
    return QStringLiteral("%1年%2月").arg(d.year()).arg(d.month());
}
} // namespace

struct RerateService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)) {}
    Session &session;
    Profile &profile;

    // Who and where: the user's areas narrowed to the township, and the area whose standards
    // the list names.
    Result<RerateCheck::Input> input(Authorization &auth, const QDate &from, const QString &township, const QDate &today) const
    {
        if (!from.isValid())
            return Error(ErrorCode::InvalidInput, RerateService::tr("Give the day the new standards take effect."));
        RerateCheck::Input in;
        in.from = from;
        in.today = today;
        const QStringList mine = auth.prefixes();
        if (township.isEmpty()) {
            in.prefixes = mine;
            in.area = profile.scopes().isEmpty() ? QString() : AreaCode::toTwelve(profile.scopes().first());
            return in;
        }
        if (!AreaCode::isWellFormed(township) || AreaCode::levelOf(AreaCode::toTwelve(township)) != AreaCode::Level::Township)
            return Error(ErrorCode::InvalidInput, RerateService::tr("%1 is not the code of a township.").arg(township));
        in.township = AreaCode::toTwelve(township);
        in.area = in.township;
        const QString wanted = AreaCode::prefix(in.township);
        for (const QString &p : mine.isEmpty() ? QStringList{QString()} : mine) {
            if (overlaps(p, wanted))
                in.prefixes << (p.size() > wanted.size() ? p : wanted); // the narrower of the two
        }
        if (in.prefixes.isEmpty()) {
            if (Status st = auth.require(Permission::WorkOnCases, in.township, in.township); !st)
                return st.error(); // refused, and the refusal audited
            return Error(ErrorCode::NotAllowed,
                         RerateService::tr("%1 lies outside your area of work.").arg(AreaRegistry::current().name(in.township)));
        }
        return in;
    }

    QString confirmLevel(const PolicyBook &policy, const QString &areaCode, const QDate &date) const
    {
        const Result<Parameter> level = policy.lookup(QStringLiteral("confirm.level"), areaCode, date);
        return level ? level->value.toString() : QStringLiteral("county"); // none given: the county decides
    }
};

RerateService::RerateService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

RerateService::~RerateService() = default;

Result<QDate> RerateService::nextStandardChange(const QDate &today)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return nextStandardChange(*policy, m_auth.prefixes(), today);
}

QDate RerateService::nextStandardChange(const PolicyBook &policy, const QStringList &mine, const QDate &today)
{
    QDate next;
    for (const Parameter &p : policy.parameters()) {
        if (p.from <= today || !setsAmounts(p.key) || (next.isValid() && p.from >= next))
            continue;
        const QString area = p.area.isEmpty() ? QString() : AreaCode::prefix(p.area);
        if (mine.isEmpty() || std::any_of(mine.cbegin(), mine.cend(), [&](const QString &m) { return overlaps(m, area); }))
            next = p.from;
    }
    return next;
}

QStringList RerateService::townships() const
{
    QStringList out;
    const AreaRegistry &areas = AreaRegistry::current();
    const QStringList mine = m_auth.prefixes();
    for (const Area &county : areas.atLevel(AreaCode::Level::County)) {
        for (const Area &t : areas.children(county.code)) {
            const QString own = AreaCode::prefix(t.code);
            if (mine.isEmpty() || std::any_of(mine.cbegin(), mine.cend(), [&](const QString &m) { return overlaps(m, own); }))
                out << t.code;
        }
    }
    return out;
}

Result<RerateService::Job> RerateService::previewJob(const QDate &from, const QString &township, const QDate &today)
{
    if (Status st = m_auth.require(Permission::WorkOnCases); !st)
        return st.error();
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<RerateCheck::Input> in = d->input(m_auth, from, township, today);
    if (!in)
        return in.error();
    return Job([profile = &d->profile, policy = *policy, in = *in,
                user = d->profile.user()](const RerateProgress &progress) -> Result<RerateList> {
        Result<std::unique_ptr<Database>> db = profile->openReader();
        if (!db)
            return db.error();
        Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(**db, user); // the repositories want one; nothing is written
        if (!changes)
            return changes.error();
        CaseRepository cases(**db, **changes);
        HouseholdRepository households(**db, **changes);
        return RerateCheck::run(cases, households, policy, in, progress);
    });
}

Result<RerateList> RerateService::preview(const QDate &from, const QString &township, const QDate &today,
                                          const RerateProgress &progress)
{
    Result<Job> job = previewJob(from, township, today);
    if (!job)
        return job.error();
    return (*job)(progress);
}

Status RerateService::mayConfirm(const QString &township, const QDate &from)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<RerateCheck::Input> in = d->input(m_auth, from, township, Clock::today());
    if (!in)
        return in.error();
    // Asked before the button is offered: the table's answer, without an audit entry.
    return Authorization::checkConfirmRerate(d->profile.role(), d->confirmLevel(*policy, in->area, from));
}

Result<RerateApplied> RerateService::apply(const RerateList &confirmed, const QDate &today)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<RerateCheck::Input> in = d->input(m_auth, confirmed.from, confirmed.township, today);
    if (!in)
        return in.error();
    const QString where = in->township.isEmpty() ? in->area : in->township;
    if (Status st = m_auth.requireConfirmRerate(d->confirmLevel(*policy, where, confirmed.from), where, QStringLiteral("rerate"));
        !st)
        return st.error();
    // The assessments kept with the cases are written in Chinese, as the forms print them.
    const ScopedLanguage chinese(QStringLiteral("zh_CN"));
    Database &db = d->profile.database();
    CaseRepository cases(db, d->profile.changes());
    HouseholdRepository households(db, d->profile.changes());
    RerateApplied done;
    const Status st = db.transaction([&]() -> Status {
        // Worked out again inside the transaction: what is applied is what was confirmed, or nothing.
        QHash<QString, Assessment> assessments;
        Result<RerateList> now = RerateCheck::run(cases, households, *policy, *in, {}, &assessments);
        if (!now)
            return now.error();
        if (now->fingerprint() != confirmed.fingerprint())
            return Error(ErrorCode::Stale, tr("The list has changed since it was made: make it again."));
        const QDateTime at = Clock::nowUtc();
        const QString user = d->profile.user();
        const QString role = d->profile.role();
        for (const RerateLine &line : std::as_const(now->lines)) {
            if (line.alreadyFlagged)
                continue;
            if (Status allowed = m_auth.requireConfirmRerate(d->confirmLevel(*policy, line.areaCode, confirmed.from),
                                                             line.areaCode, line.caseId);
                !allowed)
                return allowed;
            Result<Case> c = cases.load(line.caseId);
            if (!c)
                return c.error();
            QJsonObject data{{QStringLiteral("from"), confirmed.from.toString(Qt::ISODate)},
                             {QStringLiteral("reason"), RerateLine::reasonCode(line.reason)},
                             {QStringLiteral("old_fen"), double(line.currentFen)},
                             {QStringLiteral("new_fen"), double(line.newFen)}};
            QString event;
            if (line.isFlagged()) {
                // Not re-rated: the review, brought forward to today, decides on the household as it is.
                event = QStringLiteral("rerate_review");
                c->nextReview = today;
                c->history << CaseHistory{at,
                                          user,
                                          role,
                                          event,
                                          c->state,
                                          c->state,
                                          QStringLiteral("调标（自%1起）：%2；金额未调整，复核提前至今日")
                                              .arg(chineseMonth(now->amountsFrom()), RerateLine::reasonText(line.reason))};
                ++done.flagged;
            } else {
                event = QStringLiteral("rerate");
                const QDate from =
                    c->entitlementStart.isValid() ? std::max(now->amountsFrom(), c->entitlementStart) : now->amountsFrom();
                c->changeAmount(from, line.newFen, QStringLiteral("rerate"));
                c->history << CaseHistory{
                    at,
                    user,
                    role,
                    event,
                    c->state,
                    c->state,
                    QStringLiteral("调标：原 %1 元 → %2 元，自%3起")
                        .arg(money::formatYuan(line.currentFen), money::formatYuan(line.newFen), chineseMonth(from))};
                QJsonObject kept = assessments.value(line.caseId).toJson();
                kept.insert(QStringLiteral("step"), event);
                kept.insert(QStringLiteral("step_date"), today.toString(Qt::ISODate));
                c->decisionAssessment = kept; // the baseline stays: the household was not looked at again
                ++done.rerated;
            }
            const CaseStepRecord step{event, data, user, role, at, c->state, c->state, false};
            if (Status saved = cases.save(*c, step); !saved)
                return Error(saved.error().code(),
                             tr("%1: %2 Nothing in this batch was saved.").arg(line.headName, saved.error().message()));
        }
        return {};
    });
    if (!st)
        return st.error();
    return done;
}

} // namespace doudi::core
