#pragma once

#include "common/result.h"
#include "spreadsheet/sheet.h"

#include <QCoreApplication>

namespace doudi::core {

// Reads .xlsx, .xls and .csv files into sheets of text (ADR 0017). The format is told by the
// file's first bytes, not its name: a zip is .xlsx, an OLE2 compound file is .xls, anything
// else is CSV (UTF-8, or GB18030 as Excel in China saves it; comma or tab separated).
// Errors are InvalidInput with a message a caseworker understands; a file beyond kMaxRows or
// kMaxColumns is refused, not cut.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
public:
    enum class Format
    {
        Csv,
        Xlsx,
        Xls
    };
    static constexpr int kMaxRows = 200000;
    static constexpr int kMaxColumns = 200;

    static Result<QList<Sheet>> read(const QString &path);
    static Format formatOf(const QByteArray &firstBytes);
    // A CSV file's bytes, decoded and split; the sheet is named name.
    static Result<Sheet> parseCsv(const QByteArray &bytes, const QString &name);
    // The text of CSV bytes: UTF-8 (with or without its BOM) when they are valid UTF-8,
    // otherwise GB18030.
    static QString decodeText(const QByteArray &bytes);
    // The version of FreeXL this process runs (the About box).
    static QString freexlVersion();
};

} // namespace doudi::core
