#pragma once

#include "policy/policybook.h"

#include <QJsonObject>

#include <optional>

namespace doudi::core {

enum class PolicyChangeKind
{
    Added,
    Removed,
    Changed
};

// One difference in a parameter between two versions of a county's policy. An entry is the
// value of a key for an area from a day, and entries are matched on those three: a standard
// that rises on 2026-07-01 shows as the old entry now ending on 2026-06-30 (changed: to) and
// a new entry from 2026-07-01 (added).
struct ParameterChange
{
    PolicyChangeKind kind = PolicyChangeKind::Changed;
    std::optional<Parameter> before;
    std::optional<Parameter> after;
    QStringList differs; // changed: which of "to", "value", "source" (values compared as they read)

    const Parameter &entry() const { return after ? *after : *before; }
};

// One difference in a year's holiday calendar.
struct CalendarChange
{
    PolicyChangeKind kind = PolicyChangeKind::Changed;
    std::optional<CalendarYear> before;
    std::optional<CalendarYear> after;
    QStringList differs; // changed: which of "holidays", "workdays", "source"

    int year() const { return after ? after->year : before->year; }
};

// What a new policy file changes against the one before it (doudi-cli policy diff).
struct PolicyDiff
{
    QList<ParameterChange> parameters; // by key, area, then from
    QList<CalendarChange> calendars;   // by year

    static PolicyDiff between(const PolicyBook &before, const PolicyBook &after);
    bool isEmpty() const { return parameters.isEmpty() && calendars.isEmpty(); }
    // Counts and the changes, each side's dates, value (as Parameter::valueText gives it) and
    // source: docs/policy-format.md.
    QJsonObject toJson() const;
    static QString kindCode(PolicyChangeKind kind);
};

} // namespace doudi::core
