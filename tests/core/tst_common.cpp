#include "common/clock.h"
#include "common/hlc.h"
#include "common/labeltable.h"
#include "common/money.h"
#include "common/randomsource.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

using namespace doudi::core;

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Clock::setFixed({}); }

    void money_parsesAndFormatsExactly()
    {
        QCOMPARE(money::parseYuan(QStringLiteral("612.50")), std::optional<Fen>(61250));
        QCOMPARE(money::parseYuan(QStringLiteral("612.5")), std::optional<Fen>(61250));
        QCOMPARE(money::parseYuan(QStringLiteral("1,234")), std::optional<Fen>(123400));
        QCOMPARE(money::parseYuan(QStringLiteral("-3")), std::optional<Fen>(-300));
        QVERIFY(!money::parseYuan(QStringLiteral("1.234")));
        QVERIFY(!money::parseYuan(QStringLiteral("abc")));
        QVERIFY(!money::parseYuan(QStringLiteral("1e5")));
        QCOMPARE(money::formatYuan(61250), QStringLiteral("612.50"));
        QCOMPARE(money::formatYuan(-5), QStringLiteral("-0.05"));
    }

    void clock_todayFollowsLocalMidnightBothWays()
    {
        // today() keeps the local date until local midnight; it must move on at midnight
        // and back when the clock is set back.
        const QDateTime beforeMidnight(QDate(2026, 12, 31), QTime(23, 59), Qt::LocalTime);
        Clock::setFixed(beforeMidnight.toUTC());
        QCOMPARE(Clock::today(), QDate(2026, 12, 31));
        Clock::advanceMsecs(2 * 60 * 1000);
        QCOMPARE(Clock::today(), QDate(2027, 1, 1));
        Clock::setFixed(beforeMidnight.toUTC());
        QCOMPARE(Clock::today(), QDate(2026, 12, 31));
        Clock::setFixed(QDateTime(QDate(2020, 6, 1), QTime(12, 0), Qt::LocalTime).toUTC());
        QCOMPARE(Clock::today(), QDate(2020, 6, 1));
    }

    void hlc_staysOrderedWhenTheClockGoesBack()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        Hlc hlc(QStringLiteral("dev1"));
        const QString a = hlc.tick();
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC)); // clock set back an hour
        const QString b = hlc.tick();
        const QString c = hlc.tick();
        QVERIFY(a < b);
        QVERIFY(b < c);
        Hlc restored(QStringLiteral("dev1"));
        restored.restore(c);
        QVERIFY(c < restored.tick());
    }

    void hlc_counterHasRoomAndOldTimestampsParse()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        Hlc hlc(QStringLiteral("dev1"));
        QString previous = hlc.tick();
        Clock::setFixed(QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)); // set back almost a month
        for (int i = 0; i < 120000; ++i) {                                     // past the old 5-digit counter's room
            const QString next = hlc.tick();
            if (!(previous < next))
                QFAIL(qPrintable(previous + QStringLiteral(" !< ") + next));
            previous = next;
        }
        Hlc::Parts parts;
        QVERIFY(Hlc::parse(previous, &parts));
        QCOMPARE(parts.counter, qint64(120000));
        QVERIFY(Hlc::parse(QStringLiteral("001732712345678.00042.3f2a9c1e"), &parts)); // written by 0.1
        QCOMPARE(parts.counter, qint64(42));
        hlc.restore(Hlc::format(parts.msecs, Hlc::kMaxCounter, QStringLiteral("x")));
        QVERIFY(hlc.tick() > previous);
    }

    void hlc_refusesRemoteTimesFarAhead()
    {
        Clock::setFixed(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        Hlc hlc(QStringLiteral("a"));
        const QString before = hlc.tick();
        const QString wrongClock = Hlc::format(Clock::nowMsecs() + Hlc::kMaxRemoteAheadMsecs + 1000, 0, QStringLiteral("b"));
        QVERIFY(!hlc.observe(wrongClock));
        QCOMPARE(hlc.last(), before);
        QVERIFY(hlc.tick() < wrongClock);
        QVERIFY(!hlc.observe(QStringLiteral("not a timestamp")));
    }

    void hlc_observeMovesPastRemote()
    {
        Clock::setFixed(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        Hlc hlc(QStringLiteral("a"));
        const QString remote = Hlc::format(Clock::nowMsecs() + 60000, 3, QStringLiteral("b"));
        hlc.observe(remote);
        QVERIFY(hlc.tick() > remote);
    }

    // ADR 0013: version 7 ids that only go up, whatever the clock does, and share their tail
    // within a process.
    void uuidString_isVersion7_goesUp_andSharesItsTail()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC));
        QStringList ids;
        for (int i = 0; i < 10000; ++i) // past 4 096 in one millisecond: the counter rolls over
            ids << RandomSource::uuidString();
        Clock::setFixed(QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC)); // the clock goes back
        for (int i = 0; i < 10; ++i)
            ids << RandomSource::uuidString();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QUuid u = QUuid::fromString(ids.at(i));
            QCOMPARE(u.toString(QUuid::WithoutBraces), ids.at(i));
            QCOMPARE(ids.at(i).at(14), u'7'); // the version (Qt 6.4's QUuid knows no 7)
            QCOMPARE(u.variant(), QUuid::DCE);
            QCOMPARE(ids.at(i).right(17), ids.constFirst().right(17)); // rand_b, but for the variant's 2 bits
            if (i > 0)
                QVERIFY2(ids.at(i) > ids.at(i - 1), qPrintable(ids.at(i - 1) + u' ' + ids.at(i)));
        }
        // 48 bits of milliseconds: the fixed clock's, then the ones borrowed by the counter.
        const qint64 first =
            QStringLiteral("%1").arg(ids.constFirst().left(8) + ids.constFirst().mid(9, 4)).toLongLong(nullptr, 16);
        QCOMPARE(first, QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void labelTable_looksUpBothWaysAndKeepsUnknownCodes()
    {
        enum class Colour
        {
            Red,
            Green,
            Blue
        };
        const LabelTable<Colour> colours("TestCommon", {{Colour::Red, "red", "Red"}, {Colour::Green, "green", "Green"}});
        QCOMPARE(colours.codes(), (QStringList{QStringLiteral("red"), QStringLiteral("green")}));
        QCOMPARE(colours.code(Colour::Green), QStringLiteral("green"));
        QCOMPARE(colours.label(Colour::Red), QStringLiteral("Red"));
        QCOMPARE(colours.fromCode(QStringLiteral("green")), std::optional<Colour>(Colour::Green));
        QCOMPARE(colours.fromCode(QStringLiteral("Green")), std::nullopt); // codes are exact
        // A value without a row has no code and no words.
        QCOMPARE(colours.code(Colour::Blue), QString());
        QCOMPARE(colours.label(Colour::Blue), QString());

        const LabelTable<> outcomes("TestCommon", {{"keep", "keep the amount"}, {"stop", "stop payment"}});
        QVERIFY(outcomes.contains(QStringLiteral("stop")));
        QCOMPARE(outcomes.labelOfCode(QStringLiteral("keep")), QStringLiteral("keep the amount"));
        // A code from a newer version stands for itself rather than vanishing.
        QCOMPARE(outcomes.labelOfCode(QStringLiteral("suspend")), QStringLiteral("suspend"));
    }

    // Issue 17: the helpers that replace `r ? *r : fallback` and the rewrapping of an error.
    void result_helpersPassAnErrorOnAndMapAValue()
    {
        const Result<int> three = 3;
        const Result<int> broken = Error(ErrorCode::NotFound, QStringLiteral("no such case"));
        QCOMPARE(three.valueOr(7), 3);
        QCOMPARE(broken.valueOr(7), 7);
        QCOMPARE(*three.transform([](int n) { return QString::number(n * 2); }), QStringLiteral("6"));
        const Result<QString> mapped = broken.transform([](int n) { return QString::number(n); });
        QCOMPARE(mapped.error().message(), QStringLiteral("no such case"));
        const auto half = [](int n) -> Result<int> {
            if (n % 2)
                return Error(ErrorCode::InvalidInput, QStringLiteral("odd"));
            return n / 2;
        };
        QCOMPARE(three.andThen(half).error().message(), QStringLiteral("odd"));
        QCOMPARE(*Result<int>(4).andThen(half), 2);
        QCOMPARE(broken.andThen(half).error().code(), ErrorCode::NotFound);
        // error() of a value is an empty error, so that a test may build its message eagerly.
        QCOMPARE(three.error().message(), QString());
        QCOMPARE(Status().error().message(), QString());
    }

    // Reading the value of an error stops the program with the error's message, in every build
    // (it threw std::bad_variant_access, in a code base without exceptions). Checked in a child:
    // this binary again, running only the slot below.
    void result_valueOfAnError_stopsWithItsMessage()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOUDI_RESULT_MISUSE"), QStringLiteral("1"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   QStringLiteral("handle_abort=0")); // the sanitizer build: an abort, not a report
        child.setProcessEnvironment(env);
        child.setChildProcessModifier([] {
            const rlimit none{0, 0};
            setrlimit(RLIMIT_CORE, &none); // no core file from the expected abort
        });
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("result_misuse")});
        QVERIFY(child.waitForFinished(30000));
        const QString err = QString::fromUtf8(child.readAllStandardError() + child.readAllStandardOutput());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(err.contains(QStringLiteral("Result::value() called on an error (not_found): no such case")), qPrintable(err));
    }
    void result_misuse()
    {
        if (!qEnvironmentVariableIsSet("DOUDI_RESULT_MISUSE"))
            QSKIP("run by result_valueOfAnError_stopsWithItsMessage");
        const Result<int> broken = Error(ErrorCode::NotFound, QStringLiteral("no such case"));
        qInfo() << *broken; // stops here
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
