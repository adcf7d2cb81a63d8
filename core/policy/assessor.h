#pragma once

#include "common/result.h"
#include "domain/household.h"
#include "policy/assessment.h"
#include "policy/policybook.h"

#include <QCoreApplication>

namespace doudi::core {

struct AssessOptions
{
    QDate date;       // the day the assessment is for (policy in force that day)
    QString areaCode; // empty: the household's own
    // For reviews: the household receives dibao now, at this monthly amount (渐退期).
    bool currentlyDibao = false;
    Fen currentMonthlyFen = 0;
    // For reviews: the members supported as people in extreme poverty now (43号 第十条: support
    // granted to a minor continues past 18 while at school, but is not newly granted then).
    QStringList extremePovertyNow;

    // The options for assessing a case's household on a day: what it receives now, if paid.
    static AssessOptions forCase(const Case &c, const Household &h, const QDate &date);
};

// Decides which programme a household qualifies for and how much it is paid, from the
// policy in force on the day (DOMAIN §1–§3). Pure: data in, decision out. Every rule it
// applies leaves a step in the trace with the policy values it used.
class Assessor
{
    Q_DECLARE_TR_FUNCTIONS(Assessor)
public:
    explicit Assessor(const PolicyBook &policy) : m_policy(policy) {}

    // Fails only when the policy data lacks a value the rules need, or the household
    // has nobody to count; never half-decides.
    Result<Assessment> assess(const Household &household, const AssessOptions &options) const;

private:
    const PolicyBook &m_policy;
};

} // namespace doudi::core
