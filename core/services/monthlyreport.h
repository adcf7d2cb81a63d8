#pragma once

#include "documents/barchart.h"
#include "domain/case.h"
#include "domain/household.h"
#include "spreadsheet/spreadsheetwriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace doudi::core {

class AreaRegistry;

// One figure of the 月报: how many households and persons, how much money, and which households
// are behind it (the app opens them from the figure).
struct ReportFigure
{
    QSet<QString> householdIds;
    int persons = 0;
    Fen fen = 0;
    int cases = 0; // 临时救助 is counted in cases (次数): one household may have two
    int households() const { return int(householdIds.size()); }
    void add(const QString &householdId, int people, Fen amount, int newCases = 1)
    {
        householdIds.insert(householdId);
        persons += people;
        fen += amount;
        cases += newCases;
    }
};

// The figures of one area: the scope itself, one of its townships, or one of its villages.
struct ReportArea
{
    QString code;
    QString name;
    int depth = 0;                        // 0 the scope, 1 a township within it, 2 a village
    QHash<QString, ReportFigure> figures; // by measure key
    ReportFigure figure(const QString &key) const { return figures.value(key); }
};

// A measure of the 月报, as a row of its table (issue 16). Sections: programme, categories of
// people covered, changes in the month, 临时救助 by type, 特困 by care level.
struct ReportMeasure
{
    const char *key;
    const char *section;
    const char *label;
    bool money;   // an amount paid is part of it
    bool persons; // counted in persons too
    bool cases;   // counted in cases (次数) rather than households
};

// 月报: what a township or county reports for a month (issue 16), worked out from the cases
// themselves:
// - 低保 and 特困: households and persons covered in the month and the amount paid for it
//   (Case::paidForMonth); persons covered are the counted members (not excluded), the people
//   the decision names for 特困, the others for 低保;
// - among them 老年人 (60 or older on the first of the month), 未成年人 (under 18), 重度残疾人
//   (grade 1 or 2) and 重病患者 (serious illness);
// - new (entitled from the month), stopped (stop or termination decided in the month), changed
//   (a new amount from the month: a review's or a re-rating's, Case::changeAmount);
// - 临时救助 by type, in cases and money: aid paid first (先行救助) in the month it was paid, the
//   rest of a decided amount in the month of the decision;
// - 特困 persons by care level (the decision's, else the self-care assessment's, else "not
//   assessed": a carried-over case has neither).
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    QDate month; // its first day
    QString scope;
    QList<ReportArea> areas; // the scope first, then its townships and villages by code

    static const QList<ReportMeasure> &measures();
    static QString sectionLabel(const char *section);
    static QString measureLabel(const ReportMeasure &m);
    static const ReportMeasure *measure(const QString &key);

    // cases: every case within the scope; households: theirs, by id.
    static MonthlyReport build(const QDate &month, const QString &scope, const QList<Case> &cases,
                               const QHash<QString, Household> &households, const AreaRegistry &areas);

    const ReportArea &total() const { return areas.first(); }
    // {"month", "scope", "areas": [{"code", "name", "depth", "figures": {key: {"households", "persons", "fen"}}}]}
    QJsonObject toJson() const;
    // The table as a spreadsheet: one row per area, three columns per measure.
    OutputSheet sheet() const;
    // The areas one level below the scope (its townships, or a township's villages).
    QList<ReportArea> parts() const;
    // The amounts paid for 低保 and 特困 in each of parts(), as a chart.
    BarChartData chart() const;
};

} // namespace doudi::core
