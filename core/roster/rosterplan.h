#pragma once

#include "common/money.h"
#include "domain/case.h"
#include "domain/household.h"
#include "roster/rostermapping.h"

#include <QDate>
#include <QJsonObject>

namespace doudi::core {

class AreaRegistry;

// A row of the file that cannot be imported as it is, and why: the validation report the person
// reads (and downloads) before anything is saved.
struct RosterProblem
{
    int row = 0;    // from 1, as Excel numbers rows
    QString column; // as Excel names columns ("F"); empty when it is the household as a whole
    QString field;  // what the column holds, in words (RosterMapping::fieldLabel)
    QString value;
    QString reason;
};

// One household of the roster, as it would be saved: its members, and the entitlement it has
// now (the programme, the monthly amount and the month it has been paid since).
struct RosterHousehold
{
    Household household;
    CaseProgramme programme = CaseProgramme::Dibao;
    Fen monthlyFen = 0;
    QDate since;
    QList<int> rows; // from 1: the row of each member, in the members' order
};

// What a roster file holds, read against a mapping and the county's areas: either households
// ready to be saved, or the problems that stop the file (nothing is imported partly).
struct RosterPlan
{
    Q_DECLARE_TR_FUNCTIONS(RosterPlan)
public:
    int rows = 0; // data rows read (without headers and empty rows)
    QList<RosterHousehold> households;
    QList<RosterProblem> problems;

    bool ok() const { return problems.isEmpty() && !households.isEmpty(); }
    int persons() const;
    // {"rows", "households", "persons", "ok", "problems": [{"row", "column", "value", "reason"}]}
    QJsonObject toJson() const;

    // Reads the sheet's rows below the mapping's header row. today bounds the months: a roster
    // cannot say a household has been paid since a month still to come.
    static RosterPlan read(const Sheet &sheet, const RosterMapping &mapping, const AreaRegistry &areas, const QDate &today);
};

} // namespace doudi::core
