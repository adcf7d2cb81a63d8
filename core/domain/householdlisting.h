#pragma once

#include <QString>

namespace doudi::core {

// What household lists and search return, and what lists filter on.
struct HouseholdSummary
{
    QString id;
    QString areaCode;
    QString headName;
    QString headIdNumber;
    int memberCount = 0;
};

// What the household list filters on besides the search text (codes, empty for any).
struct HouseholdFilter
{
    QString areaPrefix; // a township's or village's significant prefix
    QString programme;  // has an application for this programme …
    QString state;      // … in this state
    bool hasCaseFilter() const { return !programme.isEmpty() || !state.isEmpty(); }
};

struct SearchHit
{
    QString householdId;
    QString personId; // the member who matched best
    QString name;     // that member's name
    QString headName;
    QString idNumber; // the matched member's number (callers mask it for display)
    QString areaCode;
    bool isHead = false;
    int rank = 0; // smaller is better
};

// A person with an ID number that is also in another household: who and where (the same
// person twice in the register may mean two benefits).
struct RegisteredElsewhere
{
    QString idNumber;
    QString personId;
    QString personName;
    QString householdId;
    QString headName;
    QString areaCode;
    bool isHead = false;
    int memberCount = 0;
};

} // namespace doudi::core
