// .xlsx: a zip of XML parts (ECMA-376), opened with minizip and read with QXmlStreamReader
// (ADR 0017). Only what a roster needs: cell values (a formula's cached value), shared strings,
// which number formats are dates, and merged ranges.
#include "spreadsheet/spreadsheetformats.h"
#include "spreadsheet/spreadsheetreader.h"

#include <unzip.h>

#include <QFile>

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace doudi::core::spreadsheet {

namespace {

constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024;

Error damaged(const QString &what)
{
    return Error(ErrorCode::InvalidInput,
                 SpreadsheetReader::tr("The file is not a readable Excel (.xlsx) file: %1. Open it in Excel or WPS, "
                                       "save it again as .xlsx and try once more.")
                     .arg(what));
}

// The zip, through minizip: the library libxlsxwriter itself uses. (QuaZip, which exports its
// own copy of minizip's functions, made libxlsxwriter call into it and crash; ADR 0017.)
class Package
{
public:
    explicit Package(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;
    bool open() const { return m_zip != nullptr; }

    // The part's bytes; an empty optional when the zip has no such part.
    Result<std::optional<QByteArray>> part(const QString &name)
    {
        constexpr int kCaseInsensitive = 2;
        if (unzLocateFile(m_zip, name.toUtf8().constData(), kCaseInsensitive) != UNZ_OK)
            return std::optional<QByteArray>();
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged(SpreadsheetReader::tr("its part %1 cannot be unpacked").arg(name));
        if (info.uncompressed_size > quint64(kMaxPartBytes))
            return Error(ErrorCode::InvalidInput, SpreadsheetReader::tr("A part of the file is larger than 64 MB."));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return damaged(SpreadsheetReader::tr("its part %1 cannot be unpacked").arg(name));
        QByteArray bytes;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0 && bytes.size() <= kMaxPartBytes)
            bytes.append(buffer, n);
        // Closing checks the part's CRC (when it was read to its end): a damaged part is
        // refused, not misread.
        const int closed = unzCloseCurrentFile(m_zip);
        if (n < 0 || closed != UNZ_OK)
            return damaged(SpreadsheetReader::tr("its part %1 cannot be unpacked").arg(name));
        if (bytes.size() > kMaxPartBytes)
            return Error(ErrorCode::InvalidInput, SpreadsheetReader::tr("A part of the file is larger than 64 MB."));
        return std::optional<QByteArray>(std::move(bytes));
    }

private:
    unzFile m_zip;
};

// Relationship id → target, and type → target (the last of each type), from a .rels part.
struct Relationships
{
    QHash<QString, QString> byId;
    QHash<QString, QString> byType;
};

Relationships relationships(const QByteArray &xml, const QString &folder)
{
    Relationships rels;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.name() != u"Relationship")
            continue;
        QString target = r.attributes().value(QLatin1String("Target")).toString();
        // Targets are relative to the folder of the part the .rels belongs to, or absolute.
        target = target.startsWith(u'/') ? target.mid(1) : folder + target;
        rels.byId.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
        rels.byType.insert(r.attributes().value(QLatin1String("Type")).toString().section(u'/', -1), target);
    }
    return rels;
}

// The text of a shared string or an inline string: its <t>, or its runs' <t>s joined, without
// the phonetic guides (<rPh>) Excel adds to East Asian text.
QString stringItem(QXmlStreamReader &r)
{
    QString text;
    const QString endName = r.name().toString();
    int phonetic = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"rPh")
                ++phonetic;
            else if (r.name() == u"t" && phonetic == 0)
                text += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == u"rPh")
                --phonetic;
            else if (r.name() == endName)
                break;
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si")
            strings.append(stringItem(r));
    }
    return strings;
}

// Whether a number format shows a date: the built-in date formats (including the Chinese ones,
// 27–36 and 50–58) and custom formats with a year or a day outside quotes and brackets.
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    static const QRegularExpression literals(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    const QString bare = QString(code).remove(literals).toLower();
    return bare.contains(u'y') || bare.contains(u'd');
}

