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

    // Issue 17: a character's other readings count too (朝 cháo and zhāo, 长 cháng and zhǎng,
    // 曾 zēng as a surname and céng), the preferred one first.
    void everyReading_findsTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("initials");
        QTest::addColumn<QStringList>("syllables");
        QTest::newRow("王朝阳") << QString::fromUtf8("王朝阳") << QStringList{QStringLiteral("wcy"), QStringLiteral("wzy")}
                                << QStringList{QStringLiteral("wangchaoyang"), QStringLiteral("wangzhaoyang")};
        QTest::newRow("李长江") << QString::fromUtf8("李长江") << QStringList{QStringLiteral("lzj"), QStringLiteral("lcj")}
                                << QStringList{QStringLiteral("lizhangjiang"), QStringLiteral("lichangjiang")};
        QTest::newRow("曾乐") << QString::fromUtf8("曾乐")
                              << QStringList{QStringLiteral("zl"), QStringLiteral("zy"), QStringLiteral("cl")}
                              << QStringList{QStringLiteral("zengle"), QStringLiteral("zengyue"), QStringLiteral("cengle")};
        QTest::newRow("one reading") << QString::fromUtf8("张桂英") << QStringList{QStringLiteral("zgy")}
                                     << QStringList{QStringLiteral("zhangguiying")};
    }
    void everyReading_findsTheName()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, initials);
        QFETCH(QStringList, syllables);
        const QStringList gotInitials = Pinyin::initialReadings(name).split(u' ');
        QCOMPARE(gotInitials.first(), Pinyin::nameInitials(name)); // the preferred reading first
        for (const QString &i : initials)
            QVERIFY2(gotInitials.contains(i), qPrintable(i + QStringLiteral(" not in ") + gotInitials.join(u' ')));
        quint64 starts = 0;
        const QString text = Pinyin::syllableReadings(name, &starts);
        const QStringList gotSyllables = text.split(u' ');
        QCOMPARE(gotSyllables.first(), Pinyin::nameSyllables(name));
        QVERIFY(gotSyllables.size() <= Pinyin::kMaxReadings);
        for (const QString &s : syllables) {
            QVERIFY2(gotSyllables.contains(s), qPrintable(s + QStringLiteral(" not in ") + text));
            const qsizetype at = text.indexOf(s);
            QVERIFY2(at < 64 && (starts >> at) & 1u, qPrintable(s)); // each reading begins a syllable
        }
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

    // What a county publishes for its laptops is held to the county (doudi-server area import).
    void countyAreaList_isHeldToTheCounty_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem"); // empty: taken
        const QByteArray head = "code,name,level,parent\n370323000000,沂源县,county,370300000000\n"
                                "370323001000,历山街道,township,370323000000\n";
        QTest::newRow("whole") << head + "370323001001,城中社区,village,370323001000\n" << QString();
        QTest::newRow("crlf") << QByteArray(head + "370323001001,城中社区,village,370323001000\r\n").replace("\n", "\r\n")
                              << QString();
        QTest::newRow("no header") << QByteArray("370323001001,城中社区,village,370323001000\n") << QStringLiteral("code,name");
        QTest::newRow("other county") << head + "370324001001,外村,village,370324001000\n" << QStringLiteral("370324");
        QTest::newRow("no parent") << head + "370323002001,孤村,village,370323002000\n" << QStringLiteral("370323002000");
        QTest::newRow("twice") << head + "370323001001,甲,village,370323001000\n370323001001,乙,village,370323001000\n"
                               << QStringLiteral("370323001001 (");
        QTest::newRow("no village") << head << QStringLiteral("370323");
    }

    void countyAreaList_isHeldToTheCounty()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        const auto r = AreaRegistry::fromCountyCsv(csv, QStringLiteral("370323"));
        if (problem.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
            QCOMPARE(r->villages().size(), 1);
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(problem), qPrintable(r.error().message()));
    }

    // The list in use can change while references to the old one are held (a page open).
    void currentList_canBeReplaced_withOldReferencesValid()
    {
        const AreaRegistry &before = AreaRegistry::current();
        const qsizetype villages = before.villages().size();
        Result<AreaRegistry> small = AreaRegistry::fromCsv("code,name,level,parent\n370323001000,历山街道,township,370323000000\n"
                                                           "370323001001,城中社区,village,370323001000\n");
        QVERIFY(small.ok());
        AreaRegistry::setCurrent(*small);
        QCOMPARE(AreaRegistry::current().villages().size(), 1);
        QCOMPARE(before.villages().size(), villages);
        AreaRegistry::setCurrent(AreaRegistry::builtIn());
        QCOMPARE(AreaRegistry::current().villages().size(), AreaRegistry::builtIn().villages().size());
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
