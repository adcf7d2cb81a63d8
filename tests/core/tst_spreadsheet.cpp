// Issue 16, ADR 0017: rosters as townships keep them, read into sheets of text. The files in
// tests/data/roster were written by openpyxl and xlwt (make-fixtures.py), not by Doudi.
#include "i18n.h"
#include "spreadsheet/spreadsheetreader.h"
#include "spreadsheet/spreadsheetwriter.h"

#include <QFile>
#include <QProcess>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

namespace {

QString roster(const char *name)
{
    return qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/") + QLatin1String(name);
}

const QStringList kHeaders = {QString::fromUtf8("乡镇"),     QString::fromUtf8("村"),         QString::fromUtf8("户主姓名"),
                              QString::fromUtf8("成员姓名"), QString::fromUtf8("与户主关系"), QString::fromUtf8("身份证号"),
                              QString::fromUtf8("救助类别"), QString::fromUtf8("月保障金额"), QString::fromUtf8("起始年月")};

} // namespace

class TestSpreadsheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { doudi::installTranslations(QStringLiteral("zh_CN")); }

    void xlsx_readsSharedStringsNumbersDatesAndFillsMergedCells()
    {
        const Result<QList<Sheet>> sheets = SpreadsheetReader::read(roster("roster.xlsx"));
        QVERIFY2(sheets, qPrintable(sheets ? QString() : sheets.error().message()));
        QCOMPARE(sheets->size(), 2);
        const Sheet &s = sheets->first();
        QCOMPARE(s.name, QString::fromUtf8("低保特困花名册"));
        QCOMPARE(s.rows.size(), 5);
        QCOMPARE(s.rows[0], kHeaders);
        // The household's cells were merged over three rows: every row has them.
        for (int row = 1; row <= 3; ++row) {
            QCOMPARE(s.cell(row, 0), QString::fromUtf8("鲁村镇"));
            QCOMPARE(s.cell(row, 2), QString::fromUtf8("李桂芳"));
            QCOMPARE(s.cell(row, 7), QStringLiteral("1740"));
            QCOMPARE(s.cell(row, 8), QStringLiteral("2024-03-01")); // a date cell shown as 2024年3月
        }
        QCOMPARE(s.cell(2, 3), QString::fromUtf8("王建国"));
        QCOMPARE(s.cell(3, 5), QStringLiteral("37032320150215003X"));
        QCOMPARE(s.cell(4, 7), QStringLiteral("1331.5"));
        QCOMPARE(s.cell(4, 8), QStringLiteral("2023-11-01"));
        QCOMPARE(sheets->at(1).cell(0, 0), QString::fromUtf8("本表由乡镇民政办填报"));
    }

    void xls_readsTextNumbersAndDates()
    {
        const Result<QList<Sheet>> sheets = SpreadsheetReader::read(roster("roster.xls"));
        QVERIFY2(sheets, qPrintable(sheets ? QString() : sheets.error().message()));
        const Sheet &s = sheets->first();
        QCOMPARE(s.name, QString::fromUtf8("低保特困花名册"));
        QCOMPARE(s.rows[0], kHeaders);
        QCOMPARE(s.cell(1, 2), QString::fromUtf8("李桂芳"));
        QCOMPARE(s.cell(1, 8), QStringLiteral("2024-03-01"));
        // FreeXL does not report merges: the value is in the merge's first row only.
        QCOMPARE(s.cell(2, 2), QString());
        QCOMPARE(s.cell(2, 3), QString::fromUtf8("王建国"));
        QCOMPARE(s.cell(4, 7), QStringLiteral("1331.5"));
        QCOMPARE(s.cell(4, 5), QStringLiteral("370323194809200019"));
    }

    void csv_inGb18030AndInUtf8ReadTheSame()
    {
        const Result<QList<Sheet>> gb = SpreadsheetReader::read(roster("roster-gb18030.csv"));
        const Result<QList<Sheet>> utf8 = SpreadsheetReader::read(roster("roster-utf8-bom.csv"));
        QVERIFY(gb && utf8);
        QCOMPARE(gb->first().rows, utf8->first().rows);
        const Sheet &s = gb->first();
        QCOMPARE(s.rows.size(), 6);
        QCOMPARE(s.rows[0], kHeaders); // no BOM left on the first header
        QCOMPARE(s.cell(4, 7), QStringLiteral("1331.5"));
        // A quoted field keeps its comma and its line break.
        QCOMPARE(s.cell(5, 2), QString::fromUtf8("孙秀兰,（代）"));
        QCOMPARE(s.cell(5, 3), QString::fromUtf8("孙秀兰\n（代）"));
        QCOMPARE(s.cell(5, 8), QStringLiteral("2024-05"));
    }

    void csv_tabSeparatedAndDoubledQuotes()
    {
        const Result<Sheet> s = SpreadsheetReader::parseCsv(QByteArray("a\tb\tc\n\"x \"\"y\"\"\"\t2\t\n\n"), QStringLiteral("t"));
        QVERIFY(s);
        QCOMPARE(s->rows.size(), 2);
        QCOMPARE(s->rows[1], QStringList({QStringLiteral("x \"y\""), QStringLiteral("2")}));
    }

    void brokenFiles_areRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("cut xlsx") << roster("broken.xlsx") << QString::fromUtf8(".xlsx");
        QTest::newRow("garbage xls") << roster("broken.xls") << QString::fromUtf8(".xls");
        QTest::newRow("quote never closed") << roster("broken.csv") << QString::fromUtf8("第 2 行开始的引号");
        QTest::newRow("missing") << roster("no-such-file.xlsx") << QString::fromUtf8("无法打开");
    }

    void brokenFiles_areRefusedWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const Result<QList<Sheet>> sheets = SpreadsheetReader::read(file);
        QVERIFY(!sheets);
        QVERIFY2(sheets.error().message().contains(says), qPrintable(sheets.error().message()));
    }

    void tooManyColumns_isRefusedNotCut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QByteArray csv;
        for (int i = 0; i <= SpreadsheetReader::kMaxColumns; ++i)
            csv += "x,";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv + "\n");
        f.close();
        const Result<QList<Sheet>> sheets = SpreadsheetReader::read(path);
        QVERIFY(!sheets);
        QCOMPARE(sheets.error().code(), ErrorCode::InvalidInput);
    }

    // Damaged files of every kind (seeded byte changes of the good ones) are read or refused,
    // never a crash, a hang or a read out of bounds (scripts/test-sanitize runs this under ASan).
    void damagedFiles_areReadOrRefusedNeverCrash()
    {
        QTemporaryDir dir;
        QRandomGenerator rng(16);
        int refused = 0;
        int tried = 0;
        for (const char *name : {"roster.xlsx", "roster.xls", "roster-gb18030.csv"}) {
            QFile good(roster(name));
            QVERIFY(good.open(QIODevice::ReadOnly));
            const QByteArray original = good.readAll();
            for (int round = 0; round < 150; ++round) {
                QByteArray bytes = original;
                const int changes = 1 + int(rng.bounded(8));
                for (int i = 0; i < changes; ++i)
                    bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
                if (round % 10 == 9)
                    bytes.truncate(int(rng.bounded(bytes.size())));
                const QString path = dir.filePath(QStringLiteral("damaged-%1-%2").arg(round).arg(QLatin1String(name)));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
                f.close();
                const Result<QList<Sheet>> sheets = SpreadsheetReader::read(path);
                ++tried;
                if (!sheets) {
                    ++refused;
                    QVERIFY(!sheets.error().message().isEmpty());
                }
            }
        }
        qInfo("%d damaged files: %d refused with a message, the others read", tried, refused);
    }

    // Lists out: what libxlsxwriter writes reads back the same, in this process (the reader's zip
    // library and the writer's must not clash, ADR 0017) and in openpyxl, a reader not ours.
    void written_xlsxReadsBackTheSame()
    {
        OutputSheet list;
        list.name = QString::fromUtf8("代发清单/2026年12月"); // "/" is not allowed in a sheet name
        list.title = QString::fromUtf8("鲁村镇 2026年12月 低保金代发清单");
        list.columns = {{QString::fromUtf8("姓名"), OutputColumn::Kind::Text, 10},
                        {QString::fromUtf8("身份证号"), OutputColumn::Kind::Text, 20},
                        {QString::fromUtf8("人数"), OutputColumn::Kind::Integer, 6},
                        {QString::fromUtf8("金额（元）"), OutputColumn::Kind::Yuan, 12}};
        list.rows = {{QString::fromUtf8("李桂芳"), QStringLiteral("370323195607080025"), 3, qint64(174000)},
                     {QString::fromUtf8("赵长顺"), QStringLiteral("370323194809200019"), 1, qint64(133150)}};
        list.totals = {QString::fromUtf8("合计"), QVariant(), 4, qint64(307150)};
        const Result<QByteArray> bytes = SpreadsheetWriter::xlsx({list, list});
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*bytes);
        f.close();
        const Result<QList<Sheet>> back = SpreadsheetReader::read(path);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->size(), 2);
        const Sheet &s = back->first();
        QCOMPARE(s.name, QString::fromUtf8("代发清单_2026年12月"));
        QCOMPARE(back->at(1).name, QString::fromUtf8("代发清单_2026年12月2"));
        QCOMPARE(s.cell(0, 0), list.title);
        QCOMPARE(s.cell(1, 3), QString::fromUtf8("金额（元）"));
        QCOMPARE(s.cell(2, 1), QStringLiteral("370323195607080025")); // text, not 3.70323E+17
        QCOMPARE(s.cell(2, 3), QStringLiteral("1740"));
        QCOMPARE(s.cell(3, 3), QStringLiteral("1331.5"));
        QCOMPARE(s.cell(4, 0), QString::fromUtf8("合计"));
        QCOMPARE(s.cell(4, 3), QStringLiteral("3071.5"));

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; "
                                     "print(ws['B4'].value, ws['D4'].value, ws['D4'].number_format)"),
                      path});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), QStringLiteral("370323194809200019 1331.5 0.00"));
    }

    void written_csvIsUtf8WithItsBomAndQuotes()
    {
        OutputSheet list;
        list.columns = {{QString::fromUtf8("住址"), OutputColumn::Kind::Text, 20},
                        {QString::fromUtf8("金额"), OutputColumn::Kind::Yuan, 10}};
        list.rows = {{QString::fromUtf8("北官庄村, 3号\n东院 \"老宅\""), qint64(87050)}};
        const QByteArray csv = SpreadsheetWriter::csv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const Result<Sheet> back = SpreadsheetReader::parseCsv(csv, QStringLiteral("x"));
        QVERIFY(back);
        QCOMPARE(back->cell(1, 0), list.rows[0][0].toString());
        QCOMPARE(back->cell(1, 1), QStringLiteral("870.50"));
        QVERIFY(!SpreadsheetWriter::bytesFor(QStringLiteral("list.pdf"), {list}));
        // Text Excel would run as a formula is written as text.
        list.rows = {{QStringLiteral("=HYPERLINK(\"http://x\")"), qint64(-500)}};
        const Result<Sheet> quoted = SpreadsheetReader::parseCsv(SpreadsheetWriter::csv(list), QStringLiteral("x"));
        QCOMPARE(quoted->cell(1, 0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(quoted->cell(1, 1), QStringLiteral("-5.00")); // amounts stay numbers
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
