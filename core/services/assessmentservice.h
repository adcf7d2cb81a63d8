#pragma once

#include "policy/assessor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace doudi::core {

// Assessing a household described as JSON (the same shape `household add` takes) against a
// policy: the built-in demo county's, or a county policy file.
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
public:
    static Result<PolicyBook> loadPolicyFile(const QString &path);
    static Result<Assessment> assess(const QJsonObject &household, const AssessOptions &options, const PolicyBook &policy);
    static Result<Assessment> assess(const Household &household, const AssessOptions &options, const PolicyBook &policy)
    {
        return Assessor(policy).assess(household, options);
    }
};

} // namespace doudi::core
