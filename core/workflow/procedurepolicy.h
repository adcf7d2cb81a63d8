#pragma once

#include "common/result.h"
#include "domain/case.h"
#include "policy/policybook.h"
#include "policy/workingdays.h"

namespace doudi::core {

// What the procedure reads from the county's policy for one case: its time limits in working
// days on the policy's calendar, its review cycle, and who confirms it (DOMAIN §2, §7).
class ProcedurePolicy
{
public:
    explicit ProcedurePolicy(const PolicyBook &policy);

    Result<qint64> integer(const Case &c, const char *key, const QDate &date) const;
    // `from` plus the number of working days the parameter `key` gives.
    Result<QDate> workingDaysAfter(const Case &c, const QDate &from, const char *key) const;
    // Months to the next review, or to the end of a rigid-expenditure status.
    Result<qint64> reviewMonths(const Case &c, const QDate &date) const;
    // The roles that may confirm or refuse this case on this day.
    QStringList confirmRoles(const Case &c, const QDate &date) const;
    const WorkingDays &workingDays() const { return m_days; }

private:
    const PolicyBook &m_policy;
    WorkingDays m_days;
};

} // namespace doudi::core
