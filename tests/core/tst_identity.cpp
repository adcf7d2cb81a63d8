#include "identity/areacode.h"
#include "identity/pinyin.h"

#include <QTest>

using namespace doudi::core;

class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("张桂英") << QString::fromUtf8("张桂英") << QStringLiteral("zgy");
        QTest::newRow("张三") << QString::fromUtf8("张三") << QStringLiteral("zs");
        QTest::newRow("surname 单") << QString::fromUtf8("单雄信") << QStringLiteral("sxx");
        QTest::newRow("surname 曾") << QString::fromUtf8("曾国藩") << QStringLiteral("zgf");
        QTest::newRow("minority name") << QString::fromUtf8("阿依古丽·买买提") << QStringLiteral("aygl mmt").remove(u' ');
        QTest::newRow("ext B character") << QString::fromUtf8("王𠀀") << QStringLiteral("wh");
        QTest::newRow("latin") << QStringLiteral("Li Na") << QStringLiteral("lina");
    }
    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(Pinyin::nameInitials(name), expected);
    }

    void areaLevels()
    {
        QCOMPARE(AreaCode::levelOf(QStringLiteral("370000")), AreaCode::Level::Province);
        QCOMPARE(AreaCode::levelOf(QStringLiteral("370300000000")), AreaCode::Level::City);
        QCOMPARE(AreaCode::levelOf(QStringLiteral("370323")), AreaCode::Level::County);
        QCOMPARE(AreaCode::levelOf(QStringLiteral("370323102000")), AreaCode::Level::Township);
        QCOMPARE(AreaCode::levelOf(QStringLiteral("370323102001")), AreaCode::Level::Village);
        QCOMPARE(AreaCode::levelOf(QStringLiteral("37032310200")), AreaCode::Level::Invalid);
        QCOMPARE(AreaCode::parentOf(QStringLiteral("370323102001")), QStringLiteral("370323102000"));
    }

    void scopeContainsItsVillagesOnly()
    {
        QVERIFY(AreaCode::contains(QStringLiteral("370323"), QStringLiteral("370323102001")));
        QVERIFY(AreaCode::contains(QStringLiteral("370323102000"), QStringLiteral("370323102001")));
        QVERIFY(!AreaCode::contains(QStringLiteral("370323102000"), QStringLiteral("370323103001")));
        QVERIFY(!AreaCode::contains(QStringLiteral("370323"), QStringLiteral("370324000000")));
    }

    void builtInRegistry_holdsYiyuanCounty()
    {
        const AreaRegistry &reg = AreaRegistry::builtIn();
        QCOMPARE(reg.villages().size(), 468);
        QCOMPARE(reg.children(QStringLiteral("370323")).size(), 12);
        QCOMPARE(reg.name(QStringLiteral("370323")), QString::fromUtf8("沂源县"));
        QVERIFY(reg.fullName(QStringLiteral("370323001004")).endsWith(QString::fromUtf8("城北居委会")));
    }

    void brokenAreaList_isRefusedWithItsLine()
    {
        const auto r = AreaRegistry::fromCsv("code,name,level,parent\n370323001001,ok,village,370323001000\nabc,x,village,\n");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(u'3'));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
