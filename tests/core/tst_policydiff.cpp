#include "policy/policydiff.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace doudi::core;

// Two versions of a county's policy: the urban standard rises on 2026-07-01, the vehicle
// limit is dropped, one township gets its own near-dibao line, and 2027's calendar arrives.
class TestPolicyDiff : public QObject
{
    Q_OBJECT

    static PolicyBook load(const char *name)
    {
        QFile f(qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", name);
        Result<PolicyBook> book = PolicyBook::fromJson(f.readAll());
        if (!book)
            qFatal("%s: %s", name, qPrintable(book.error().message()));
        return *book;
    }

    const PolicyBook m_old = load("diff-old.json");
    const PolicyBook m_new = load("diff-new.json");

private Q_SLOTS:
    void standardRisingOnADay_isTheOldValueEndingAndTheNewOneAdded()
    {
        const PolicyDiff diff = PolicyDiff::between(m_old, m_new);
        QList<ParameterChange> urban;
        for (const ParameterChange &c : diff.parameters) {
            if (c.entry().key == QLatin1String("dibao.standard.urban"))
                urban << c;
        }
        QCOMPARE(urban.size(), 2);
        QCOMPARE(urban[0].kind, PolicyChangeKind::Changed);
        QCOMPARE(urban[0].differs, QStringList{QStringLiteral("to")});
        QVERIFY(!urban[0].before->to.isValid());
        QCOMPARE(urban[0].after->to, QDate(2026, 6, 30));
        QCOMPARE(urban[1].kind, PolicyChangeKind::Added);
        QCOMPARE(urban[1].after->from, QDate(2026, 7, 1));
        QCOMPARE(urban[1].after->valueText(), QStringLiteral("960.00 yuan"));
        QCOMPARE(urban[1].after->source, QString::fromUtf8("沂民发〔2026〕18号"));
    }

    void removedKey_townshipKey_andNewCalendar_inKeyAreaOrder()
    {
        const PolicyDiff diff = PolicyDiff::between(m_old, m_new);
        QStringList seen;
        for (const ParameterChange &c : diff.parameters)
            seen << QStringLiteral("%1 %2 %3 %4")
                        .arg(PolicyDiff::kindCode(c.kind), c.entry().key, c.entry().area, c.entry().from.toString(Qt::ISODate));
        // The rural standard and the notice period are the same in both: not listed.
        QCOMPARE(seen, (QStringList{QStringLiteral("removed assets.vehicles.max 370323 2023-01-01"),
                                    QStringLiteral("added dibao.edge.multiple 370323102000 2026-07-01"),
                                    QStringLiteral("changed dibao.standard.urban 370323 2026-01-01"),
                                    QStringLiteral("added dibao.standard.urban 370323 2026-07-01")}));
        QCOMPARE(diff.parameters[0].before->valueText(), QStringLiteral("1"));
        QCOMPARE(diff.parameters[1].after->valueText(), QStringLiteral("1.5"));
        QCOMPARE(diff.calendars.size(), 1);
        QCOMPARE(diff.calendars[0].kind, PolicyChangeKind::Added);
        QCOMPARE(diff.calendars[0].year(), 2027);
    }

    void json_countsAndShowsEachSideAsItReads()
    {
        const QJsonObject json = PolicyDiff::between(m_old, m_new).toJson();
        QCOMPARE(json[QStringLiteral("added")].toInt(), 3); // two values and a calendar
        QCOMPARE(json[QStringLiteral("removed")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("changed")].toInt(), 1);
        const QJsonObject changed = json[QStringLiteral("parameters")][2].toObject();
        QCOMPARE(changed[QStringLiteral("key")].toString(), QStringLiteral("dibao.standard.urban"));
        QCOMPARE(changed[QStringLiteral("label")].toString(), QStringLiteral("Urban dibao standard (per person per month)"));
        QCOMPARE(changed[QStringLiteral("area")].toString(), QStringLiteral("370323"));
        QCOMPARE(changed[QStringLiteral("change")].toString(), QStringLiteral("changed"));
        QCOMPARE(changed[QStringLiteral("old")][QStringLiteral("to")].toString(), QString()); // open-ended
        QCOMPARE(changed[QStringLiteral("new")][QStringLiteral("to")].toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(changed[QStringLiteral("new")][QStringLiteral("value")].toString(), QStringLiteral("924.00 yuan"));
        QCOMPARE(changed[QStringLiteral("new")][QStringLiteral("source")].toString(), QString::fromUtf8("沂民发〔2025〕30号"));
        const QJsonObject removed = json[QStringLiteral("parameters")][0].toObject();
        QVERIFY(!removed.contains(QStringLiteral("new")));
        QCOMPARE(removed[QStringLiteral("old")][QStringLiteral("from")].toString(), QStringLiteral("2023-01-01"));
        QCOMPARE(json[QStringLiteral("calendars")][0][QStringLiteral("new")][QStringLiteral("holidays")].toArray().size(), 1);
    }

    void sameFileTwice_changesNothing()
    {
        QVERIFY(PolicyDiff::between(m_new, m_new).isEmpty());
        QVERIFY(PolicyDiff::between(PolicyBook::demo(), PolicyBook::demo()).isEmpty());
    }

    void changedValue_isNamedWithBothReadings()
    {
        // A PolicyBook is only ever read from a file: the changed one comes through JSON too.
        QByteArray json = m_old.toJson();
        json.replace("80100", "84000");
        Result<PolicyBook> rural = PolicyBook::fromJson(json);
        QVERIFY2(rural, qPrintable(rural ? QString() : rural.error().message()));
        const PolicyDiff diff = PolicyDiff::between(m_old, *rural);
        QCOMPARE(diff.parameters.size(), 1);
        QCOMPARE(diff.parameters[0].differs, QStringList{QStringLiteral("value")});
        QCOMPARE(diff.parameters[0].before->valueText(), QStringLiteral("801.00 yuan"));
        QCOMPARE(diff.parameters[0].after->valueText(), QStringLiteral("840.00 yuan"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