// For each cell style index (the s attribute of a cell): whether it shows a date.
QList<bool> dateStyles(const QByteArray &xml)
{
    QHash<int, QString> customFormats;
    QList<bool> dates;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt")
                customFormats.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                                     r.attributes().value(QLatin1String("formatCode")).toString());
            else if (r.name() == u"cellXfs")
                inCellXfs = true;
            else if (r.name() == u"xf" && inCellXfs) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                dates.append(isDateFormat(id, customFormats.value(id)));
            }
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return dates;
}

// "BC12" → column 54 (from 0), row 11 (from 0); false when it is not a cell reference.
bool cellReference(QStringView ref, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

struct Merge
{
    int top, left, bottom, right;
};

Result<Sheet> readSheet(const QByteArray &xml, const QString &name, const QStringList &strings, const QList<bool> &dateStyle,
                        const QDate &epoch)
{
    Sheet sheet;
    sheet.name = name;
    QList<Merge> merges;
    QXmlStreamReader r(xml);
    int nextRow = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"row") {
            bool ok = false;
            const int number = r.attributes().value(QLatin1String("r")).toInt(&ok);
            const int row = ok && number >= 1 ? number - 1 : nextRow;
            if (row >= SpreadsheetReader::kMaxRows)
                return tooLarge(name);
            nextRow = row + 1;
            if (sheet.rows.size() <= row)
                sheet.rows.resize(row + 1);
            int nextColumn = 0;
            while (r.readNextStartElement()) {
                if (r.name() != u"c") {
                    r.skipCurrentElement();
                    continue;
                }
                int cellRow = row, column = nextColumn;
                const QStringView ref = r.attributes().value(QLatin1String("r"));
                if (!ref.isEmpty() && !cellReference(ref, &cellRow, &column))
                    return damaged(SpreadsheetReader::tr("the cell reference %1 is not valid").arg(ref.toString()));
                if (column >= SpreadsheetReader::kMaxColumns)
                    return tooLarge(name);
                nextColumn = column + 1;
                const QString type = r.attributes().value(QLatin1String("t")).toString();
                const int style = r.attributes().value(QLatin1String("s")).toInt();
                QString value;
                QString inlineText;
                while (r.readNextStartElement()) {
                    if (r.name() == u"v")
                        value = r.readElementText();
                    else if (r.name() == u"is")
                        inlineText = stringItem(r);
                    else
                        r.skipCurrentElement();
                }
                QString text;
                if (type == u"s") {
                    const int index = value.toInt();
                    if (index < 0 || index >= strings.size())
                        return damaged(SpreadsheetReader::tr("a cell refers to text that is not in the file"));
                    text = strings[index];
                } else if (type == u"inlineStr") {
                    text = inlineText;
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == u"str" || type == u"e" || type == u"d") {
                    text = type == u"d" ? value.left(10) : value; // d: an ISO 8601 date
                } else if (!value.isEmpty()) {
                    bool isNumber = false;
                    const double n = value.toDouble(&isNumber);
                    // 2958466 is the day after 9999-12-31, Excel's last date.
                    if (isNumber && style >= 0 && style < dateStyle.size() && dateStyle[style] && n >= 0 && n < 2958466)
                        text = epoch.addDays(qint64(n)).toString(Qt::ISODate);
                    else
                        text = isNumber ? numberText(n) : value;
                }
                if (cellRow != row)
                    continue; // a cell outside its row: damaged, but nothing a roster needs
                QStringList &cells = sheet.rows[row];
                if (cells.size() <= column)
                    cells.resize(column + 1);
                cells[column] = text;
            }
        } else if (r.name() == u"mergeCell") {
            const QStringList ends = r.attributes().value(QLatin1String("ref")).toString().split(u':');
            Merge m{};
            if (ends.size() == 2 && cellReference(ends[0], &m.top, &m.left) && cellReference(ends[1], &m.bottom, &m.right) &&
                m.bottom >= m.top && m.right >= m.left) {
                if (m.bottom >= SpreadsheetReader::kMaxRows || m.right >= SpreadsheetReader::kMaxColumns)
                    return tooLarge(name);
                merges.append(m);
            }
        }
    }
    if (r.hasError())
        return damaged(SpreadsheetReader::tr("the sheet %1 is damaged (%2)").arg(name, r.errorString()));
    // A merged range shows its top-left value in every cell it covers.
    for (const Merge &m : std::as_const(merges)) {
        const QString value = sheet.cell(m.top, m.left);
        if (sheet.rows.size() <= m.bottom)
            sheet.rows.resize(m.bottom + 1);
        for (int row = m.top; row <= m.bottom; ++row) {
            QStringList &cells = sheet.rows[row];
            if (cells.size() <= m.right)
                cells.resize(m.right + 1);
            for (int column = m.left; column <= m.right; ++column)
                cells[column] = value;
        }
    }
    trim(sheet);
    return sheet;
}

} // namespace

