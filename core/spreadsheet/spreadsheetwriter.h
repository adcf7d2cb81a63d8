#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QVariantList>

namespace doudi::core {

// One column of a table written out: its header, what its cells hold, and its width in
// characters. Yuan columns hold fen (qint64) and are written as yuan with two decimals.
struct OutputColumn
{
    enum class Kind
    {
        Text,
        Integer,
        Yuan
    };
    QString header;
    Kind kind = Kind::Text;
    int width = 12;
};

// A table as a sheet: an optional title line above the headers, the rows, and an optional
// totals line below them (its cells in the same kinds as the columns; empty cells blank).
struct OutputSheet
{
    QString name;
    QString title;
    QList<OutputColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals;
};

// Lists out (ADR 0017): .xlsx through libxlsxwriter, .csv as UTF-8 with its BOM (Excel in China
// then opens it without garbling). Bytes, not files: what holds personal data is written by the
// caller as a private file (PrivateFiles, 0600).
class SpreadsheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWriter)
public:
    enum class Format
    {
        Xlsx,
        Csv
    };

    // The format a file name asks for (.xlsx or .csv, any case); nullopt for anything else.
    static std::optional<Format> formatFor(const QString &path);
    // A workbook with one sheet per table, each printable on A4 with its headers repeated.
    static Result<QByteArray> xlsx(const QList<OutputSheet> &sheets);
    // One table as CSV (RFC 4180): the title line, the headers, the rows and the totals.
    static QByteArray csv(const OutputSheet &sheet);
    // The bytes for a file name: xlsx() for .xlsx, csv() of the first sheet for .csv.
    static Result<QByteArray> bytesFor(const QString &path, const QList<OutputSheet> &sheets);
    // The version of libxlsxwriter it was built with (the About box).
    static QString libraryVersion();
};

} // namespace doudi::core
