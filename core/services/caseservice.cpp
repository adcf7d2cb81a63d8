#include "services/caseservice.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "services/policyservice.h"
#include "storage/householdrepository.h"

#include <QJsonArray>
#include "identity/areacode.h"
#include "storage/profile.h"

namespace doudi::core {

CaseService::CaseService(Profile &profile) : m_profile(profile), m_cases(profile.database(), profile.changes()) {}

Result<Actor> CaseService::actor(const QDate &date) const
{
    if (m_profile.role().isEmpty())
        return Error(ErrorCode::NotAllowed, tr("Sign in as a user to work on cases (a recovery-code unlock has no role)."));
    return Actor{m_profile.user(), m_profile.role(), date, Clock::nowUtc()};
}

Status CaseService::readyToRegister()
{
    if (Result<Actor> who = actor(Clock::today()); !who)
        return who.error();
    if (Result<PolicyBook> policy = PolicyService(m_profile).current(); !policy)
        return policy.error();
    return {};
}

Result<Case> CaseService::create(const QString &householdId, CaseProgramme programme, bool relative, const QDate &date,
                                 const QString &reason)
{
    Result<Actor> who = actor(date);
    if (!who)
        return who.error();
    Result<Household> h = HouseholdRepository(m_profile.database(), m_profile.changes()).load(householdId);
    if (!h)
        return h.error();
    Result<PolicyBook> policy = PolicyService(m_profile).current();
    if (!policy)
        return policy.error();
    Result<Case> c = Workflow(*policy).submit(RandomSource::uuidString(), h->meta.id, h->areaCode, programme, relative, *who);
    if (!c)
        return c;
    c->applicationReason = reason.trimmed().left(2000);
    if (Status st = m_cases.save(*c); !st)
        return st.error();
    return c;
}

Result<Case> CaseService::advance(const QString &caseId, const CaseEvent &event, const QDate &date)
{
    Result<Actor> who = actor(date);
    if (!who)
        return who.error();
    Result<Case> current = m_cases.load(caseId);
    if (!current)
        return current;
    Result<PolicyBook> policy = PolicyService(m_profile).current();
    if (!policy)
        return policy.error();
    Result<Case> next = Workflow(*policy).apply(*current, event, *who);
    if (!next)
        return next;
    if (Status st = m_cases.save(*next); !st)
        return st.error();
    return next;
}

Result<Case> CaseService::get(const QString &caseId)
{
    return m_cases.load(caseId);
}

Result<Case> CaseService::recordVisit(const QString &caseId, const VisitInput &visit, const QDate &date)
{
    Result<Case> result = Error(ErrorCode::Internal, QString());
    Status st = m_profile.database().transaction([&]() -> Status {
        AttachmentRepository attachments(m_profile.database(), m_profile.changes());
        QJsonArray photos;
        for (const QByteArray &jpeg : visit.photosJpeg) {
            Attachment a{QString(), QString(), QStringLiteral("image/jpeg"), QStringLiteral("photo"), QStringLiteral("case"),
                         caseId, QString(), jpeg};
            if (Status s = attachments.store(a); !s)
                return s;
            photos.append(a.id);
        }
        QJsonObject signatures;
        for (auto it = visit.signaturesPng.cbegin(); it != visit.signaturesPng.cend(); ++it) {
            Attachment a{QString(), QString(), QStringLiteral("image/png"), QStringLiteral("signature"), QStringLiteral("case"),
                         caseId, it.key(), it.value()};
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
                               {QStringLiteral("signatures"), signatures}};
        result = advance(caseId, {QStringLiteral("record_visit"), data}, date);
        return result ? Status() : Status(result.error());
    });
    if (!st)
        return st.error();
    return result;
}

Result<QList<Attachment>> CaseService::attachments(const QString &caseId, bool withData)
{
    return AttachmentRepository(m_profile.database(), m_profile.changes()).forOwner(QStringLiteral("case"), caseId, withData);
}

Result<QList<Case>> CaseService::forHousehold(const QString &householdId)
{
    return m_cases.forHousehold(householdId);
}

Result<QStringList> CaseService::possibleEvents(const QString &caseId, const QDate &date)
{
    Result<Case> c = m_cases.load(caseId);
    if (!c)
        return c.error();
    Result<PolicyBook> policy = PolicyService(m_profile).current();
    if (!policy)
        return policy.error();
    return Workflow(*policy).possibleEvents(*c, m_profile.role(), date);
}

Result<QList<CaseTask>> CaseService::tasks(const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(m_profile).current();
    if (!policy)
        return policy.error();
    QList<Case> open;
    const QStringList scopes = m_profile.scopes().isEmpty() ? QStringList{QString()} : m_profile.scopes();
    for (const QString &scope : scopes) {
        Result<QList<Case>> cases = m_cases.list(scope.isEmpty() ? QString() : AreaCode::prefix(scope), true);
        if (!cases)
            return cases.error();
        open += *cases;
    }
    return Workflow(*policy).tasks(open, date);
}

} // namespace doudi::core
