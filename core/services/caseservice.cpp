#include "services/caseservice.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "domain/householddiff.h"
#include "identity/areacode.h"
#include "policy/assessor.h"
#include "services/householdservice.h"
#include "services/paymentcheck.h"
#include "services/policyservice.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "storage/attachmentrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/householdrepository.h"
#include "translations/i18n.h"

#include <QJsonArray>

namespace doudi::core {

namespace {
QString townshipOf(const QString &villageCode)
{
    return villageCode.left(9) + QStringLiteral("000");
}
} // namespace

struct CaseService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)), cases(profile.database(), profile.changes()) {}
    Session &session;
    Profile &profile;
    CaseRepository cases;
};

CaseService::CaseService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

CaseService::~CaseService() = default;

CaseService::CaseService(CaseService &&other) noexcept = default;

CaseService CaseService::forHistory(Session &session)
{
    CaseService s(session);
    s.m_history = true;
    return s;
}

Status CaseService::checkStepDate(const QDate &date, const QString &areaCode, const QString &lateReason)
{
    const QDate today = Clock::today();
    if (m_history || date == today)
        return {};
    if (!date.isValid() || date > today)
        return Error(
            ErrorCode::InvalidInput,
            tr("A step is dated the day it is taken; it cannot be dated after today (%1).").arg(today.toString(Qt::ISODate)));
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    const Result<Parameter> limit = policy->lookup(QStringLiteral("step.late.days"), areaCode, today);
    const qint64 allowed = limit ? limit->value.toLongLong() : 0;
    const qint64 late = date.daysTo(today);
    if (late > allowed)
        return Error(ErrorCode::InvalidInput,
                     tr("A step may be recorded at most %n day(s) after it was taken (county rule); %1 is too long ago.", nullptr,
                        int(allowed))
                         .arg(date.toString(Qt::ISODate)));
    if (lateReason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Say why this step is recorded late (it was taken on %1).").arg(date.toString(Qt::ISODate)));
    return {}; // the step keeps the day, the reason and the moment it was recorded (audited with it)
}

Result<Actor> CaseService::actor(const QDate &date)
{
    if (Status st = m_auth.require(Permission::WorkOnCases); !st) // also after a recovery-code unlock
        return st.error();
    return Actor{d->profile.user(), d->profile.role(), date, Clock::nowUtc()};
}

Result<Case> CaseService::caseFor(const QString &caseId)
{
    Result<Case> c = d->cases.load(caseId);
    if (!c)
        return c;
    if (Status st = m_auth.require(Permission::WorkOnCases, c->areaCode, caseId); !st)
        return st.error();
    return c;
}

Result<Household> CaseService::householdFor(const QString &householdId)
{
    Result<Household> h = HouseholdRepository(d->profile.database(), d->profile.changes()).load(householdId);
    if (!h)
        return h;
    if (Status st = m_auth.require(Permission::WorkOnCases, h->areaCode, householdId); !st)
        return st.error();
    return h;
}

Status CaseService::readyToRegister()
{
    if (Result<Actor> who = actor(Clock::today()); !who)
        return who.error();
    if (Result<PolicyBook> policy = PolicyService(d->session).current(); !policy)
        return policy.error();
    return {};
}

Result<Case> CaseService::create(const QString &householdId, CaseProgramme programme, bool relative, const QDate &date,
                                 const QString &reason, const QString &lateReason)
{
    Result<Actor> who = actor(date);
    if (!who)
        return who.error();
    Result<Household> h = householdFor(householdId);
    if (!h)
        return h.error();
    if (Status st = checkStepDate(date, h->areaCode, lateReason); !st)
        return st.error();
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<Case> c = Workflow(*policy).submit(RandomSource::uuidString(), h->meta.id, h->areaCode, programme, relative, *who);
    if (!c)
        return c;
    c->applicationReason = reason.trimmed().left(2000);
    const CaseStepRecord step{QStringLiteral("submit"),
                              {{QStringLiteral("programme"), Case::programmeCode(programme)},
                               {QStringLiteral("relative"), relative},
                               {QStringLiteral("reason"), c->applicationReason},
                               {QStringLiteral("late_reason"), lateReason.trimmed().left(500)}},
                              who->user,
                              who->role,
                              who->at,
                              c->state,
                              c->state,
                              false};
    if (Status st = d->cases.save(*c, step); !st)
        return st.error();
    return c;
}

Result<Case> CaseService::registerApplication(HouseholdService &households, const Intake &intake, const QDate &date)
{
    if (Status ready = readyToRegister(); !ready)
        return ready.error();
    QString householdId;
    Result<Case> result = Error(ErrorCode::Internal, QString());
    Status st = d->profile.database().transaction([&]() -> Status {
        Result<Household> h = households.add(intake.household, intake.movedIn);
        if (!h)
            return h.error();
        householdId = h->meta.id;
        result = create(h->meta.id, intake.programme, intake.relative, date, intake.reason);
        if (!result)
            return result.error();
        AttachmentRepository attachments(d->profile.database(), d->profile.changes());
        for (const Intake::Paper &paper : intake.papers) {
            Attachment a{QString(),
                         QString(),
                         QStringLiteral("image/jpeg"),
                         QStringLiteral("scan"),
                         QStringLiteral("case"),
                         result->id,
                         paper.label.trimmed().left(200),
                         paper.jpeg};
            if (Status s = attachments.store(a); !s)
                return Error(s.error().code(), tr("Paper \"%1\": %2").arg(paper.label, s.error().message()));
        }
        // The draft holds the same personal data: it goes with the save, or stays with a failure.
        if (!intake.draftId.isEmpty())
            return DraftRepository(d->profile.database(), d->profile.user()).remove(intake.draftId);
        return {};
    });
    if (!st) {
        if (!householdId.isEmpty())
            (void)households.refreshSearch(householdId); // the household was rolled back: search forgets it
        return st.error();
    }
    return result;
}

Result<TemporaryDecision> CaseService::previewTemporary(const QString &householdId, TemporaryRequest request, const QDate &date)
{
    Result<Household> h = householdFor(householdId);
    if (!h)
        return h.error();
    Result<QList<Case>> earlier = d->cases.forHousehold(householdId);
    if (!earlier)
        return earlier.error();
    request.aidThisYearFen = 0;
    for (const Case &c : *earlier) {
        if (!Case::isTemporary(c.programme) || c.submittedOn.year() != date.year())
            continue;
        request.aidThisYearFen += c.paidFirstFen;
        for (int i = 0; i < c.stagesPaid && i < c.stagesFen.size(); ++i)
            request.aidThisYearFen += c.stagesFen[i];
    }
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return TemporaryAssistance(*policy).decide(*h, request, date);
}

Result<Case> CaseService::grantTemporary(const QString &householdId, const TemporaryRequest &request, const QString &reason,
                                         const QDate &date)
{
    Result<TemporaryDecision> decision = previewTemporary(householdId, request, date);
    if (!decision)
        return decision.error();
    const bool urgent = request.kind == TemporaryRequest::Kind::Urgent;
    if (request.quick && !urgent)
        return Error(ErrorCode::InvalidInput, tr("Small quick aid is for urgent hardship (急难型) only."));
    if (request.quick && decision->amountFen <= 0)
        return Error(ErrorCode::InvalidInput, tr("The policy allows nothing more for this household this year."));
    Result<Case> result = Error(ErrorCode::Internal, QString());
    Status st = d->profile.database().transaction([&]() -> Status {
        result = create(householdId, urgent ? CaseProgramme::TemporaryUrgent : CaseProgramme::TemporaryExpenditure, false, date,
                        reason);
        if (result)
            result = advance(result->id, {QStringLiteral("accept"), {}}, date);
        if (result && request.quick)
            result = advance(
                result->id,
                {QStringLiteral("pay_first"), QJsonObject{{QStringLiteral("amount_fen"), double(decision->amountFen)}}}, date);
        return result ? Status() : Status(result.error());
    });
    if (!st)
        return st.error();
    return result;
}

Status CaseService::saveIntakeDraft(Draft &draft)
{
    draft.kind = QStringLiteral("intake");
    return DraftRepository(d->profile.database(), d->profile.user()).save(draft);
}

Result<QList<Draft>> CaseService::intakeDrafts()
{
    return DraftRepository(d->profile.database(), d->profile.user()).list(QStringLiteral("intake"));
}

Result<Draft> CaseService::intakeDraft(const QString &id)
{
    return DraftRepository(d->profile.database(), d->profile.user()).load(id);
}

Status CaseService::removeIntakeDraft(const QString &id)
{
    return DraftRepository(d->profile.database(), d->profile.user()).remove(id);
}

Result<Case> CaseService::advance(const QString &caseId, const CaseEvent &event, const QDate &date)
{
    Result<Actor> who = actor(date);
    if (!who)
        return who.error();
    Result<Case> current = caseFor(caseId);
    if (!current)
        return current;
    if (Status st = checkStepDate(date, current->areaCode, event.data.value(QStringLiteral("late_reason")).toString()); !st)
        return st.error();
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<Case> next = Workflow(*policy).apply(*current, event, *who);
    if (!next)
        return next;
    if ((event.name == QLatin1String("confirm") || event.name == QLatin1String("review")) && next->state == CaseState::Approved) {
        // The next review compares the household with how it stands at this decision.
        Result<Household> h = HouseholdRepository(d->profile.database(), d->profile.changes()).load(next->householdId);
        if (!h)
            return h.error();
        next->baseline = h->toJson();
        next->baselineOn = date;
    }
    static const QStringList decisions = {QStringLiteral("preliminary"), QStringLiteral("confirm"), QStringLiteral("refuse"),
                                          QStringLiteral("review")};
    if (decisions.contains(event.name) && !Case::isTemporary(next->programme)) {
        // Kept with the case: the forms print the assessment a decision was made on, not one
        // recomputed from the household and the policy of the day they are printed. Its
        // sentences are written in Chinese, as the forms are, whatever the screen's language.
        const ScopedLanguage chinese(QStringLiteral("zh_CN"));
        if (Result<Assessment> a = assess(*current, date); a) {
            QJsonObject kept = a->toJson();
            kept.insert(QStringLiteral("step"), event.name);
            kept.insert(QStringLiteral("step_date"), date.toString(Qt::ISODate));
            next->decisionAssessment = kept;
        }
    }
    const CaseStepRecord step{event.name, event.data,     who->user,   who->role,
                              who->at,    current->state, next->state, event.name == QLatin1String("record_visit")};
    if (Status st = d->cases.save(*next, step); !st)
        return st.error();
    return next;
}

Result<Case> CaseService::get(const QString &caseId)
{
    return caseFor(caseId);
}

Result<CaseService::VisitTeam> CaseService::visitTeam(const QString &caseId)
{
    Result<Case> c = caseFor(caseId);
    if (!c)
        return c.error();
    Result<QList<UserInfo>> users = UserService(d->session).list();
    if (!users)
        return users.error();
    static const QStringList visiting = {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                         QStringLiteral("county")};
    const auto fullName = [](const UserInfo &u) { return u.displayName.trimmed().isEmpty() ? u.name : u.displayName.trimmed(); };
    VisitTeam team;
    team.me = d->profile.user();
    QList<UserInfo> others;
    for (const UserInfo &u : *users) {
        if (u.name == d->profile.user()) {
            team.me = fullName(u);
            continue;
        }
        const bool coversCase = std::any_of(u.scopes.cbegin(), u.scopes.cend(),
                                            [&](const QString &scope) { return AreaCode::contains(scope, c->areaCode); });
        if (u.active && visiting.contains(u.role) && coversCase)
            others << u;
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const UserInfo &a, const UserInfo &b) { return visiting.indexOf(a.role) < visiting.indexOf(b.role); });
    for (const UserInfo &u : std::as_const(others)) {
        if (fullName(u) != team.me && !team.others.contains(fullName(u)))
            team.others << fullName(u);
    }
    return team;
}

