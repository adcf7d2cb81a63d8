#pragma once

#include "common/error.h"
#include "domain/case.h"

#include <optional>

namespace doudi::core {

struct Actor;
class ProcedurePolicy;

// Who may take a step (DOMAIN §2, §3).
enum class StepRoles
{
    Fieldworkers, // village helpers and every caseworker: registering, visiting, withdrawing
    Caseworkers,  // township, township head and county
    Confirmers,   // whoever confirms this case (ProcedurePolicy::confirmRoles)
};

// The states a step starts from, and what to say when the case is in another one (nullptr:
// "This cannot be done while the case is …").
struct StepStates
{
    QList<CaseState> states;
    const char *otherwise = nullptr;
};

// The programmes a step is for, and why not for the others.
struct StepProgrammes
{
    QList<CaseProgramme> programmes;
    const char *otherwise = nullptr;
};

// What a step's effect works on: the case as it will be kept, the data the step brings, who
// takes it, the policy's numbers; and the note it leaves in the case's history.
struct StepContext
{
    Case &c;
    const QJsonObject &data;
    const Actor &actor;
    const ProcedurePolicy &policy;
    QString note;
};

// A condition on the case (never on the step's data) that must hold before the step can be
// taken: why not, or nothing.
using StepCheck = std::optional<Error> (*)(const Case &c, const QDate &today);
// Checks the step's data, then changes the case; a refusal changes nothing that is kept.
using StepEffect = std::optional<Error> (*)(StepContext &step);

// One step of the procedure. Workflow::apply, possibleEvents and whyNot all read these, so
// what the screens offer is what apply accepts, short of the data.
struct WorkflowStep
{
    const char *event;
    StepRoles roles;
    StepStates from;
    StepProgrammes programmes;
    QList<StepCheck> checks;
    StepEffect effect;
};

// Every step after registration (Workflow::submit), in the order the screens offer them.
const QList<WorkflowStep> &workflowSteps();
const WorkflowStep *findWorkflowStep(const QString &event);

QStringList rolesFor(StepRoles roles, const Case &c, const QDate &date, const ProcedurePolicy &policy);

// Why this role cannot take this step on this case today, checking the role, the programme,
// the state and the checks in that order (for a confirmation the state before the role);
// nothing when it can, given the data it needs.
std::optional<Error> stepRefusal(const WorkflowStep &step, const Case &c, const QString &role, const QDate &today,
                                 const ProcedurePolicy &policy);

} // namespace doudi::core
