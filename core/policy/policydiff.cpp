#include "policy/policydiff.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace doudi::core {

namespace {
// Sorts by key, then area (everywhere first, a county before its townships), then from.
QString entryId(const Parameter &p)
{
    return p.key + QLatin1Char('\x1f') + p.area + QLatin1Char('\x1f') + p.from.toString(Qt::ISODate);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate); // empty for an open end
}

QJsonObject sideJson(const Parameter &p)
{
    return {{QStringLiteral("from"), day(p.from)},
            {QStringLiteral("to"), day(p.to)},
            {QStringLiteral("value"), p.valueText()},
            {QStringLiteral("source"), p.source}};
}

QJsonObject sideJson(const CalendarYear &y)
{
    QJsonArray holidays, workdays;
    for (const QDate &d : y.holidays)
        holidays.append(day(d));
    for (const QDate &d : y.workdays)
        workdays.append(day(d));
    return {{QStringLiteral("holidays"), holidays}, {QStringLiteral("workdays"), workdays}, {QStringLiteral("source"), y.source}};
}

template <typename Change> void addSides(QJsonObject &o, const Change &c)
{
    o.insert(QStringLiteral("change"), PolicyDiff::kindCode(c.kind));
    if (c.before)
        o.insert(QStringLiteral("old"), sideJson(*c.before));
    if (c.after)
        o.insert(QStringLiteral("new"), sideJson(*c.after));
    if (!c.differs.isEmpty())
        o.insert(QStringLiteral("differs"), QJsonArray::fromStringList(c.differs));
}

// Walks the union of two keyed maps in key order: what only the old one has is removed, what
// only the new one has is added, what both have is changed when `differs` names something.
template <typename Value, typename Change, typename Differs>
QList<Change> compare(const QMap<QString, Value> &before, const QMap<QString, Value> &after, Differs differs)
{
    QStringList ids = before.keys() + after.keys();
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());
    QList<Change> out;
    for (const QString &id : std::as_const(ids)) {
        Change c;
        if (!after.contains(id)) {
            c.kind = PolicyChangeKind::Removed;
            c.before = before.value(id);
        } else if (!before.contains(id)) {
            c.kind = PolicyChangeKind::Added;
            c.after = after.value(id);
        } else {
            c.differs = differs(before.value(id), after.value(id));
            if (c.differs.isEmpty())
                continue;
            c.before = before.value(id);
            c.after = after.value(id);
        }
        out << c;
    }
    return out;
}
} // namespace

PolicyDiff PolicyDiff::between(const PolicyBook &before, const PolicyBook &after)
{
    const auto entries = [](const PolicyBook &book) {
        QMap<QString, Parameter> out;
        for (const Parameter &p : book.parameters())
            out.insert(entryId(p), p);
        return out;
    };
    const auto years = [](const PolicyBook &book) {
        QMap<QString, CalendarYear> out;
        for (const CalendarYear &y : book.calendars())
            out.insert(QString::number(y.year), y);
        return out;
    };
    PolicyDiff diff;
    diff.parameters =
        compare<Parameter, ParameterChange>(entries(before), entries(after), [](const Parameter &a, const Parameter &b) {
            QStringList differs;
            if (a.to != b.to)
                differs << QStringLiteral("to");
            if (a.valueText() != b.valueText())
                differs << QStringLiteral("value");
            if (a.source != b.source)
                differs << QStringLiteral("source");
            return differs;
        });
    diff.calendars =
        compare<CalendarYear, CalendarChange>(years(before), years(after), [](const CalendarYear &a, const CalendarYear &b) {
            QStringList differs;
            if (a.holidays != b.holidays)
                differs << QStringLiteral("holidays");
            if (a.workdays != b.workdays)
                differs << QStringLiteral("workdays");
            if (a.source != b.source)
                differs << QStringLiteral("source");
            return differs;
        });
    return diff;
}

QString PolicyDiff::kindCode(PolicyChangeKind kind)
{
    switch (kind) {
    case PolicyChangeKind::Added:
        return QStringLiteral("added");
    case PolicyChangeKind::Removed:
        return QStringLiteral("removed");
    case PolicyChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject PolicyDiff::toJson() const
{
    QJsonArray parameterArray, calendarArray;
    QMap<PolicyChangeKind, int> counts;
    for (const ParameterChange &c : parameters) {
        const Parameter &p = c.entry();
        const ParameterSpec *spec = ParameterSpecs::find(p.key);
        QJsonObject o{{QStringLiteral("key"), p.key},
                      {QStringLiteral("label"), spec ? ParameterSpecs::label(*spec) : QString()},
                      {QStringLiteral("area"), p.area}};
        addSides(o, c);
        parameterArray.append(o);
        ++counts[c.kind];
    }
    for (const CalendarChange &c : calendars) {
        QJsonObject o{{QStringLiteral("year"), c.year()}};
        addSides(o, c);
        calendarArray.append(o);
        ++counts[c.kind];
    }
    return {{QStringLiteral("added"), counts.value(PolicyChangeKind::Added)},
            {QStringLiteral("removed"), counts.value(PolicyChangeKind::Removed)},
            {QStringLiteral("changed"), counts.value(PolicyChangeKind::Changed)},
            {QStringLiteral("parameters"), parameterArray},
            {QStringLiteral("calendars"), calendarArray}};
}

} // namespace doudi::core
