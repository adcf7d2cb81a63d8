#pragma once

#include "spreadsheet/sheet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace doudi::core {

// What a roster column holds (issue 16). A file whose headers are the usual ones (乡镇 村 户主姓名
// 成员姓名 与户主关系 身份证号 救助类别 月保障金额 起始年月) needs no mapping: guess() finds them.
enum class RosterField
{
    Township,
    Village,
    HouseholdNumber, // 户编号: groups the rows of one household when present
    HeadName,
    HeadIdNumber, // 户主身份证号 on every row: groups the rows of one household when present
    MemberName,
    Relation,
    IdNumber,
    Programme,
    MonthlyAmount,
    StartMonth,
    Phone,
    Address,
    MonthlyIncome, // the member's monthly income in yuan (counted as an income of kind other)
};

// Which column (from 0) holds each field, and the row of the headers. The person confirms it
// once; it is remembered by the file's layout (layoutKey of its header row).
struct RosterMapping
{
    Q_DECLARE_TR_FUNCTIONS(RosterMapping)
public:
    int headerRow = 0;
    QMap<RosterField, int> columns;

    int column(RosterField f) const { return columns.value(f, -1); }
    bool has(RosterField f) const { return columns.contains(f); }
    // The fields a roster cannot do without.
    static QList<RosterField> required();
    // The fields required() lists that the mapping lacks, by name: empty when it is complete.
    QStringList missing() const;

    // The first of the sheet's first 20 rows with at least three known headers, and the
    // columns whose headers are known (the usual names and their common variants).
    static RosterMapping guess(const Sheet &sheet);
    // A stable key for a header row: the same layout next month finds the same mapping.
    static QString layoutKey(const QStringList &headers);

    static QString fieldCode(RosterField f);
    static QString fieldLabel(RosterField f);
    // {"header_row": 1, "columns": {"id_number": "F", …}}: rows from 1 and columns as letters,
    // as the person sees them in Excel.
    QJsonObject toJson() const;
    static std::optional<RosterMapping> fromJson(const QJsonObject &json, QString *error);
};

// "F" for column 5, "AA" for 26.
QString columnLetters(int column);

} // namespace doudi::core
