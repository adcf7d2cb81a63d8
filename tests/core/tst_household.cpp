#include "common/clock.h"
#include "domain/household.h"
#include "domain/householddiff.h"
#include "testdata.h"

#include <QTest>

using namespace doudi::core;

class TestHousehold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)); }

    void sample_isValidAndIdNumberFillsBirthAndSex()
    {
        const Result<Household> h = Household::fromJson(sampleHouseholdJson());
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
        QCOMPARE(h->members.size(), 4);
        QCOMPARE(h->members[0].birthDate, QDate(1966, 3, 15));
        QCOMPARE(h->members[0].sex, Sex::Female);
        QCOMPARE(h->members[2].ageAt(Clock::today()), 16);
        QCOMPARE(h->incomes[0].personId, h->members[0].meta.id); // "member": 0 resolved
        QCOMPARE(h->head()->name, QString::fromUtf8("张桂英"));
    }

    void roundTrip_keepsEveryField()
    {
        const Result<Household> h = Household::fromJson(sampleHouseholdJson());
        QVERIFY(h.ok());
        const Result<Household> again = Household::fromJson(h->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), h->toJson());
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject s = sampleHouseholdJson();
        QTest::newRow("invalid ID") << withMemberField(s, 1, QStringLiteral("id_number"), QStringLiteral("370323196408201037"))
                                    << QStringLiteral("members[1].id_number");
        QTest::newRow("impossible date") << withMemberField(withMemberField(s, 2, QStringLiteral("id_number"), QString()), 2,
                                                            QStringLiteral("birth_date"), QStringLiteral("2019-02-30"))
                                         << QStringLiteral("members[2].birth_date");
        QTest::newRow("birth date contradicts ID")
            << withMemberField(s, 0, QStringLiteral("birth_date"), QStringLiteral("1970-01-01"))
            << QStringLiteral("members[0].birth_date");
        QTest::newRow("10000-character name")
            << withMemberField(s, 0, QStringLiteral("name"), QString(10000, QChar(0x5F20))) << QStringLiteral("members[0].name");
        QTest::newRow("emoji name") << withMemberField(s, 3, QStringLiteral("name"), QString::fromUtf8("王秀兰😀"))
                                    << QStringLiteral("members[3].name");
        QTest::newRow("SQL in name") << withMemberField(s, 0, QStringLiteral("name"),
                                                        QStringLiteral("x'); DROP TABLE persons;--"))
                                     << QStringLiteral("members[0].name");
        QTest::newRow("unknown relation") << withMemberField(s, 1, QStringLiteral("relation"), QStringLiteral("husband"))
                                          << QStringLiteral("members[1].relation");
        QTest::newRow("two heads") << withMemberField(s, 1, QStringLiteral("relation"), QStringLiteral("head"))
                                   << QStringLiteral("members");
        QJsonObject negative = s;
        negative.insert(QStringLiteral("incomes"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("wages")},
                                                                          {QStringLiteral("annual_fen"), -100}}});
        QTest::newRow("negative income") << negative << QStringLiteral("incomes[0].annual_fen");
        QJsonObject fractional = s;
        fractional.insert(QStringLiteral("incomes"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("wages")},
                                                                            {QStringLiteral("annual_fen"), 10.5}}});
        QTest::newRow("fractional fen") << fractional << QStringLiteral("incomes[0].annual_fen");
        QJsonObject town = s;
        town.insert(QStringLiteral("area_code"), QStringLiteral("370323102000"));
        QTest::newRow("township instead of village") << town << QStringLiteral("area_code");
        QJsonObject phone = s;
        phone.insert(QStringLiteral("phone"), QStringLiteral("12345"));
        QTest::newRow("bad phone") << phone << QStringLiteral("phone");
        QJsonObject noMembers = s;
        noMembers.insert(QStringLiteral("members"), QJsonArray());
        noMembers.insert(QStringLiteral("incomes"), QJsonArray());
        QTest::newRow("no members") << noMembers << QStringLiteral("members");
    }
    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QList<FieldError> errors;
        const Result<Household> r = Household::fromJson(json, &errors);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!r.error().message().isEmpty());
        QStringList paths;
        for (const FieldError &e : errors)
            paths << e.field;
        QVERIFY2(paths.contains(field), qPrintable(paths.join(u',')));
    }

    // What an edit changed, in sentences (the household's change history): each kind of record
    // added, changed and removed, in the order of the lists (issue 17: one comparison, not five).
    void diff_describesWhatWasAddedChangedAndRemoved()
    {
        Result<Household> before = Household::fromJson(sampleHouseholdJson());
        QVERIFY(before.ok());
        for (int i = 0; i < before->incomes.size(); ++i) // as saved records have (matched by id)
            before->incomes[i].meta.id = QStringLiteral("income-%1").arg(i);
        before->assets[0].meta.id = QStringLiteral("asset-0");
        Household after = *before;
        Person child = after.members[2];
        child.meta.id = QStringLiteral("new-member");
        child.name = QString::fromUtf8("李小雨");
        after.members.removeAt(3); // 王秀兰 leaves
        after.members.append(child);
        after.incomes[0].annualFen = 900000;
        after.incomes.removeAt(1); // 王秀兰's pension
        after.assets[0].valueFen = 1500000;
        Expenditure medical;
        medical.meta.id = QStringLiteral("new-expenditure");
        medical.personId = after.members[0].meta.id;
        medical.kind = ExpenditureKind::Medical;
        medical.annualFen = 120000;
        after.expenditures.append(medical);

        const QStringList lines = HouseholdDiff::describe(*before, after);
        const QStringList expected = {QString::fromUtf8("李小雨"), QString::fromUtf8("王秀兰"), QString::fromUtf8("张桂英"),
                                      QString::fromUtf8("王秀兰"), QStringLiteral("15000.00"),  QString::fromUtf8("张桂英")};
        QVERIFY2(lines.size() == expected.size(), qPrintable(lines.join(u'\n')));
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(lines[i].contains(expected[i]), qPrintable(lines.join(u'\n')));
        QVERIFY(lines[2].contains(QStringLiteral("8500.00 → 9000.00")));
        QVERIFY(HouseholdDiff::describe(*before, *before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
