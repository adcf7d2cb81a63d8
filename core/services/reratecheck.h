#pragma once

#include "common/result.h"
#include "policy/assessment.h"
#include "services/rerate.h"

#include <QCoreApplication>
#include <QHash>

namespace doudi::core {

class CaseRepository;
class HouseholdRepository;
class PolicyBook;

// An internal header of doudi_services: RerateService is the way in.
// Works out a RerateList from the cases and households it is given. Reads only, so the preview
// runs on a worker thread through its own connection, and applying runs it again inside its
// transaction to see whether the list is still the one the person confirmed.
class RerateCheck
{
    Q_DECLARE_TR_FUNCTIONS(RerateCheck)
public:
    struct Input
    {
        QDate from;           // the effective date
        QString township;     // 12-digit code, or empty
        QString area;         // where to read which standards change
        QStringList prefixes; // the user's areas (Authorization::prefixes, narrowed to the township)
        QDate today;          // a flagged case already due for review by then needs nothing more
    };
    // assessments (optional) receives the new assessment of each re-rated case, by case id.
    static Result<RerateList> run(CaseRepository &cases, HouseholdRepository &households, const PolicyBook &policy,
                                  const Input &in, const RerateProgress &progress,
                                  QHash<QString, Assessment> *assessments = nullptr);
    // The values of the policy that differ in area between the day before from and from.
    static QList<StandardChange> standardsChanging(const PolicyBook &policy, const QString &area, const QDate &from);
};

} // namespace doudi::core
