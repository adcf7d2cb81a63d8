#pragma once

#include "domain/attachment.h"
#include "domain/case.h"
#include "domain/draft.h"
#include "policy/assessment.h"
#include "policy/temporaryassistance.h"
#include "services/authorization.h"
#include "services/paymentdifference.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace doudi::core {

class HouseholdService;
class Session;

// A case as a list shows it: with the head of its household and what this user can do next.
struct CaseRow
{
    Case c;
    QString headName;
    QStringList nextSteps; // workflow events open to this user's role today
};

// The cases of one township whose 公示 began on the same day: posted together as one list.
struct PublicityBatch
{
    enum class Status
    {
        Running,
        ReadyToClose,
        Closed
    };
    QString townshipCode;
    QDate start;
    QDate end;
    Status status = Status::Running;
    QList<CaseRow> cases;
    int objections = 0;
};

// What a reviewer needs: the household's changes since the last decision and what the
// county's policy gives it today.
struct ReviewPreview
{
    Case c;
    QString headName;
    QDate since; // the last decision; invalid when the case predates baselines
    QStringList changes;
    Assessment assessment;
    // What the assessment suggests: keep, increase, decrease or stop (with a reason code).
    QString suggestedOutcome;
    Fen suggestedMonthlyFen = 0;
    QString suggestedReason;
};

// Applications through the procedure, acting as the unlocked user with their role, under
// the county policy imported on this device.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(Session &session);
    ~CaseService();
    CaseService(CaseService &&other) noexcept;
    // For writing what happened before (the demo's applications, issue 16's rosters): steps
    // may carry any past date. Every other CaseService dates a step today, or up to the
    // county's step.late.days before with a reason (late_reason), never after today.
    static CaseService forHistory(Session &session);

    // A new application from the intake form: the household, its application and the papers
    // scanned for it, saved all together or not at all.
    struct Intake
    {
        QJsonObject household; // the shape `household add` takes
        CaseProgramme programme = CaseProgramme::Dibao;
        bool relative = false;
        QString reason;
        struct Paper
        {
            QByteArray jpeg;
            QString label;
        };
        QList<Paper> papers;
        QStringList movedIn; // ID numbers of members who moved here from a household on record
        QString draftId;     // the intake draft this came from: deleted in the same transaction
    };
    Result<Case> registerApplication(HouseholdService &households, const Intake &intake, const QDate &date);

    // 临时救助 for a household on record: what the policy allows for this request (the
    // household's temporary aid already paid this year counted in).
    Result<TemporaryDecision> previewTemporary(const QString &householdId, TemporaryRequest request, const QDate &date);
    // The fast path: registers and accepts the application in one go and, for 急难型 small
    // quick aid, records the money paid first (先行救助); the paperwork follows. All or none.
    Result<Case> grantTemporary(const QString &householdId, const TemporaryRequest &request, const QString &reason,
                                const QDate &date);

    // Unfinished intakes of this user on this device.
    Status saveIntakeDraft(Draft &draft);
    Result<QList<Draft>> intakeDrafts();
    Result<Draft> intakeDraft(const QString &id);
    Status removeIntakeDraft(const QString &id);

    Result<Case> create(const QString &householdId, CaseProgramme programme, bool relative, const QDate &date,
                        const QString &reason = {}, const QString &lateReason = {});
    // Whether this user could register an application now (a role, and county policy present).
    Status readyToRegister();
    Result<Case> advance(const QString &caseId, const CaseEvent &event, const QDate &date);
    Result<Case> get(const QString &caseId);

    struct VisitInput
    {
        QDate date;         // the day of the visit: the step's date (today, or late with a reason)
        QString lateReason; // why it is recorded after that day
        QStringList investigators;
        bool byCounty = false;
        QString findings;
        QJsonObject checklist;
        QList<QByteArray> photosJpeg;            // already downscaled
        QMap<QString, QByteArray> signaturesPng; // signer (investigator, or "interviewee") → drawing
        bool signedOnPaper = false;              // the paper form carries the signatures instead
    };
    // Who can be named as the investigators of a case's home visit: the signed-in user, and
    // the other active staff this device knows whose areas take in the case's village (village
    // helpers first, then township and county staff), each by full name. Anyone else, such as
    // a village cadre, is named by hand.
    struct VisitTeam
    {
        QString me;
        QStringList others;
    };
    Result<VisitTeam> visitTeam(const QString &caseId);
    // Stores the photos and signatures and records the visit, all in one transaction.
    Result<Case> recordVisit(const QString &caseId, const VisitInput &visit, const QDate &date);
    Result<QList<Attachment>> attachments(const QString &caseId, bool withData);
    Result<QList<Case>> forHousehold(const QString &householdId);
    Result<QStringList> possibleEvents(const QString &caseId, const QDate &date);
    // Why this user cannot take a step on a case now (empty when they can).
    Result<QString> whyNot(const Case &c, const QString &event, const QDate &date);
    // Deadlines and reviews of the open cases within the user's scopes.
    Result<QList<CaseTask>> tasks(const QDate &date);
    // Open applications whose next step in the procedure is this user's to take.
    Result<QList<CaseRow>> waitingOnUser(const QDate &date);
    // Cases within the user's scopes in any of these states (all cases when empty).
    Result<QList<CaseRow>> list(const QList<CaseState> &states, const QDate &date);
    // What the county's policy gives the case's household on a day (渐退期 and the current
    // amount taken into account for a case being paid).
    Result<Assessment> assess(const QString &caseId, const QDate &date);

    // 公示: the batches started within the last half year, newest first.
    Result<QList<PublicityBatch>> publicityBatches(const QDate &date);
    // 初审 for several investigated cases at once, each approved at its assessed amount, so
    // that their notices start together. All or none: a case the policy does not support
    // stops the batch, and the error names it.
    Result<QList<Case>> startPublicity(const QStringList &caseIds, const QDate &date);
    // Closes the notices of these cases that have run their time; all or none.
    Result<QList<Case>> closePublicity(const QStringList &caseIds, const QDate &date);

    Result<ReviewPreview> reviewPreview(const QString &caseId, const QDate &date);

    // The check of every paid household against today's policy, prepared here and run on a
    // worker thread (it opens its own connection there).
    using PaymentCheckJob = std::function<Result<QList<PaymentDifference>>(const PaymentCheckProgress &)>;
    Result<PaymentCheckJob> paymentCheckJob(const QDate &date);

private:
    Result<Actor> actor(const QDate &date);
    // The date a person gives a step (see forHistory): today, or late within the county's
    // limit and with a reason.
    Status checkStepDate(const QDate &date, const QString &areaCode, const QString &lateReason);
    // A case, or a household, that the user may work on: the role and the household's area.
    Result<Case> caseFor(const QString &caseId);
    Result<Household> householdFor(const QString &householdId);
    Result<Assessment> assess(const Case &c, const QDate &date);
    Result<Assessment> assess(const Case &c, const Household &h, const QDate &date);
    Result<QList<Case>> inScope(bool openOnly);
    Result<QList<CaseRow>> rows(const QList<Case> &cases, const QDate &date);
    // One event on each case, in one transaction: all or none.
    Result<QList<Case>> applyAll(const QStringList &caseIds, const std::function<Result<CaseEvent>(const Case &)> &eventFor,
                                 const QDate &date);

    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
    bool m_history = false;
};

} // namespace doudi::core
