#pragma once

#include "common/money.h"
#include "domain/case.h"
#include "policy/assessment.h"

#include <functional>

namespace doudi::core {

// A household being paid whose amount differs from what today's policy gives it, e.g.
// after the county raised its standard: a candidate for 增发, 减发 or 停发 at review.
struct PaymentDifference
{
    QString caseId;
    QString householdId;
    QString headName;
    QString areaCode;
    CaseProgramme programme = CaseProgramme::Dibao;
    Fen currentFen = 0;
    Programme assessedProgramme = Programme::None;
    Fen assessedFen = 0;
};

// Called as a long check goes: return false to stop it.
using PaymentCheckProgress = std::function<bool(int done, int total)>;

} // namespace doudi::core
