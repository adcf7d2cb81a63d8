#include "policy/policybook.h"

#include <QFile>
#include <QTest>

using namespace doudi::core;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray book(const QByteArray &parameters)
{
    return "{\"format\": \"doudi-policy\", \"version\": 1, \"title\": \"t\", \"parameters\": [" + parameters + "]}";
}
} // namespace

class TestPolicyBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratio_isExact()
    {
        QCOMPARE(Ratio::parse(QStringLiteral("1.3"))->num, 13);
        QCOMPARE(Ratio::parse(QStringLiteral("1.3"))->den, 10);
        QCOMPARE(Ratio::parse(QStringLiteral("0.75"))->toString(), QStringLiteral("0.75"));
        QCOMPARE(Ratio::parse(QStringLiteral("2"))->toString(), QStringLiteral("2"));
        QVERIFY(!Ratio::parse(QStringLiteral("1.5e2")));
        QVERIFY(!Ratio::parse(QStringLiteral("-1")));
        QVERIFY(!Ratio::parse(QStringLiteral("0.12345")));
        // 1.3 × 924.00 = 1201.20 exactly; 1.5 × 801.01 = 1201.515 → 1201.52 (half up) or 1202 (yuan up)
        QCOMPARE(exact::times(92400, *Ratio::parse(QStringLiteral("1.3")), Rounding::FenHalfUp), 120120);
        QCOMPARE(exact::times(80101, *Ratio::parse(QStringLiteral("1.5")), Rounding::FenHalfUp), 120152);
        QCOMPARE(exact::times(80101, *Ratio::parse(QStringLiteral("1.5")), Rounding::YuanUp), 120200);
        QCOMPARE(exact::divide(-5, 2, Rounding::FenHalfUp), -3);
    }

    void demo_loadsAndIsLabelledSample()
    {
        const PolicyBook &demo = PolicyBook::demo();
        QVERIFY(demo.isSample());
        QVERIFY(demo.title().contains(QString::fromUtf8("样例")));
        QVERIFY(demo.parameters().size() >= 40);
        QCOMPARE(demo.calendars().size(), 3); // 2025, 2026, and 2027 with its statutory days only
        const Result<Parameter> urban =
            demo.lookup(QStringLiteral("dibao.standard.urban"), QStringLiteral("370323102001"), QDate(2026, 3, 1));
        QVERIFY(urban.ok());
        QCOMPARE(urban->value.toLongLong(), 92400);
        QVERIFY(!urban->source.isEmpty());
        // Every parameter a county must give has a value in the demo county (the optional ones,
        // such as its own fonts or a minimum payment, it may leave out).
        for (const ParameterSpec &spec : ParameterSpecs::all())
            QVERIFY2(spec.optional ||
                         demo.lookup(QString::fromLatin1(spec.key), QStringLiteral("370323102001"), QDate(2026, 3, 1)).ok(),
                     spec.key);
    }

    void textParameters_takeOnlyTheirForm_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("landline") << QByteArray("print.supervision.phone") << QByteArray("0533-3241234") << true;
        QTest::newRow("two numbers") << QByteArray("print.supervision.phone") << QByteArray("0533-3241234、12345") << true;
        QTest::newRow("words") << QByteArray("print.supervision.phone") << QByteArray("call the township") << false;
        QTest::newRow("empty") << QByteArray("print.supervision.phone") << QByteArray("") << false;
        QTest::newRow("font file") << QByteArray("print.font.body") << QByteArray("FZFangSong.ttf") << true;
        QTest::newRow("font path") << QByteArray("print.font.body") << QByteArray("/etc/passwd.ttf") << false;
        QTest::newRow("not a font") << QByteArray("print.font.title") << QByteArray("title.exe") << false;
    }

    void textParameters_takeOnlyTheirForm()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        const Result<PolicyBook> b = PolicyBook::fromJson(book("{\"key\": \"" + key +
                                                               "\", \"area\": \"370323\", \"from\": \"2023-01-01\", "
                                                               "\"value\": \"" +
                                                               value + "\", \"source\": \"s\"}"));
        QCOMPARE(b.ok(), accepted);
        if (accepted) {
            QCOMPARE(b->lookup(QString::fromLatin1(key), QStringLiteral("370323102001"), QDate(2026, 3, 1))->value.toString(),
                     QString::fromUtf8(value));
            QCOMPARE(PolicyBook::fromJson(b->toJson())->toJson(), b->toJson());
        } else {
            QVERIFY2(b.error().message().contains(QString::fromLatin1(key)), qPrintable(b.error().message()));
        }
    }

    void exportThenImport_givesTheSameBook()
    {
        const QByteArray once = PolicyBook::demo().toJson();
        const Result<PolicyBook> again = PolicyBook::fromJson(once);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
        QCOMPARE(again->toJson(), once);
    }

    void mostSpecificAreaWins_andTheDatePicksTheVersion()
    {
        const Result<PolicyBook> b =
            PolicyBook::fromJson(book("{\"key\": \"dibao.standard.urban\", \"area\": \"370300\", \"from\": \"2023-01-01\", "
                                      "\"to\": \"2025-06-30\", \"value\": 92400, \"source\": \"city 2023\"},"
                                      "{\"key\": \"dibao.standard.urban\", \"area\": \"370300\", \"from\": \"2025-07-01\", "
                                      "\"value\": 96000, \"source\": \"city 2025\"},"
                                      "{\"key\": \"dibao.standard.urban\", \"area\": \"370323102000\", \"from\": \"2024-01-01\", "
                                      "\"value\": 99000, \"source\": \"township pilot\"},"
                                      "{\"key\": \"dibao.standard.urban\", \"area\": \"\", \"from\": \"2020-01-01\", \"value\": "
                                      "50000, \"source\": \"fallback\"}"));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message()));
        const auto value = [&](const char *area, QDate d) {
            return b->lookup(QStringLiteral("dibao.standard.urban"), QString::fromLatin1(area), d)->value.toLongLong();
        };
        QCOMPARE(value("370323103001", QDate(2025, 6, 30)), 92400);
        QCOMPARE(value("370323103001", QDate(2025, 7, 1)), 96000);
        QCOMPARE(value("370323102001", QDate(2025, 7, 1)), 99000);   // the township's own value
        QCOMPARE(value("370323102001", QDate(2023, 12, 31)), 92400); // before the pilot began
        QCOMPARE(value("110105000000", QDate(2025, 7, 1)), 50000);   // another province: the fallback
        QCOMPARE(
            b->lookup(QStringLiteral("dibao.standard.urban"), QStringLiteral("370323102001"), QDate(2019, 1, 1)).error().code(),
            ErrorCode::NotFound);
    }

    void brokenFiles_areRefusedWholeWithTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money as text") << QStringLiteral("bad-field.json") << QStringLiteral("line 7");
        QTest::newRow("unknown key") << QStringLiteral("unknown-key.json") << QStringLiteral("line 6");
        QTest::newRow("overlapping periods") << QStringLiteral("overlap.json") << QStringLiteral("line 5");
        QTest::newRow("make-up day on a weekday") << QStringLiteral("bad-workday.json") << QStringLiteral("line 6");
        QTest::newRow("not JSON") << QStringLiteral("not-json.json") << QStringLiteral("line 5");
    }
    void brokenFiles_areRefusedWholeWithTheLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QByteArray data = fixture(file);
        QVERIFY(!data.isEmpty());
        const Result<PolicyBook> b = PolicyBook::fromJson(data);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(b.error().message().contains(expected), qPrintable(b.error().message()));
    }

    void valuesAreCheckedByType()
    {
        const char *bad[] = {
            "{\"key\": \"dibao.edge.multiple\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 1.5, \"source\": \"s\"}",
            "{\"key\": \"dibao.method\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": \"both\", \"source\": \"s\"}",
            "{\"key\": \"dibao.tiers\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": [{\"below\": 500, \"amount\": 1}, "
            "{\"below\": 400, \"amount\": 1}], \"source\": \"s\"}",
            "{\"key\": \"income.excluded\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": [\"salary\"], \"source\": "
            "\"s\"}",
            "{\"key\": \"publicity.days\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 0, \"source\": \"s\"}",
            "{\"key\": \"publicity.days\", \"area\": \"37\", \"from\": \"2023-01-01\", \"value\": 7, \"source\": \"s\"}",
            "{\"key\": \"publicity.days\", \"area\": \"\", \"from\": \"2023-02-30\", \"value\": 7, \"source\": \"s\"}",
            "{\"key\": \"publicity.days\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 7, \"source\": \"\"}",
            "{\"key\": \"dibao.topups\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": [{\"category\": \"veteran\", "
            "\"amount\": 100}], \"source\": \"s\"}",
            // Issue 17: numbers beyond qint64 (or beyond what a double holds exactly) are refused
            // before any conversion, which for them is undefined behaviour (UBSan's build shows it).
            "{\"key\": \"dibao.standard.urban\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 1e300, \"source\": \"s\"}",
            "{\"key\": \"dibao.standard.urban\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": -1e19, \"source\": \"s\"}",
            "{\"key\": \"dibao.standard.urban\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 18014398509481984, "
            "\"source\": \"s\"}",
            "{\"key\": \"print.supervision.phone\", \"area\": \"\", \"from\": \"2023-01-01\", \"value\": 1e300, \"source\": "
            "\"s\"}",
        };
        for (const char *p : bad)
            QVERIFY2(!PolicyBook::fromJson(book(p)).ok(), p);
    }
};

QTEST_GUILESS_MAIN(TestPolicyBook)
#include "tst_policybook.moc"
