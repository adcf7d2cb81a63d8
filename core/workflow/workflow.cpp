#include "workflow/workflow.h"

#include "common/labeltable.h"
#include "workflow/steps.h"

namespace doudi::core {

namespace {
// DOMAIN §2: why a case is refused, stopped or terminated.
const LabelTable<> &reasons()
{
    static const LabelTable<> table(
        "doudi::core::Workflow",
        {
            {"income_over_standard", QT_TRANSLATE_NOOP("doudi::core::Workflow", "income over the standard")},
            {"assets_over_limit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "assets over the limits")},
            {"refused_investigation",
             QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused the investigation or the information check")},
            {"false_declaration", QT_TRANSLATE_NOOP("doudi::core::Workflow", "false declaration")},
            {"refused_work", QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused suitable work repeatedly")},
            {"obligor_able", QT_TRANSLATE_NOOP("doudi::core::Workflow", "an obliged relative is able to support")},
            {"unreachable", QT_TRANSLATE_NOOP("doudi::core::Workflow", "cannot be reached")},
            {"death", QT_TRANSLATE_NOOP("doudi::core::Workflow", "death")},
            {"moved_away", QT_TRANSLATE_NOOP("doudi::core::Workflow", "moved away")},
            {"regained_capacity", QT_TRANSLATE_NOOP("doudi::core::Workflow", "regained the ability to work")},
            {"prison", QT_TRANSLATE_NOOP("doudi::core::Workflow", "serving a prison sentence")},
            {"voluntary_exit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "asked to leave the programme")},
        });
    return table;
}
} // namespace

QStringList Workflow::reasonCodes()
{
    return reasons().codes();
}

QString Workflow::reasonLabel(const QString &code)
{
    return reasons().labelOfCode(code);
}

QString Workflow::eventLabel(const QString &event)
{
    static const LabelTable<> events(
        "doudi::core::Workflow",
        {
            {"submit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "application registered")},
            {"carry_over", QT_TRANSLATE_NOOP("doudi::core::Workflow", "carried over from the township's roster")},
            {"accept", QT_TRANSLATE_NOOP("doudi::core::Workflow", "accepted")},
            {"request_papers", QT_TRANSLATE_NOOP("doudi::core::Workflow", "missing papers listed")},
            {"pay_first", QT_TRANSLATE_NOOP("doudi::core::Workflow", "urgent aid paid first")},
            {"start_investigation", QT_TRANSLATE_NOOP("doudi::core::Workflow", "investigation started")},
            {"record_check", QT_TRANSLATE_NOOP("doudi::core::Workflow", "information check recorded")},
            {"record_visit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "home visit recorded")},
            {"democratic_review", QT_TRANSLATE_NOOP("doudi::core::Workflow", "democratic review recorded")},
            {"complete_investigation", QT_TRANSLATE_NOOP("doudi::core::Workflow", "investigation finished")},
            {"preliminary", QT_TRANSLATE_NOOP("doudi::core::Workflow", "township opinion")},
            {"objection", QT_TRANSLATE_NOOP("doudi::core::Workflow", "objection during the notice")},
            {"close_publicity", QT_TRANSLATE_NOOP("doudi::core::Workflow", "public notice closed")},
            {"confirm", QT_TRANSLATE_NOOP("doudi::core::Workflow", "confirmed")},
            {"refuse", QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused")},
            {"notify", QT_TRANSLATE_NOOP("doudi::core::Workflow", "written notice sent")},
            {"extend", QT_TRANSLATE_NOOP("doudi::core::Workflow", "time limit extended")},
            {"review", QT_TRANSLATE_NOOP("doudi::core::Workflow", "reviewed")},
            // Not steps of the procedure: the township's batch when the standards change (RerateService).
            {"rerate", QT_TRANSLATE_NOOP("doudi::core::Workflow", "re-rated for the new standards")},
            {"rerate_review", QT_TRANSLATE_NOOP("doudi::core::Workflow", "review brought forward by the change of standards")},
            {"terminate", QT_TRANSLATE_NOOP("doudi::core::Workflow", "terminated")},
            {"pay_stage", QT_TRANSLATE_NOOP("doudi::core::Workflow", "stage paid")},
            {"withdraw", QT_TRANSLATE_NOOP("doudi::core::Workflow", "withdrawn")},
        });
    return events.labelOfCode(event);
}

QString CaseTask::kindLabel(const QString &kind)
{
    static const LabelTable<> kinds(
        "doudi::core::CaseTask",
        {
            {"investigation_start", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Start the investigation")},
            {"investigation", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Finish the extreme poverty investigation")},
            {"case", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Finish the whole case")},
            {"publicity_end", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Public notice ends")},
            {"county_opinion", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "County opinion due")},
            {"refusal_notice", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Send the written refusal")},
            {"pay_first", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Pay the urgent aid")},
            {"review_due", QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Periodic review due")},
        });
    return kinds.labelOfCode(kind);
}

QString CaseTask::urgencyCode(Urgency u)
{
    return u == Urgency::Overdue   ? QStringLiteral("overdue")
           : u == Urgency::DueSoon ? QStringLiteral("due_soon")
                                   : QStringLiteral("upcoming");
}

Workflow::Workflow(const PolicyBook &policy) : m_procedure(policy) {}

Result<Case> Workflow::submit(const QString &id, const QString &householdId, const QString &areaCode, CaseProgramme programme,
                              bool relative, const Actor &actor) const
{
    // Registering is a fieldworker's step, like a home visit; there is no case yet to check.
    if (!rolesFor(StepRoles::Fieldworkers, Case(), actor.date, m_procedure).contains(actor.role))
        return Error(ErrorCode::NotAllowed, tr("Only village assistants and caseworkers register applications."));
    if (householdId.isEmpty() || areaCode.size() != 12)
        return Error(ErrorCode::InvalidInput, tr("An application needs its household and the household's village."));
    Case c;
    c.id = id;
    c.householdId = householdId;
    c.areaCode = areaCode;
    c.programme = programme;
    c.relative = relative;
    c.submittedOn = actor.date;
    c.history << CaseHistory{actor.at,
                             actor.user,
                             actor.role,
                             QStringLiteral("submit"),
                             CaseState::Submitted,
                             CaseState::Submitted,
                             relative ? tr("related to a caseworker or village cadre") : QString()};
    return c;
}

Result<Case> Workflow::carryOver(const QString &id, const QString &householdId, const QString &areaCode, CaseProgramme programme,
                                 Fen monthlyFen, const QDate &since, const Actor &actor) const
{
    if (!rolesFor(StepRoles::Caseworkers, Case(), actor.date, m_procedure).contains(actor.role))
        return Error(ErrorCode::NotAllowed, tr("Only township and county staff carry over entitlements from a roster."));
    if (Case::isTemporary(programme))
        return Error(ErrorCode::InvalidInput, tr("Temporary assistance is paid once and is not carried over."));
    if (householdId.isEmpty() || areaCode.size() != 12 || !since.isValid() || since > actor.date || monthlyFen < 0)
        return Error(
            ErrorCode::InvalidInput,
            tr("A carried-over entitlement needs its household, its village, an amount and a month it has been paid since."));
    Case c;
    c.id = id;
    c.householdId = householdId;
    c.areaCode = areaCode;
    c.programme = programme;
    c.state = CaseState::Approved;
    c.monthlyFen = monthlyFen;
    c.entitlementStart = QDate(since.year(), since.month(), 1);
    const Result<qint64> months = m_procedure.reviewMonths(c, actor.date);
    if (!months)
        return months.error();
    c.nextReview = c.entitlementStart;
    while (c.nextReview <= actor.date)
        c.nextReview = c.nextReview.addMonths(int(qMax<qint64>(1, *months)));
    c.history << CaseHistory{actor.at,
                             actor.user,
                             actor.role,
                             QStringLiteral("carry_over"),
                             CaseState::Approved,
                             CaseState::Approved,
                             money::formatYuan(monthlyFen)};
    return c;
}

QStringList Workflow::possibleEvents(const Case &c, const QString &role, const QDate &today) const
{
    QStringList out;
    for (const WorkflowStep &step : workflowSteps()) {
        if (!stepRefusal(step, c, role, today, m_procedure))
            out << QString::fromLatin1(step.event);
    }
    return out;
}

QString Workflow::whyNot(const Case &c, const QString &event, const QString &role, const QDate &today) const
{
    const WorkflowStep *step = findWorkflowStep(event);
    const std::optional<Error> no = step ? stepRefusal(*step, c, role, today, m_procedure) : std::nullopt;
    return no ? no->message() : QString();
}

Result<Case> Workflow::apply(const Case &current, const CaseEvent &event, const Actor &actor) const
{
    const WorkflowStep *step = findWorkflowStep(event.name);
    if (!step)
        return Error(ErrorCode::InvalidInput, tr("\"%1\" is not a step of the procedure.").arg(event.name.left(40)));
    if (std::optional<Error> no = stepRefusal(*step, current, actor.role, actor.date, m_procedure))
        return *no;
    Case c = current;
    StepContext context{c, event.data, actor, m_procedure, QString()};
    if (std::optional<Error> no = step->effect(context))
        return *no;
    // A case that has ended has no time limit left to keep.
    if (!c.isOpen())
        c.deadlines.remove(QStringLiteral("case"));
    c.history << CaseHistory{actor.at,
                             actor.user,
                             actor.role,
                             event.name,
                             current.state,
                             c.state,
                             context.note.isEmpty() ? event.data.value(QStringLiteral("note")).toString() : context.note};
    return c;
}

QList<CaseTask> Workflow::tasks(const QList<Case> &cases, const QDate &today, int soonWorkingDays) const
{
    QList<CaseTask> out;
    const auto urgency = [&](const QDate &due) {
        if (due < today)
            return CaseTask::Urgency::Overdue;
        const Result<int> left = m_procedure.workingDays().workingDaysBetween(today, due);
        const int days = left.valueOr(int(today.daysTo(due))); // a year without calendar: count plain days
        return days <= soonWorkingDays ? CaseTask::Urgency::DueSoon : CaseTask::Urgency::Upcoming;
    };
    for (const Case &c : cases) {
        for (auto it = c.deadlines.cbegin(); it != c.deadlines.cend(); ++it)
            out << CaseTask{c.id, c.householdId, c.areaCode, it.key(), it.value(), urgency(it.value())};
        if (c.state == CaseState::Approved && c.nextReview.isValid() && today.daysTo(c.nextReview) <= 30)
            out << CaseTask{c.id, c.householdId, c.areaCode, QStringLiteral("review_due"), c.nextReview, urgency(c.nextReview)};
    }
    std::sort(out.begin(), out.end(), [](const CaseTask &a, const CaseTask &b) { return a.due < b.due; });
    return out;
}

} // namespace doudi::core