Result<Case> CaseService::recordVisit(const QString &caseId, const VisitInput &visit, const QDate &date)
{
    Result<Case> result = Error(ErrorCode::Internal, QString());
    Status st = d->profile.database().transaction([&]() -> Status {
        AttachmentRepository attachments(d->profile.database(), d->profile.changes());
        QJsonArray photos;
        for (const QByteArray &jpeg : visit.photosJpeg) {
            Attachment a{
                QString(), QString(), QStringLiteral("image/jpeg"), QStringLiteral("photo"), QStringLiteral("case"), caseId,
                QString(), jpeg};
            if (Status s = attachments.store(a); !s)
                return s;
            photos.append(a.id);
        }
        QJsonObject signatures;
        for (auto it = visit.signaturesPng.cbegin(); it != visit.signaturesPng.cend(); ++it) {
            Attachment a{
                QString(), QString(), QStringLiteral("image/png"), QStringLiteral("signature"), QStringLiteral("case"), caseId,
                it.key(),  it.value()};
            if (Status s = attachments.store(a); !s)
                return s;
            signatures.insert(it.key(), a.id);
        }
        const QJsonObject data{{QStringLiteral("date"), visit.date.toString(Qt::ISODate)},
                               {QStringLiteral("investigators"), QJsonArray::fromStringList(visit.investigators)},
                               {QStringLiteral("by_county"), visit.byCounty},
                               {QStringLiteral("findings"), visit.findings},
                               {QStringLiteral("checklist"), visit.checklist},
                               {QStringLiteral("photos"), photos},
                               {QStringLiteral("signatures"), signatures},
                               {QStringLiteral("signed_on_paper"), visit.signedOnPaper}};
        // The visit is the step: dated the day of the visit, which is today or, recorded late,
        // within the county's limit and with a reason (checkStepDate).
        QJsonObject withReason = data;
        if (!visit.lateReason.isEmpty())
            withReason.insert(QStringLiteral("late_reason"), visit.lateReason.left(500));
        result = advance(caseId, {QStringLiteral("record_visit"), withReason}, visit.date.isValid() ? visit.date : date);
        return result ? Status() : Status(result.error());
    });
    if (!st)
        return st.error();
    return result;
}

