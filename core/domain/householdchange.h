#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace doudi::core {

// One edit of a household after it was first saved: who, when, why, and what changed (as
// HouseholdDiff put it to the person who made it). Insert-only; synced.
struct HouseholdChange
{
    QString householdId;
    QDateTime at;
    QString user;
    QString reason;
    QStringList changes;
};

} // namespace doudi::core
