#pragma once

#include "common/money.h"
#include "domain/case.h"
#include "policy/parameters.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace doudi::core {

enum class Programme
{
    Tekun,       // 特困人员救助供养
    Dibao,       // 最低生活保障
    DibaoSingle, // 单人保
    DibaoTaper,  // 低保渐退期
    Edge,        // 低保边缘家庭
    Rigid,       // 刚性支出困难家庭
    None,
};

// One rule applied: what it looked at, the policy value it used, and what came out, with a
// sentence a caseworker can read out to the family.
struct TraceStep
{
    QString rule;     // stable id, e.g. "dibao.income_test"
    QString sentence; // translated, e.g. "家庭月人均收入 612.50 元，低于本地城市低保标准 924.00 元。"
    bool passed = true;
    QStringList policy; // "dibao.standard.urban = 92400 (370300, since 2023-01-01; source …)"
};

// Numbered sentences, one per step, as read out to the family.
QString explainSteps(const QList<TraceStep> &steps);

// A member supported as a person in extreme poverty (特困 is a judgement about each person,
// 43号 第五条): paid on their own, beside any others of the household assessed for dibao.
struct SupportedPerson
{
    QString personId;
    QString name;
    QString careLevel;  // self, partial, full
    Fen monthlyFen = 0; // basic living standard + care standard, rounded once
};

struct Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)
public:
    Programme programme = Programme::None;
    QDate date;
    QString areaCode;
    int countedMembers = 0;
    int coveredMembers = 0;                // people paid for
    Fen annualCountedIncome = 0;           // after exclusions and deductions
    Fen standardFen = 0;                   // monthly dibao standard per person in force
    Fen perCapitaMonthlyRounded = 0;       // for display only: comparisons are exact
    Fen monthlyAmountFen = 0;              // what is paid each month (rounded once)
    int taperMonths = 0;                   // for DibaoTaper
    QString careLevel;                     // for Tekun: self, partial, full (of the first person supported)
    QList<SupportedPerson> extremePoverty; // members supported as 特困; the others are assessed without them
    QStringList reasons;                   // refusal reason codes when Programme::None (DOMAIN §2)
    QList<TraceStep> trace;

    // Whether this assessment grants what a case applied for, and how much a month and for how
    // many people under it (a household can hold people in extreme poverty beside others
    // assessed for dibao without them: each case is paid for its own people).
    bool supports(CaseProgramme applied) const;
    // The outcome in one line, as the household page, the intake and the review show it:
    // "最低生活保障：924.00 元/月；成员1（特困人员）：1401.20 元/月".
    QString headline() const;
    Fen monthlyFor(CaseProgramme applied) const;
    int coveredFor(CaseProgramme applied) const;

    static QString programmeCode(Programme p);
    static QString programmeLabel(Programme p);
    // The trace as numbered Chinese sentences.
    QString explanation() const;
    // As kept with a decision (Case::decisionAssessment): everything above, the sentences as
    // they were written then.
    QJsonObject toJson() const;
    static Assessment fromJson(const QJsonObject &json);
};

} // namespace doudi::core
