#pragma once

#include "common/result.h"
#include "domain/household.h"
#include "policy/assessment.h"
#include "policy/policybook.h"

#include <QCoreApplication>

namespace doudi::core {

// A request for 临时救助 (DOMAIN §4).
struct TemporaryRequest
{
    // 急难型, 支出型 (not Expenditure: that names the household's expenditure records)
    enum class Kind
    {
        Urgent,
        ExpenditureHardship
    };
    Kind kind = Kind::Urgent;
    bool quick = false;     // 小额快救: small, fast, no means check
    Fen requestedFen = 0;   // what the caseworker proposes
    Fen costsFen = 0;       // documented costs of the event (支出型)
    Fen otherAidFen = 0;    // aid already received for this event (insurance, other departments)
    Fen aidThisYearFen = 0; // temporary assistance already paid this year
    int stages = 1;         // 一次审批、分阶段救助
};

struct TemporaryDecision
{
    Fen amountFen = 0;
    QList<Fen> stagesFen;  // amounts per stage, adding up to amountFen
    QString approvalLevel; // township or county
    QList<TraceStep> trace;
    QString explanation() const;
};

class TemporaryAssistance
{
    Q_DECLARE_TR_FUNCTIONS(TemporaryAssistance)
public:
    explicit TemporaryAssistance(const PolicyBook &policy) : m_policy(policy) {}
    Result<TemporaryDecision> decide(const Household &household, const TemporaryRequest &request, const QDate &date,
                                     const QString &areaCode = {}) const;

private:
    const PolicyBook &m_policy;
};

} // namespace doudi::core
