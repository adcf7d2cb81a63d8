#include "spreadsheet/spreadsheetreader.h"

#include "spreadsheet/spreadsheetformats.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cmath>

namespace doudi::core {

namespace spreadsheet {

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

void trim(Sheet &sheet)
{
    for (QStringList &row : sheet.rows) {
        while (!row.isEmpty() && row.last().trimmed().isEmpty())
            row.removeLast();
    }
    while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
        sheet.rows.removeLast();
}

Error tooLarge(const QString &sheet)
{
    return Error(ErrorCode::InvalidInput,
                 SpreadsheetReader::tr("The sheet “%1” is too large: at most %2 rows and %3 columns can be read.")
                     .arg(sheet)
                     .arg(SpreadsheetReader::kMaxRows)
                     .arg(SpreadsheetReader::kMaxColumns));
}

} // namespace spreadsheet

SpreadsheetReader::Format SpreadsheetReader::formatOf(const QByteArray &firstBytes)
{
    if (firstBytes.startsWith("PK\x03\x04"))
        return Format::Xlsx;
    if (firstBytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return Format::Xls;
    return Format::Csv;
}

Result<QList<Sheet>> SpreadsheetReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The file %1 cannot be opened: %2").arg(path, file.errorString()));
    switch (formatOf(file.peek(8))) {
    case Format::Xlsx:
        return spreadsheet::readXlsx(path);
    case Format::Xls:
        return spreadsheet::readXls(path);
    case Format::Csv:
        break;
    }
    // A CSV of 200 000 rows is far below this; anything larger is not a roster.
    constexpr qint64 kMaxCsvBytes = 256LL * 1024 * 1024;
    if (file.size() > kMaxCsvBytes)
        return spreadsheet::tooLarge(QFileInfo(path).completeBaseName());
    Result<Sheet> sheet = parseCsv(file.readAll(), QFileInfo(path).completeBaseName());
    if (!sheet)
        return sheet.error();
    return QList<Sheet>{std::move(sheet).value()};
}

QString SpreadsheetReader::decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    // Excel and WPS in China save "CSV" in the system's code page: GB18030 (a superset of GBK
    // and GB2312), through ICU.
    QStringDecoder gb18030("GB18030");
    return gb18030.isValid() ? gb18030.decode(bytes) : text;
}

Result<Sheet> SpreadsheetReader::parseCsv(const QByteArray &bytes, const QString &name)
{
    const QString text = decodeText(bytes);
    // The separator is the header line's: comma, or tab (Excel's "text" format).
    const QStringView header = QStringView(text).left(text.indexOf(u'\n')); // left(-1): the whole text
    const QChar separator = header.count(u'\t') > header.count(u',') ? QChar(u'\t') : QChar(u',');

    Sheet sheet;
    sheet.name = name;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0; // where the open quotation mark is
    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&]() -> bool {
        endField();
        if (row.size() > kMaxColumns || sheet.rows.size() >= kMaxRows)
            return false;
        sheet.rows.append(row.size() == 1 && row.first().isEmpty() ? QStringList() : row);
        row.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (!endRow())
                return spreadsheet::tooLarge(name);
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error(ErrorCode::InvalidInput,
                     tr("The file is not a valid CSV file: a quotation mark opened on line %1 is never closed.").arg(quoteLine));
    if (fieldStarted || !row.isEmpty()) {
        if (!endRow())
            return spreadsheet::tooLarge(name);
    }
    spreadsheet::trim(sheet);
    return sheet;
}

} // namespace doudi::core
