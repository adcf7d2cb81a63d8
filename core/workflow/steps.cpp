#include "workflow/steps.h"

#include "workflow/procedurepolicy.h"
#include "workflow/stepeffects.h"
#include "workflow/workflow.h"

namespace doudi::core {

namespace {
using S = CaseState;
using P = CaseProgramme;
using steps::notAllowed;

StepStates from(QList<CaseState> states)
{
    return {std::move(states)};
}

// Withdrawing needs an application still in progress: any open state short of approval.
const StepStates kInProgress = {{S::Submitted, S::AwaitingPapers, S::Accepted, S::PaidFirst, S::Investigating, S::Investigated,
                                 S::Publicity, S::AwaitingConfirmation},
                                QT_TRANSLATE_NOOP("Workflow", "Only an application still in progress can be withdrawn.")};
// Extending depends on the case's time limit still running (checked below), not on its state.
const StepStates kAnyState = {{S::Submitted, S::AwaitingPapers, S::Accepted, S::PaidFirst, S::Investigating, S::Investigated,
                               S::Publicity, S::AwaitingConfirmation, S::Approved, S::Completed, S::Refused, S::Stopped,
                               S::Terminated, S::Withdrawn}};

const StepProgrammes kAnyProgramme = {{P::Dibao, P::Tekun, P::Edge, P::Rigid, P::TemporaryUrgent, P::TemporaryExpenditure}};
// DOMAIN §4: 急难型 is paid first, the paperwork follows.
const StepProgrammes kUrgentOnly = {
    {P::TemporaryUrgent}, QT_TRANSLATE_NOOP("Workflow", "Only urgent temporary assistance is paid before the paperwork.")};
// DOMAIN §4: 一次审批、分阶段救助.
const StepProgrammes kTemporaryOnly = {{P::TemporaryUrgent, P::TemporaryExpenditure},
                                       QT_TRANSLATE_NOOP("Workflow", "Only temporary assistance is paid in stages.")};
// DOMAIN §2 动态管理 is for the continuing programmes; temporary aid is decided once.
const StepProgrammes kNotTemporary = {{P::Dibao, P::Tekun, P::Edge, P::Rigid},
                                      QT_TRANSLATE_NOOP("Workflow", "Temporary assistance is not reviewed.")};

std::optional<Error> urgentAidPaidFirst(const Case &c, const QDate &)
{
    if (c.programme == P::TemporaryUrgent && c.state == S::Accepted)
        return notAllowed(Workflow::tr("Urgent aid is paid first: record pay_first before the investigation."));
    return std::nullopt;
}

std::optional<Error> noticePeriodOver(const Case &c, const QDate &today)
{
    if (today < c.publicityEnd)
        return notAllowed(Workflow::tr("The public notice runs until %1.").arg(c.publicityEnd.toString(Qt::ISODate)));
    return std::nullopt;
}

std::optional<Error> noticeNotYetSent(const Case &c, const QDate &)
{
    if (!c.deadlines.contains(QStringLiteral("refusal_notice")))
        return notAllowed(Workflow::tr("The written notice has already been recorded."));
    return std::nullopt;
}

std::optional<Error> caseStillRunning(const Case &c, const QDate &)
{
    if (!c.acceptedOn.isValid() || !c.deadlines.contains(QStringLiteral("case")))
        return notAllowed(Workflow::tr("Only an accepted case that is still running can be extended."));
    return std::nullopt;
}

std::optional<Error> notExtendedYet(const Case &c, const QDate &)
{
    if (c.extended)
        return notAllowed(Workflow::tr("The case has already been extended once."));
    return std::nullopt;
}

// The words written into the table above, in the context of Workflow::tr's own.
QString translated(const char *text)
{
    return QCoreApplication::translate("Workflow", text);
}
} // namespace

const QList<WorkflowStep> &workflowSteps()
{
    using R = StepRoles;
    using namespace steps;
    // DOMAIN §2 (低保, and 特困 and 低保边缘 alike), §3 (特困's own time limit), §4 (临时救助).
    static const QList<WorkflowStep> table = {
        // event                  roles            from                                                         programmes checks
        // effect
        {"accept", R::Caseworkers, from({S::Submitted, S::AwaitingPapers}), kAnyProgramme, {}, accept},
        {"request_papers", R::Caseworkers, from({S::Submitted}), kAnyProgramme, {}, requestPapers},
        {"pay_first", R::Caseworkers, from({S::Accepted}), kUrgentOnly, {}, payFirst},
        {"start_investigation",
         R::Caseworkers,
         from({S::Accepted, S::PaidFirst}),
         kAnyProgramme,
         {urgentAidPaidFirst},
         startInvestigation},
        {"record_check", R::Caseworkers, from({S::Investigating}), kAnyProgramme, {}, recordCheck},
        {"record_visit", R::Fieldworkers, from({S::Investigating}), kAnyProgramme, {}, recordVisit},
        {"democratic_review", R::Caseworkers, from({S::Investigating, S::Investigated}), kAnyProgramme, {}, democraticReview},
        {"complete_investigation", R::Caseworkers, from({S::Investigating}), kAnyProgramme, {}, completeInvestigation},
        {"preliminary", R::Caseworkers, from({S::Investigated}), kAnyProgramme, {}, preliminary},
        {"objection", R::Caseworkers, from({S::Publicity}), kAnyProgramme, {}, objection},
        {"close_publicity", R::Caseworkers, from({S::Publicity}), kAnyProgramme, {noticePeriodOver}, closePublicity},
        {"confirm", R::Confirmers, from({S::AwaitingConfirmation}), kAnyProgramme, {}, confirm},
        {"refuse", R::Confirmers, from({S::AwaitingConfirmation}), kAnyProgramme, {}, refuse},
        {"notify", R::Caseworkers, from({S::Refused, S::Stopped, S::Terminated}), kAnyProgramme, {noticeNotYetSent}, notify},
        {"extend", R::Caseworkers, kAnyState, kAnyProgramme, {caseStillRunning, notExtendedYet}, extend},
        {"review", R::Caseworkers, from({S::Approved}), kNotTemporary, {}, review},
        {"terminate", R::Caseworkers, from({S::Approved}), kAnyProgramme, {}, terminate},
        {"pay_stage", R::Caseworkers, from({S::Approved}), kTemporaryOnly, {}, payStage},
        {"withdraw", R::Fieldworkers, kInProgress, kAnyProgramme, {}, withdraw},
    };
    return table;
}

const WorkflowStep *findWorkflowStep(const QString &event)
{
    for (const WorkflowStep &step : workflowSteps()) {
        if (event == QLatin1String(step.event))
            return &step;
    }
    return nullptr;
}

QStringList rolesFor(StepRoles roles, const Case &c, const QDate &date, const ProcedurePolicy &policy)
{
    switch (roles) {
    case StepRoles::Fieldworkers:
        return {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"), QStringLiteral("county")};
    case StepRoles::Caseworkers:
        return {QStringLiteral("township"), QStringLiteral("township_head"), QStringLiteral("county")};
    case StepRoles::Confirmers:
        return policy.confirmRoles(c, date);
    }
    return {};
}

std::optional<Error> stepRefusal(const WorkflowStep &step, const Case &c, const QString &role, const QDate &today,
                                 const ProcedurePolicy &policy)
{
    const auto roleRefusal = [&]() -> std::optional<Error> {
        const QStringList roles = rolesFor(step.roles, c, today, policy);
        if (roles.contains(role))
            return std::nullopt;
        return notAllowed(
            Workflow::tr("Your role (%1) may not do this; it is for: %2.").arg(role, roles.join(QStringLiteral(", "))));
    };
    const auto stateRefusal = [&]() -> std::optional<Error> {
        if (step.from.states.contains(c.state))
            return std::nullopt;
        return notAllowed(step.from.otherwise
                              ? translated(step.from.otherwise)
                              : Workflow::tr("This cannot be done while the case is \"%1\".").arg(Case::stateLabel(c.state)));
    };
    // Who confirms is settled only when the case awaits confirmation (for temporary aid the
    // township's opinion sets the level), so for a confirmation the state is asked first.
    const bool rolesFollowTheCase = step.roles == StepRoles::Confirmers;
    if (std::optional<Error> no = rolesFollowTheCase ? stateRefusal() : roleRefusal())
        return no;
    if (!step.programmes.programmes.contains(c.programme))
        return notAllowed(translated(step.programmes.otherwise));
    if (std::optional<Error> no = rolesFollowTheCase ? roleRefusal() : stateRefusal())
        return no;
    for (StepCheck check : step.checks) {
        if (std::optional<Error> no = check(c, today))
            return no;
    }
    return std::nullopt;
}

} // namespace doudi::core