Result<QList<Attachment>> CaseService::attachments(const QString &caseId, bool withData)
{
    if (Result<Case> c = caseFor(caseId); !c)
        return c.error();
    return AttachmentRepository(d->profile.database(), d->profile.changes()).forOwner(QStringLiteral("case"), caseId, withData);
}

Result<QList<Case>> CaseService::forHousehold(const QString &householdId)
{
    const Result<HouseholdSummary> h = HouseholdRepository(d->profile.database(), d->profile.changes()).summary(householdId);
    if (!h)
        return h.error();
    if (Status st = m_auth.require(Permission::WorkOnCases, h->areaCode, householdId); !st)
        return st.error();
    return d->cases.forHousehold(householdId);
}

Result<QStringList> CaseService::possibleEvents(const QString &caseId, const QDate &date)
{
    Result<Case> c = caseFor(caseId);
    if (!c)
        return c.error();
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return Workflow(*policy).possibleEvents(*c, d->profile.role(), date);
}

Result<QString> CaseService::whyNot(const Case &c, const QString &event, const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return Workflow(*policy).whyNot(c, event, d->profile.role(), date);
}

Result<QList<Case>> CaseService::inScope(bool openOnly)
{
    if (Status st = m_auth.require(Permission::WorkOnCases); !st)
        return st.error();
    QList<Case> out;
    const QStringList prefixes = m_auth.prefixes();
    for (const QString &prefix : prefixes.isEmpty() ? QStringList{QString()} : prefixes) {
        Result<QList<Case>> cases = d->cases.list(prefix, openOnly);
        if (!cases)
            return cases.error();
        out += *cases;
    }
    return out;
}

