#pragma once

#include "workflow/steps.h"

// What each step of the procedure does to a case, once the table in steps.cpp has let it
// through (role, programme, state, checks). Each checks the data the step brings first.
namespace doudi::core::steps {

// The procedure does not allow this now, or not for this role.
Error notAllowed(const QString &why);
// The step's data is missing or wrong: the same step with better data will do.
Error missing(const QString &why);

std::optional<Error> accept(StepContext &s);
std::optional<Error> requestPapers(StepContext &s);
std::optional<Error> payFirst(StepContext &s);
std::optional<Error> startInvestigation(StepContext &s);
std::optional<Error> recordCheck(StepContext &s);
std::optional<Error> recordVisit(StepContext &s);
std::optional<Error> democraticReview(StepContext &s);
std::optional<Error> completeInvestigation(StepContext &s);
std::optional<Error> preliminary(StepContext &s);
std::optional<Error> objection(StepContext &s);
std::optional<Error> closePublicity(StepContext &s);
std::optional<Error> confirm(StepContext &s);
std::optional<Error> refuse(StepContext &s);
std::optional<Error> notify(StepContext &s);
std::optional<Error> extend(StepContext &s);
std::optional<Error> review(StepContext &s);
std::optional<Error> terminate(StepContext &s);
std::optional<Error> payStage(StepContext &s);
std::optional<Error> withdraw(StepContext &s);

} // namespace doudi::core::steps
