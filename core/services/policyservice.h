#pragma once

#include "domain/storedpolicy.h"
#include "policy/policybook.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace doudi::core {

class Session;

// The county policy held in a profile: import (checked whole first), export, and the
// values in force for an area and day.
class PolicyService
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    explicit PolicyService(Session &session);
    ~PolicyService();

    // The county's policy file, checked whole before anything is stored (a bad file changes
    // nothing; the error names the line). Township office, county and administrator only.
    Result<StoredPolicy> importFile(const QString &path);
    // Whether the unlocked user may import a policy file (Authorization).
    bool mayImport() const;
    // Whether a policy is on this device; false until one is imported or synced.
    Result<bool> hasPolicy();
    // The policy in use (its title and when it came), if any.
    Result<std::optional<StoredPolicy>> stored();
    // Whether this laptop has joined the county server, which brings the policy by sync.
    bool receivesFromCounty();
    Status exportTo(const QString &path);
    // The policy in force on this device; NotFound until one is imported.
    Result<PolicyBook> current();
    // Every declared parameter as it applies in area on date (missing ones are left out).
    Result<QList<Parameter>> inForce(const QString &areaCode, const QDate &date);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace doudi::core