Result<QList<CaseTask>> CaseService::tasks(const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    Result<QList<Case>> open = inScope(true);
    if (!open)
        return open.error();
    return Workflow(*policy).tasks(*open, date);
}

Result<QList<CaseRow>> CaseService::rows(const QList<Case> &cases, const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    const Workflow workflow(*policy);
    HouseholdRepository households(d->profile.database(), d->profile.changes());
    QHash<QString, QString> heads;
    QList<CaseRow> out;
    out.reserve(cases.size());
    for (const Case &c : cases) {
        if (!heads.contains(c.householdId)) {
            const Result<HouseholdSummary> h = households.summary(c.householdId);
            heads.insert(c.householdId, h ? h->headName : QString());
        }
        QStringList steps = c.isOpen() ? workflow.possibleEvents(c, d->profile.role(), date) : QStringList();
        out.append({c, heads.value(c.householdId), steps});
    }
    return out;
}

Result<QList<CaseRow>> CaseService::list(const QList<CaseState> &states, const QDate &date)
{
    Result<QList<Case>> all = inScope(false);
    if (!all)
        return all.error();
    QList<Case> wanted;
    for (const Case &c : *all) {
        if (states.isEmpty() || states.contains(c.state))
            wanted << c;
    }
    return rows(wanted, date);
}

