#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace doudi::core {

// The programmes a case can be for (DOMAIN §1): each has its own path through the workflow.
enum class CaseProgramme
{
    Dibao,
    Tekun,
    Edge,
    Rigid,
    TemporaryUrgent,
    TemporaryExpenditure
};

enum class CaseState
{
    Submitted,      // 申请
    AwaitingPapers, // 一次性告知补正材料
    Accepted,       // 受理
    PaidFirst,      // 急难型: 先行救助 paid, paperwork follows
    Investigating,  // 家庭经济状况调查 (核对 + 入户调查)
    Investigated,
    Publicity,            // 公示
    AwaitingConfirmation, // 审核确认
    Approved,             // 确认: entitled from the next month
    Completed,            // 临时救助 fully paid
    Refused,              // 不予救助
    Stopped,              // 停发
    Terminated,           // 终止
    Withdrawn,
};

struct CaseVisit
{
    QDate date;
    QStringList investigators;
    bool byCounty = false;
    QString findings;
    QJsonObject checklist;             // living conditions (吃穿住用, DOMAIN §5)
    QStringList photos;                // attachment ids
    QMap<QString, QString> signatures; // signer (an investigator, or "interviewee") → attachment id
    bool signedOnPaper = false;        // signed on the printed form instead

    // A checklist answer in words: safe, in poor repair, unsafe; adequate, short.
    static QString conditionLabel(const QString &code);
};

// 家庭经济状况核对 (DOMAIN §2, step 3): what the county's checking platform (核对机构) reported
// on the household's income and assets, as the township records it from the 核对报告.
struct CaseCheck
{
    QDate date;           // the day the report came back
    QString reportNumber; // 核对报告编号
    QStringList agencies; // what was checked (agencyCodes): 户籍, 纳税, 社保, 不动产 …
    QString result;       // consistent, differs (resultCodes)
    QString differences;  // what differs from the declaration (needed when it differs)

    bool isEmpty() const { return result.isEmpty(); }
    QJsonObject toJson() const;
    static CaseCheck fromJson(const QJsonObject &json);
    static QStringList agencyCodes();
    static QString agencyLabel(const QString &code);
    static QStringList resultCodes();
    static QString resultLabel(const QString &code);
};

// One period of a case's monthly amount: from this day on (until the next entry) it was paid
// this much. A standards change (调标) adds one from the first day of its month, so that an
// earlier month is still paid, and printed, at what it was.
struct CaseAmount
{
    QDate from;
    Fen monthlyFen = 0;
    QString reason; // decision, rerate
    bool operator==(const CaseAmount &o) const { return from == o.from && monthlyFen == o.monthlyFen && reason == o.reason; }
};

struct CaseHistory
{
    QDateTime at;
    QString user;
    QString role;
    QString event;
    CaseState from = CaseState::Submitted;
    CaseState to = CaseState::Submitted;
    QString note;
};

// One application and everything the procedure records about it.
struct Case
{
    QString id;
    QString householdId;
    QString areaCode;
    CaseProgramme programme = CaseProgramme::Dibao;
    CaseState state = CaseState::Submitted;
    bool relative = false;     // 近亲属 of a caseworker or cadre: county visits, county confirms
    QString applicationReason; // why the household applies, in its words
    QDate submittedOn;
    QDate acceptedOn;
    QStringList missingPapers; // the one-time list
    bool checkDone = false;    // 核对 by the county checking office
    CaseCheck check;           // its latest report; empty for checks recorded before it was kept
    QList<CaseVisit> visits;
    QString democraticReview; // outcome, when one was held
    int publicityRound = 0;
    QDate publicityStart;
    QDate publicityEnd;
    QStringList objections;
    QDate lastObjection; // a new home visit must come after it
    bool extended = false;
    Fen proposedMonthlyFen = 0; // 初审 (or the temporary amount)
    QString approvalLevel;      // temporary: township or county
    Fen monthlyFen = 0;         // confirmed
    QDate decidedOn;
    QString reason; // refusal, stop or termination reason code
    QDate entitlementStart;
    QDate nextReview;
    bool unstableIncome = false; // reviewed every six months
    Fen paidFirstFen = 0;
    QList<Fen> stagesFen;
    int stagesPaid = 0;
    QMap<QString, QDate> deadlines; // what must happen by when
    // The household as it was at the last decision (confirmation or review), so that the
    // next review can show what has changed since.
    QJsonObject baseline;
    QDate baselineOn;
    // The assessment the last township opinion or decision (初审, confirmation, refusal, review)
    // was made on, as Assessment::toJson gives it, with "step" and "date": the forms print it
    // as the basis of the decision, never one recomputed on the day they are printed. Empty for
    // cases decided before it was kept.
    QJsonObject decisionAssessment;
    // The amounts paid before and since each standards change, oldest first; empty for a case
    // whose amount never changed that way (monthlyFen is then the amount since entitlementStart).
    QList<CaseAmount> amounts;
    QList<CaseHistory> history;

    // The monthly amount for a day: the period that covers it; the latest period is monthlyFen,
    // which a later review may have changed. 0 before the case was paid.
    Fen monthlyOn(const QDate &day) const;
    // A new monthly amount from a day on (a review's change, a re-rating): the months before keep
    // the amount they had, so that a list or report of an earlier month pays what was paid then.
    // A second change from the same day or earlier replaces the periods it covers.
    void changeAmount(const QDate &from, Fen fen, const QString &why);
    // What a monthly entitlement (低保, 特困) pays for the month that starts on monthStart: its
    // amount then, from the month its entitlement starts, until the month its stop or
    // termination was decided in (paid that month, not after). 0 for anything else.
    Fen paidForMonth(const QDate &monthStart) const;
    static bool isMonthly(CaseProgramme p) { return p == CaseProgramme::Dibao || p == CaseProgramme::Tekun; }

    QJsonObject toJson() const;
    static Case fromJson(const QJsonObject &json);

    // 临时救助 (urgent or expenditure): decided case by case, paid once or in stages.
    static bool isTemporary(CaseProgramme p);
    // The programmes whose township opinion is posted for 公示 before confirmation.
    static bool hasPublicity(CaseProgramme p);
    static QString programmeCode(CaseProgramme p);
    static QString programmeLabel(CaseProgramme p);
    static bool programmeFromCode(const QString &code, CaseProgramme *out);
    static QString stateCode(CaseState s);
    static QString stateLabel(CaseState s);
    static bool stateFromCode(const QString &code, CaseState *out);
    bool isOpen() const;
    static bool isOpenState(CaseState s);
};

} // namespace doudi::core
