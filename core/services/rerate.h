#pragma once

#include "common/money.h"
#include "domain/case.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace doudi::core {

// 调标: what a change of standards does to the cases being paid (RerateService).

// One case the change touches. Unchanged cases are only counted (RerateList::unchanged).
struct RerateLine
{
    enum class Reason
    {
        Standard,  // the household is as it was at its last decision: re-rated
        Household, // the household changed since that decision: flagged for a review, not re-rated
        Programme, // the new assessment no longer grants the case's programme as decided (another
                   // form, such as 单人保 becoming 全户保, or other people covered): flagged for a review
    };
    QString caseId;
    QString householdId;
    QString headName;
    QString areaCode; // the village
    CaseProgramme programme = CaseProgramme::Dibao;
    int covered = 0; // people paid for
    Fen currentFen = 0;
    Fen newFen = 0; // what the policy in force on the effective date gives
    Reason reason = Reason::Standard;
    QStringList changes;         // Household: what changed since the decision (HouseholdDiff)
    bool alreadyFlagged = false; // flagged and already due for review: applying changes nothing

    Fen differenceFen() const { return newFen - currentFen; }
    bool isFlagged() const { return reason != Reason::Standard; }
    static QString reasonCode(Reason r);
    // In Chinese, as the printed list and the case's history say it (the record's language).
    static QString reasonText(Reason r);
};

// A value of the county's policy that changes on the effective date.
struct StandardChange
{
    QString key;
    QString label;  // the parameter's meaning, translated
    QString before; // as a person reads it ("924.00 yuan"), empty when there was none
    QString after;
    QString source; // the document of the new value
};

// The list a township confirms: every paid case of the area as of the effective date.
struct RerateList
{
    QDate from;       // the effective date: amounts change from the first day of its month
    QString township; // 12-digit code; empty: all the user's areas
    QString area;     // where the standards below were read (the township, else the user's area)
    int checked = 0;  // paid cases looked at
    int unchanged = 0;
    QList<RerateLine> lines;
    QList<StandardChange> standards;

    QDate amountsFrom() const { return QDate(from.year(), from.month(), 1); }
    int rerated() const;
    int flagged() const;
    // Monthly totals of the re-rated cases, before and after.
    Fen totalCurrentFen() const;
    Fen totalNewFen() const;
    // What the person confirmed, in one string: apply refuses a list that no longer gives it.
    QString fingerprint() const;
    QJsonObject toJson() const;
};

// What applying a confirmed list did.
struct RerateApplied
{
    int rerated = 0;
    int flagged = 0; // brought forward for review now
};

// Called as the list is made: return false to stop.
using RerateProgress = std::function<bool(int done, int total)>;

} // namespace doudi::core
