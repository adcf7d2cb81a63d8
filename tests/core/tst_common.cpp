#include "common/clock.h"
#include "common/hlc.h"
#include "common/money.h"

#include <QTest>

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
        for (int i = 0; i < 120000; ++i) { // past the old 5-digit counter's room
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
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
