#pragma once

#include "domain/household.h"

#include <QCoreApplication>
#include <QStringList>

namespace doudi::core {

// What changed in a household between two moments (the last decision and today), in
// sentences a caseworker reads before a review: who joined or left, and which incomes,
// assets, expenditures and circumstances changed, old value beside new.
class HouseholdDiff
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdDiff)
public:
    static QStringList describe(const Household &before, const Household &after);
};

} // namespace doudi::core
