#include "spreadsheet/spreadsheetwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace doudi::core {

namespace {

// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the book.
QString sheetName(const QString &wanted, QSet<QString> &taken)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral("_"));
    base = base.left(28).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = base + QString::number(n);
    taken.insert(name.toLower());
    return name;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString cellText(const QVariant &value, OutputColumn::Kind kind)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (kind == OutputColumn::Kind::Yuan)
        return money::formatYuan(value.toLongLong());
    QString text = value.toString();
    // Text from a roster (a problem report quotes it) that Excel would take for a formula is
    // written as text: a CSV opened in Excel must not run anything.
    if (kind == OutputColumn::Kind::Text && !text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        return u'\'' + text;
    return text;
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *yuan = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalInteger = nullptr;
    lxw_format *totalYuan = nullptr;

    explicit Formats(lxw_workbook *book)
    {
        const auto make = [book](bool bold, const char *numberFormat, bool border) {
            lxw_format *f = workbook_add_format(book);
            if (bold)
                format_set_bold(f);
            if (numberFormat)
                format_set_num_format(f, numberFormat);
            if (border)
                format_set_border(f, LXW_BORDER_THIN);
            format_set_font_name(f, "SimSun");
            format_set_font_size(f, 11);
            return f;
        };
        title = make(true, nullptr, false);
        format_set_font_size(title, 14);
        header = make(true, nullptr, true);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_bg_color(header, 0xEDEDED);
        text = make(false, "@", true);
        integer = make(false, "0", true);
        yuan = make(false, "0.00", true);
        totalText = make(true, "@", true);
        totalInteger = make(true, "0", true);
        totalYuan = make(true, "0.00", true);
    }
};

lxw_error writeRow(lxw_worksheet *sheet, lxw_row_t row, const QList<OutputColumn> &columns, const QVariantList &cells,
                   const Formats &f, bool total)
{
    for (int c = 0; c < columns.size(); ++c) {
        const QVariant v = cells.value(c);
        const OutputColumn::Kind kind = columns[c].kind;
        lxw_error e = LXW_NO_ERROR;
        if (!v.isValid() || v.isNull()) {
            e = worksheet_write_blank(sheet, row, lxw_col_t(c), total ? f.totalText : f.text);
        } else if (kind == OutputColumn::Kind::Text) {
            e = worksheet_write_string(sheet, row, lxw_col_t(c), v.toString().toUtf8().constData(), total ? f.totalText : f.text);
        } else if (kind == OutputColumn::Kind::Integer) {
            e = worksheet_write_number(sheet, row, lxw_col_t(c), double(v.toLongLong()), total ? f.totalInteger : f.integer);
        } else {
            // Fen to yuan: exact for every amount below 2^53 fen, and shown with its two decimals.
            e = worksheet_write_number(sheet, row, lxw_col_t(c), double(v.toLongLong()) / 100.0, total ? f.totalYuan : f.yuan);
        }
        if (e != LXW_NO_ERROR)
            return e;
    }
    return LXW_NO_ERROR;
}

} // namespace

std::optional<SpreadsheetWriter::Format> SpreadsheetWriter::formatFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Format::Xlsx;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

QByteArray SpreadsheetWriter::csv(const OutputSheet &sheet)
{
    QStringList lines;
    const auto line = [&](const QVariantList &cells) {
        QStringList fields;
        for (int c = 0; c < sheet.columns.size(); ++c)
            fields << csvField(cellText(cells.value(c), sheet.columns[c].kind));
        lines << fields.join(QLatin1Char(','));
    };
    if (!sheet.title.isEmpty())
        lines << csvField(sheet.title);
    QStringList headers;
    for (const OutputColumn &c : sheet.columns)
        headers << csvField(c.header);
    lines << headers.join(QLatin1Char(','));
    for (const QVariantList &row : sheet.rows)
        line(row);
    if (!sheet.totals.isEmpty())
        line(sheet.totals);
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Result<QByteArray> SpreadsheetWriter::xlsx(const QList<OutputSheet> &sheets)
{
    // libxlsxwriter 1.1.4 writes only to a file: one in a folder of our own (0700), read back
    // and removed with it.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Io, tr("No room for a temporary file to build the spreadsheet in."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("out.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return Error(ErrorCode::Io, tr("The spreadsheet could not be started."));
    const Formats f(book);
    QSet<QString> taken;
    for (const OutputSheet &s : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(book, sheetName(s.name, taken).toUtf8().constData());
        if (!ws) {
            workbook_close(book);
            return Error(ErrorCode::Internal, tr("The sheet “%1” could not be added.").arg(s.name));
        }
        worksheet_set_paper(ws, 9); // A4
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        lxw_row_t row = 0;
        if (!s.title.isEmpty()) {
            worksheet_write_string(ws, row, 0, s.title.toUtf8().constData(), f.title);
            ++row;
        }
        for (int c = 0; c < s.columns.size(); ++c) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), s.columns[c].width, nullptr);
            worksheet_write_string(ws, row, lxw_col_t(c), s.columns[c].header.toUtf8().constData(), f.header);
        }
        worksheet_repeat_rows(ws, row, row);
        worksheet_freeze_panes(ws, row + 1, 0);
        ++row;
        for (const QVariantList &cells : s.rows) {
            if (lxw_error e = writeRow(ws, row++, s.columns, cells, f, false); e != LXW_NO_ERROR) {
                workbook_close(book);
                return Error(
                    ErrorCode::InvalidInput,
                    tr("Row %1 of “%2” cannot be written: %3.").arg(row).arg(s.name, QString::fromUtf8(lxw_strerror(e))));
            }
        }
        if (!s.totals.isEmpty()) {
            if (lxw_error e = writeRow(ws, row, s.columns, s.totals, f, true); e != LXW_NO_ERROR) {
                workbook_close(book);
                return Error(ErrorCode::InvalidInput,
                             tr("The totals of “%1” cannot be written: %2.").arg(s.name, QString::fromUtf8(lxw_strerror(e))));
            }
        }
    }
    if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error(ErrorCode::Io, tr("The spreadsheet could not be written: %1.").arg(QString::fromUtf8(lxw_strerror(e))));
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The spreadsheet just written cannot be read back."));
    return file.readAll();
}

QString SpreadsheetWriter::libraryVersion()
{
    return QStringLiteral(LXW_VERSION);
}

Result<QByteArray> SpreadsheetWriter::bytesFor(const QString &path, const QList<OutputSheet> &sheets)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Error(ErrorCode::InvalidInput, tr("Save the list as .xlsx or .csv."));
    if (sheets.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("There is nothing to write."));
    if (*format == Format::Csv)
        return csv(sheets.first());
    return xlsx(sheets);
}

} // namespace doudi::core