Result<QList<Sheet>> readXlsx(const QString &path)
{
    Package package(path);
    if (!package.open())
        return damaged(SpreadsheetReader::tr("it is not a complete zip file"));
    const auto partOrError = [&](const QString &name) -> Result<QByteArray> {
        Result<std::optional<QByteArray>> bytes = package.part(name);
        if (!bytes)
            return bytes.error();
        if (!bytes->has_value())
            return damaged(SpreadsheetReader::tr("its part %1 is missing").arg(name));
        return std::move(**bytes);
    };
    Result<QByteArray> rootRels = partOrError(QStringLiteral("_rels/.rels"));
    if (!rootRels)
        return rootRels.error();
    const QString workbookPath = relationships(*rootRels, QString()).byType.value(QStringLiteral("officeDocument"));
    if (workbookPath.isEmpty())
        return damaged(SpreadsheetReader::tr("it has no workbook"));
    const QString folder = workbookPath.section(u'/', 0, -2) + u'/';
    Result<QByteArray> workbook = partOrError(workbookPath);
    if (!workbook)
        return workbook.error();
    Result<QByteArray> workbookRels =
        partOrError(folder + QStringLiteral("_rels/") + workbookPath.section(u'/', -1) + QStringLiteral(".rels"));
    if (!workbookRels)
        return workbookRels.error();
    const Relationships rels = relationships(*workbookRels, folder);

    QStringList strings;
    if (const QString p = rels.byType.value(QStringLiteral("sharedStrings")); !p.isEmpty()) {
        Result<QByteArray> xml = partOrError(p);
        if (!xml)
            return xml.error();
        strings = sharedStrings(*xml);
    }
    QList<bool> dateStyle;
    if (const QString p = rels.byType.value(QStringLiteral("styles")); !p.isEmpty()) {
        Result<QByteArray> xml = partOrError(p);
        if (!xml)
            return xml.error();
        dateStyle = dateStyles(*xml);
    }

    // The sheets in the workbook's order, and its date system (1900, or 1904 from old Macs).
    QList<QPair<QString, QString>> sheets; // name, part
    QDate epoch(1899, 12, 30);
    QXmlStreamReader r(*workbook);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"workbookPr") {
            const QStringView v = r.attributes().value(QLatin1String("date1904"));
            if (v == u"1" || v == u"true")
                epoch = QDate(1904, 1, 1);
        } else if (r.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : r.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            if (rels.byId.contains(id))
                sheets.append({r.attributes().value(QLatin1String("name")).toString(), rels.byId.value(id)});
        }
    }
    if (r.hasError() || sheets.isEmpty())
        return damaged(SpreadsheetReader::tr("its list of sheets cannot be read"));
    QList<Sheet> result;
    for (const auto &[name, part] : std::as_const(sheets)) {
        Result<QByteArray> xml = partOrError(part);
        if (!xml)
            return xml.error();
        Result<Sheet> sheet = readSheet(*xml, name, strings, dateStyle, epoch);
        if (!sheet)
            return sheet.error();
        result.append(std::move(sheet).value());
    }
    return result;
}

} // namespace doudi::core::spreadsheet
