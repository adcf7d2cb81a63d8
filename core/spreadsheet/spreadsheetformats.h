#pragma once

// Internal to doudi_spreadsheet: one reader per binary format, and what they share.

#include "common/result.h"
#include "spreadsheet/sheet.h"

namespace doudi::core::spreadsheet {

Result<QList<Sheet>> readXlsx(const QString &path);
Result<QList<Sheet>> readXls(const QString &path);

// A number as Excel shows it in a General cell: integers in full up to 15 digits, otherwise
// 15 significant digits without trailing zeros.
QString numberText(double value);
// Drops the empty cells at the end of each row and the empty rows at the end of the sheet.
void trim(Sheet &sheet);
// The refusal of a file over SpreadsheetReader's limits.
Error tooLarge(const QString &sheet);

} // namespace doudi::core::spreadsheet