Result<QList<CaseRow>> CaseService::waitingOnUser(const QDate &date)
{
    // Steps that move an application on; withdrawing, extending or an objection do not
    // make it wait on anyone.
    static const QStringList forward = {QStringLiteral("accept"),
                                        QStringLiteral("request_papers"),
                                        QStringLiteral("pay_first"),
                                        QStringLiteral("start_investigation"),
                                        QStringLiteral("record_check"),
                                        QStringLiteral("record_visit"),
                                        QStringLiteral("complete_investigation"),
                                        QStringLiteral("preliminary"),
                                        QStringLiteral("close_publicity"),
                                        QStringLiteral("confirm"),
                                        QStringLiteral("notify"),
                                        QStringLiteral("pay_stage")};
    Result<QList<Case>> open = inScope(true);
    if (!open)
        return open.error();
    Result<QList<CaseRow>> all = rows(*open, date);
    if (!all)
        return all;
    QList<CaseRow> out;
    for (CaseRow &r : *all) {
        QStringList mine;
        for (const QString &e : std::as_const(r.nextSteps)) {
            if (forward.contains(e))
                mine << e;
        }
        // A running notice waits on the calendar, not on anyone; a paid case only at review.
        if (mine.isEmpty() || (r.c.state == CaseState::Approved && !mine.contains(QStringLiteral("pay_stage"))))
            continue;
        r.nextSteps = mine;
        out << r;
    }
    return out;
}

Result<Assessment> CaseService::assess(const QString &caseId, const QDate &date)
{
    Result<Case> c = caseFor(caseId);
    if (!c)
        return c.error();
    return assess(*c, date);
}

Result<Assessment> CaseService::assess(const Case &c, const QDate &date)
{
    Result<Household> h = HouseholdRepository(d->profile.database(), d->profile.changes()).load(c.householdId);
    if (!h)
        return h.error();
    return assess(c, *h, date);
}

Result<Assessment> CaseService::assess(const Case &c, const Household &h, const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return Assessor(*policy).assess(h, AssessOptions::forCase(c, h, date));
}

Result<QList<PublicityBatch>> CaseService::publicityBatches(const QDate &date)
{
    Result<QList<Case>> all = inScope(false);
    if (!all)
        return all.error();
    QList<Case> posted;
    for (const Case &c : *all) {
        if (c.publicityStart.isValid() && c.publicityStart > date.addMonths(-6))
            posted << c;
    }
    Result<QList<CaseRow>> postedRows = rows(posted, date);
    if (!postedRows)
        return postedRows.error();
    // One batch per township and first day of notice, oldest first in the map.
    QMap<QPair<QDate, QString>, PublicityBatch> batches;
    for (const CaseRow &r : *postedRows) {
        PublicityBatch &b = batches[{r.c.publicityStart, townshipOf(r.c.areaCode)}];
        if (b.cases.isEmpty()) {
            b.start = r.c.publicityStart;
            b.townshipCode = townshipOf(r.c.areaCode);
            b.status = PublicityBatch::Status::Closed;
        }
        b.end = std::max(b.end, r.c.publicityEnd);
        b.objections += int(r.c.objections.size());
        if (r.c.state == CaseState::Publicity)
            b.status = date >= r.c.publicityEnd && b.status != PublicityBatch::Status::Running
                           ? PublicityBatch::Status::ReadyToClose
                           : PublicityBatch::Status::Running;
        b.cases << r;
    }
    QList<PublicityBatch> out;
    for (auto it = batches.cbegin(); it != batches.cend(); ++it)
        out.prepend(it.value()); // newest first
    return out;
}

