#pragma once

#include "domain/storedpolicy.h"
#include "policy/policybook.h"

#include <memory>

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

    Result<StoredPolicy> importFile(const QString &path);
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
