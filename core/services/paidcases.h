#pragma once

#include "common/result.h"
#include "domain/case.h"
#include "domain/household.h"

#include <functional>

namespace doudi::core {

class CaseRepository;
class HouseholdRepository;

// An internal header of doudi_services: the walk the payment check and the 调标 share.
// Visits every case paid each month (低保 and 特困, confirmed; 临时救助 is paid once, 低保边缘 and
// 刚性支出 have no amount of their own) within the area prefixes (none: everywhere), with its
// household. progress(done, total) is called as it goes; when it returns false the walk stops
// with ErrorCode::Cancelled and the message `stopped`.
class PaidCases
{
public:
    static bool isPaidMonthly(const Case &c);
    static Result<int> forEach(CaseRepository &cases, HouseholdRepository &households, const QStringList &prefixes,
                               const std::function<bool(int done, int total)> &progress, const QString &stopped,
                               const std::function<Status(const Case &, const Household &)> &visit);
};

} // namespace doudi::core
