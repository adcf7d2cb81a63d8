#pragma once

#include "common/result.h"
#include "domain/case.h"
#include "domain/household.h"

#include <QHash>
#include <QSet>

namespace doudi::core {

class HouseholdRepository;

// An internal header of doudi_services: whom a monthly case pays for, shared by the 月报 and the
// payment list (代发清单) so that both count the same people.
class CoveredPeople
{
public:
    // The 特困 people of each household paid in the month (household id → person ids).
    static QHash<QString, QSet<QString>> extremePoor(const QList<Case> &cases, const QHash<QString, Household> &households,
                                                     const QDate &month);
    // For 特困 the people its decision names (all counted members when it names none, as a
    // carried-over case); for 低保 the counted members who are not among extremePoor.
    static QList<Person> of(const Case &c, const Household &h, const QSet<QString> &extremePoor);
    // The households of these cases, each loaded once, by id.
    static Result<QHash<QString, Household>> householdsOf(HouseholdRepository &repo, const QList<Case> &cases);
};

} // namespace doudi::core
