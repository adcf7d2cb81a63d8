// .xls (Excel 97–2003, BIFF8) through FreeXL (ADR 0017). FreeXL gives dates as text already
// and does not report merged ranges: a merged cell's value is in its first row only.
#include "spreadsheet/spreadsheetformats.h"
#include "spreadsheet/spreadsheetreader.h"

#include <freexl.h>

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <limits>

namespace doudi::core::spreadsheet {

namespace {

Error refused(int code)
{
    if (code == FREEXL_BIFF_OBFUSCATED)
        return Error(ErrorCode::InvalidInput,
                     SpreadsheetReader::tr("The Excel (.xls) file is protected with a password. Remove the password in "
                                           "Excel or WPS, save it and try again."));
    return Error(ErrorCode::InvalidInput,
                 SpreadsheetReader::tr("The file is not a readable Excel (.xls) file. Open it in Excel or WPS, save it "
                                       "again (as .xlsx if you can) and try once more."),
                 QStringLiteral("freexl %1").arg(code));
}

QString cellText(const FreeXL_CellValue &v)
{
    switch (v.type) {
    case FREEXL_CELL_INT:
        return QString::number(v.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(v.value.double_value);
    case FREEXL_CELL_DATETIME: {
        // 'YYYY-MM-DD HH:MM:SS': a date at midnight is a date.
        const QString text = QString::fromUtf8(v.value.text_value);
        return text.endsWith(QLatin1String(" 00:00:00")) ? text.left(10) : text;
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(v.value.text_value);
    default:
        return {};
    }
}

} // namespace

Result<QList<Sheet>> readXls(const QString &path)
{
    const void *handle = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle);
    const auto close = qScopeGuard([&] {
        if (handle)
            freexl_close(handle);
    });
    if (opened != FREEXL_OK)
        return refused(opened);
    unsigned int password = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return refused(FREEXL_BIFF_OBFUSCATED);
    unsigned int count = 0;
    if (const int rc = freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count); rc != FREEXL_OK)
        return refused(rc);
    // FreeXL numbers sheets with an unsigned short: a count beyond it (a damaged or crafted
    // file) would never end the loop below.
    if (count > std::numeric_limits<unsigned short>::max())
        return tooLarge(QFileInfo(path).completeBaseName());
    QList<Sheet> sheets;
    for (unsigned int i = 0; i < count; ++i) {
        const auto index = static_cast<unsigned short>(i);
        Sheet sheet;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, index, &name) == FREEXL_OK && name)
            sheet.name = QString::fromUtf8(name);
        if (const int rc = freexl_select_active_worksheet(handle, index); rc != FREEXL_OK)
            return refused(rc);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (const int rc = freexl_worksheet_dimensions(handle, &rows, &columns); rc != FREEXL_OK)
            return refused(rc);
        if (rows > unsigned(SpreadsheetReader::kMaxRows) || columns > SpreadsheetReader::kMaxColumns)
            return tooLarge(sheet.name);
        sheet.rows.reserve(int(rows));
        for (unsigned int row = 0; row < rows; ++row) {
            QStringList cells;
            for (unsigned short column = 0; column < columns; ++column) {
                FreeXL_CellValue value;
                if (const int rc = freexl_get_cell_value(handle, row, column, &value); rc != FREEXL_OK)
                    return refused(rc);
                cells.append(cellText(value));
            }
            sheet.rows.append(cells);
        }
        trim(sheet);
        sheets.append(std::move(sheet));
    }
    return sheets;
}

} // namespace doudi::core::spreadsheet

namespace doudi::core {

QString SpreadsheetReader::freexlVersion()
{
    return QString::fromLatin1(freexl_version());
}

} // namespace doudi::core
