#pragma once

#include "common/result.h"
#include "policy/parameters.h"

#include <QCoreApplication>

namespace doudi::core {

// The public holidays and make-up working days (调休) of one year, as published.
struct CalendarYear
{
    int year = 0;
    QList<QDate> holidays; // days off that would otherwise be working days (or fall on weekends)
    QList<QDate> workdays; // weekend days that are working days
    QString source;
};

// A county's policy data: effective-dated parameters per area and the holiday calendars.
// Loading checks the whole file and refuses it at the first problem, naming its line.
class PolicyBook
{
    Q_DECLARE_TR_FUNCTIONS(PolicyBook)
public:
    static Result<PolicyBook> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // The demo county's policy shipped with Doudi (values labelled as samples).
    static const PolicyBook &demo();

    const QString &title() const { return m_title; }
    bool isSample() const { return m_sample; }
    const QList<Parameter> &parameters() const { return m_parameters; }
    const QList<CalendarYear> &calendars() const { return m_calendars; }

    // The value in force for key on date in area: among the entries whose area contains
    // areaCode and whose period covers date, the most specific area wins.
    Result<Parameter> lookup(const QString &key, const QString &areaCode, const QDate &date) const;

private:
    QString m_title;
    bool m_sample = false;
    QList<Parameter> m_parameters;
    QList<CalendarYear> m_calendars;
};

} // namespace doudi::core
