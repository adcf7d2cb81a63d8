#pragma once

#include "common/result.h"
#include "policy/policybook.h"

#include <QCoreApplication>
#include <QHash>

namespace doudi::core {

// Working-day arithmetic on the published calendar (DOMAIN §7): weekends off, public
// holidays off, make-up working days (调休) on. A year the calendar does not hold is an
// error, never a guess: a deadline counted without the holidays would be wrong.
class WorkingDays
{
    Q_DECLARE_TR_FUNCTIONS(WorkingDays)
public:
    explicit WorkingDays(const QList<CalendarYear> &years);

    Result<bool> isWorkingDay(const QDate &date) const;
    // "Within n working days of start": the n-th working day after start (start itself not counted).
    Result<QDate> addWorkingDays(const QDate &start, int n) const;
    // Working days after from, up to and including to (0 when to <= from).
    Result<int> workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QHash<int, bool> m_years;
    QHash<QDate, bool> m_exceptions; // true: working day on a weekend; false: holiday
};

} // namespace doudi::core
