#include "policy/workingdays.h"

namespace doudi::core {

WorkingDays::WorkingDays(const QList<CalendarYear> &years)
{
    for (const CalendarYear &y : years) {
        m_years.insert(y.year, true);
        for (const QDate &d : y.holidays)
            m_exceptions.insert(d, false);
        for (const QDate &d : y.workdays)
            m_exceptions.insert(d, true);
    }
}

Result<bool> WorkingDays::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return Error(ErrorCode::InvalidInput, tr("The date is not valid."));
    if (!m_years.contains(date.year()))
        return Error(ErrorCode::NotFound, tr("The holidays of %1 are not in the calendar yet: deadlines in that year "
                                             "cannot be counted. Import the county's policy data for %1.")
                                              .arg(date.year()));
    const auto it = m_exceptions.constFind(date);
    if (it != m_exceptions.cend())
        return *it;
    return date.dayOfWeek() < 6;
}

Result<QDate> WorkingDays::addWorkingDays(const QDate &start, int n) const
{
    QDate d = start;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        const Result<bool> working = isWorkingDay(d);
        if (!working)
            return working.error();
        if (*working)
            ++counted;
    }
    return d;
}

Result<int> WorkingDays::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        const Result<bool> working = isWorkingDay(d);
        if (!working)
            return working.error();
        count += *working ? 1 : 0;
    }
    return count;
}

} // namespace doudi::core
