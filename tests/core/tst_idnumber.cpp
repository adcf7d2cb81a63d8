#include "common/clock.h"
#include "identity/idnumber.h"

#include <QTest>

using namespace doudi::core;

class TestIdNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)); }

    void standardExample_isValidFemaleBorn1949()
    {
        const auto r = IdNumber::parse(QStringLiteral("11010519491231002X"));
        QVERIFY(r.ok());
        QCOMPARE(r->birthDate, QDate(1949, 12, 31));
        QCOMPARE(r->sex, Sex::Female);
        QCOMPARE(r->areaCode, QStringLiteral("110105"));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X");
        QTest::newRow("full width") << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ")
                                    << QStringLiteral("11010519491231002X");
        QTest::newRow("spaces") << QStringLiteral(" 110105 19491231 002X ") << QStringLiteral("11010519491231002X");
        QTest::newRow("15 digits") << QStringLiteral("110105491231002") << QStringLiteral("11010519491231002X");
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto r = IdNumber::parse(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        QCOMPARE(r->number, expected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("wrong check") << QStringLiteral("110105194912310021");
        QTest::newRow("30 February") << QStringLiteral("110105194902300023");
        QTest::newRow("future birth") << QStringLiteral("110105203001010010");
        QTest::newRow("17 chars") << QStringLiteral("11010519491231002");
        QTest::newRow("letter inside") << QStringLiteral("1101051949A231002X");
        QTest::newRow("X in 15") << QStringLiteral("11010549123100X");
        QTest::newRow("sql") << QStringLiteral("1' OR '1'='1");
    }
    void invalid()
    {
        QFETCH(QString, input);
        const auto r = IdNumber::parse(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!r.error().message().isEmpty());
    }

    void checkCharacter_matchesStandardWeights()
    {
        QCOMPARE(IdNumber::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(IdNumber::checkCharacter(u"37032319660315101"), QLatin1Char('1'));
    }

    void ageAt_countsCompletedYears()
    {
        const QDate birth(1966, 3, 15);
        QCOMPARE(IdNumber::ageAt(birth, QDate(2026, 3, 14)), 59);
        QCOMPARE(IdNumber::ageAt(birth, QDate(2026, 3, 15)), 60); // the 60th birthday itself
        QCOMPARE(IdNumber::ageAt(QDate(2008, 2, 29), QDate(2026, 2, 28)), 17);
        QCOMPARE(IdNumber::ageAt(QDate(2008, 2, 29), QDate(2026, 3, 1)), 18);
    }

    void mask_keepsFirstSixAndLastFour()
    {
        QCOMPARE(IdNumber::mask(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
        QCOMPARE(IdNumber::mask(QStringLiteral("123")), QStringLiteral("***"));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