Result<QList<Case>> CaseService::applyAll(const QStringList &caseIds,
                                          const std::function<Result<CaseEvent>(const Case &)> &eventFor, const QDate &date)
{
    QList<Case> done;
    Status st = d->profile.database().transaction([&]() -> Status {
        for (const QString &id : caseIds) {
            Result<Case> c = caseFor(id);
            if (!c)
                return c.error();
            Result<CaseEvent> event = eventFor(*c);
            Result<Case> next = event ? advance(id, *event, date) : Result<Case>(event.error());
            if (!next) {
                const Result<HouseholdSummary> h =
                    HouseholdRepository(d->profile.database(), d->profile.changes()).summary(c->householdId);
                return Error(next.error().code(),
                             tr("%1: %2 Nothing in this batch was saved.").arg(h ? h->headName : id, next.error().message()));
            }
            done << *next;
        }
        return {};
    });
    if (!st)
        return st.error();
    return done;
}

Result<QList<Case>> CaseService::startPublicity(const QStringList &caseIds, const QDate &date)
{
    return applyAll(
        caseIds,
        [&](const Case &c) -> Result<CaseEvent> {
            Result<Assessment> a = assess(c, date);
            if (!a)
                return a.error();
            if (!a->supports(c.programme))
                return Error(ErrorCode::InvalidInput,
                             tr("the assessment today finds \"%1\", not what was applied for; give this case its township "
                                "opinion on its own.")
                                 .arg(Assessment::programmeLabel(a->programme)));
            return CaseEvent{
                QStringLiteral("preliminary"),
                {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), double(a->monthlyFor(c.programme))}}};
        },
        date);
}

Result<QList<Case>> CaseService::closePublicity(const QStringList &caseIds, const QDate &date)
{
    return applyAll(
        caseIds,
        [](const Case &) -> Result<CaseEvent> {
            return CaseEvent{QStringLiteral("close_publicity"), {}};
        },
        date);
}

Result<CaseService::PaymentCheckJob> CaseService::paymentCheckJob(const QDate &date)
{
    if (Status st = m_auth.require(Permission::WorkOnCases); !st)
        return st.error();
    Result<PolicyBook> policy = PolicyService(d->session).current();
    if (!policy)
        return policy.error();
    return PaymentCheckJob([profile = &d->profile, policy = *policy, scopes = d->profile.scopes(), user = d->profile.user(),
                            date](const PaymentCheck::Progress &progress) -> Result<QList<PaymentDifference>> {
        Result<std::unique_ptr<Database>> db = profile->openReader();
        if (!db)
            return db.error();
        return PaymentCheck::run(**db, user, policy, scopes, date, progress);
    });
}

Result<ReviewPreview> CaseService::reviewPreview(const QString &caseId, const QDate &date)
{
    Result<Case> c = caseFor(caseId);
    if (!c)
        return c.error();
    Result<Household> now = HouseholdRepository(d->profile.database(), d->profile.changes()).load(c->householdId);
    if (!now)
        return now.error();
    ReviewPreview preview;
    preview.c = *c;
    if (const Person *head = now->head())
        preview.headName = head->name;
    if (!c->baseline.isEmpty()) {
        Result<Household> then = Household::fromJson(c->baseline);
        if (!then)
            return then.error();
        preview.since = c->baselineOn;
        preview.changes = HouseholdDiff::describe(*then, *now);
    }
    Result<Assessment> a = assess(*c, *now, date);
    if (!a)
        return a.error();
    preview.assessment = *a;
    if (!a->supports(c->programme)) {
        preview.suggestedOutcome = QStringLiteral("stop");
        for (const QString &r : a->reasons) {
            if (Workflow::reasonCodes().contains(r)) {
                preview.suggestedReason = r;
                break;
            }
        }
    } else {
        preview.suggestedMonthlyFen = a->monthlyFor(c->programme);
        preview.suggestedOutcome = preview.suggestedMonthlyFen > c->monthlyFen   ? QStringLiteral("increase")
                                   : preview.suggestedMonthlyFen < c->monthlyFen ? QStringLiteral("decrease")
                                                                                 : QStringLiteral("keep");
    }
    return preview;
}

} // namespace doudi::core
