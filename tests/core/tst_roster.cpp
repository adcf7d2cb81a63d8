// Issue 16: a roster read into households and their entitlements, or refused with the row,
// the column and the reason of every problem, before anything is saved.
#include "i18n.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "roster/rosterplan.h"
#include "spreadsheet/spreadsheetreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace doudi::core;

namespace {

const QDate kToday(2026, 12, 1);

Sheet rosterSheet(const char *name)
{
    const Result<QList<Sheet>> sheets =
        SpreadsheetReader::read(qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/") + QLatin1String(name));
    return sheets ? sheets->first() : Sheet();
}

QString id(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

// The usual headers, then rows; each row a list of cells in the headers' order.
Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet s;
    s.rows.append(QStringList{QString::fromUtf8("乡镇"), QString::fromUtf8("村"), QString::fromUtf8("户主姓名"),
                              QString::fromUtf8("成员姓名"), QString::fromUtf8("与户主关系"), QString::fromUtf8("身份证号"),
                              QString::fromUtf8("救助类别"), QString::fromUtf8("月保障金额"), QString::fromUtf8("起始年月")});
    s.rows.append(rows);
    return s;
}

QStringList row(const char *village, const char *head, const char *member, const char *relation, const QString &idNumber,
                const char *programme = "低保", const char *amount = "870", const char *since = "2024-03")
{
    return {QString::fromUtf8("鲁村镇"),  QString::fromUtf8(village),  QString::fromUtf8(head),
            QString::fromUtf8(member),    QString::fromUtf8(relation), idNumber,
            QString::fromUtf8(programme), QString::fromUtf8(amount),   QString::fromUtf8(since)};
}

RosterPlan planOf(const Sheet &s)
{
    return RosterPlan::read(s, RosterMapping::guess(s), AreaRegistry::builtIn(), kToday);
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { doudi::installTranslations(QStringLiteral("zh_CN")); }

    void usualHeaders_needNoMapping()
    {
        const Sheet s = rosterSheet("roster.xlsx");
        const RosterMapping m = RosterMapping::guess(s);
        QCOMPARE(m.headerRow, 0);
        QVERIFY2(m.missing().isEmpty(), qPrintable(m.missing().join(u',')));
        QCOMPARE(m.column(RosterField::IdNumber), 5);
        QCOMPARE(m.toJson().value(QStringLiteral("columns")).toObject().value(QStringLiteral("id_number")).toString(),
                 QStringLiteral("F"));
        QString error;
        const std::optional<RosterMapping> again = RosterMapping::fromJson(m.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->columns, m.columns);
        // The same layout next month, with a note in brackets and a space, has the same key.
        QStringList headers = s.rows[0];
        const QString key = RosterMapping::layoutKey(headers);
        headers[5] = QString::fromUtf8("身份证号（18位） ");
        QCOMPARE(RosterMapping::layoutKey(headers), key);
    }

    void eachFileKind_givesTheSameHouseholds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx with merged cells") << QStringLiteral("roster.xlsx");
        QTest::newRow("xls, merges in the first row only") << QStringLiteral("roster.xls");
    }

    void eachFileKind_givesTheSameHouseholds()
    {
        QFETCH(QString, file);
        const RosterPlan plan = planOf(rosterSheet(file.toLatin1().constData()));
        QVERIFY2(plan.ok(), QJsonDocument(plan.toJson()).toJson().constData());
        QCOMPARE(plan.rows, 4);
        QCOMPARE(plan.households.size(), 2);
        QCOMPARE(plan.persons(), 4);
        const RosterHousehold &li = plan.households[0];
        QCOMPARE(li.household.areaCode, QStringLiteral("370323102206")); // 北官庄村委会
        QCOMPARE(li.household.members.size(), 3);
        QCOMPARE(li.household.head()->name, QString::fromUtf8("李桂芳"));
        QCOMPARE(li.household.members[2].relation, Relation::Grandchild);
        QCOMPARE(li.programme, CaseProgramme::Dibao);
        QCOMPARE(li.monthlyFen, Fen(174000));
        QCOMPARE(li.since, QDate(2024, 3, 1));
        QCOMPARE(li.rows, QList<int>({2, 3, 4}));
        const RosterHousehold &zhao = plan.households[1];
        QCOMPARE(zhao.household.areaCode, QStringLiteral("370323102207")); // "小北庄村" is 小北庄村委会
        QCOMPARE(zhao.programme, CaseProgramme::Tekun);
        QCOMPARE(zhao.monthlyFen, Fen(133150));
        QCOMPARE(zhao.since, QDate(2023, 11, 1));
    }

    void gb18030Csv_readsAndRefusesTemporaryAid()
    {
        const RosterPlan plan = planOf(rosterSheet("roster-gb18030.csv"));
        QVERIFY(!plan.ok());
        // Row 6 is a 临时救助 of 0 yuan: not a monthly programme, and not an amount paid; and its
        // head's name (C, "孙秀兰,（代）") is not the name on the row (D, a line break, no comma).
        QCOMPARE(plan.problems.size(), 3);
        QMap<QString, QString> byColumn;
        for (const RosterProblem &p : plan.problems) {
            QCOMPARE(p.row, 6);
            byColumn.insert(p.column, p.reason);
        }
        QCOMPARE(byColumn.keys(), QStringList({QStringLiteral("C"), QStringLiteral("G"), QStringLiteral("H")}));
        QVERIFY(byColumn.value(QStringLiteral("G")).contains(QString::fromUtf8("临时救助")));
        QCOMPARE(plan.toJson().value(QStringLiteral("households")).toInt(), 0); // nothing when the file is refused
    }

    // Every reason the issue names, each on its own row, all reported at once.
    void everyProblem_isReportedWithRowColumnAndReason()
    {
        const QString goodHead = id("37032319600101001");
        const QString badCheck = id("37032319700101002").left(17) + (id("37032319700101002").endsWith(u'1') ? u'2' : u'1');
        const Sheet s = sheetOf({
            row("北官庄村委会", "甲", "甲", "户主", goodHead),                                          // 2: fine
            row("北官庄村委会", "甲", "乙", "配偶", badCheck),                                          // 3: check digit
            row("不存在村", "丙", "丙", "户主", id("37032319550505003")),                               // 4: unknown village
            row("北官庄村委会", "丁", "丁", "户主", id("37032319580101004"), "低保", "八百七十"),       // 5: not money
            row("北官庄村委会", "戊", "戊", "户主", id("37032319590101005"), "低保", "870", "2024-13"), // 6: no such month
            row("北官庄村委会", "己", "己", "户主", id("37032319610101006"), "低保", "870", "2027-01"), // 7: still to come
            row("北官庄村委会", "甲", "甲", "户主", goodHead),                                          // 8: household twice
            row("北官庄村委会", "庚", "庚", "户主", id("37032319620101007")),                           // 9
            row("北官庄村委会", "庚", "乙", "配偶", id("37032319630101008")),                           // 10
            row("北官庄村委会", "辛", "辛", "户主", id("37032319640101009")),                           // 11
            row("北官庄村委会", "辛", "乙", "配偶", id("37032319630101008")),                           // 12: person twice
            row("北官庄村委会", "壬", "壬", "兄长的朋友", id("37032319650101000")),                     // 13: relation
            row("北官庄村委会", "癸", "癸", "户主", id("37032319200101001"), "低保", "870", "1919-01"), // 14: before birth
        });
        const RosterPlan plan = planOf(s);
        QVERIFY(!plan.ok());
        QHash<int, RosterProblem> byRow;
        for (const RosterProblem &p : plan.problems)
            byRow.insert(p.row, p);
        const QList<QPair<int, QString>> expected = {
            {3, QStringLiteral("F")},  {4, QStringLiteral("B")},  {5, QStringLiteral("H")},
            {6, QStringLiteral("I")},  {7, QStringLiteral("I")},  {8, QStringLiteral("F")},
            {12, QStringLiteral("F")}, {13, QStringLiteral("E")}, {14, QStringLiteral("I")},
        };
        for (const auto &[r, column] : expected) {
            QVERIFY2(byRow.contains(r), qPrintable(QStringLiteral("row %1 not reported").arg(r)));
            QCOMPARE(byRow.value(r).column, column);
            QVERIFY(!byRow.value(r).reason.isEmpty());
        }
        QVERIFY2(byRow.value(8).reason.contains(QString::fromUtf8("第 2 行")), qPrintable(byRow.value(8).reason));
        QVERIFY2(byRow.value(12).reason.contains(QString::fromUtf8("第 10 行")), qPrintable(byRow.value(12).reason));
        QVERIFY(!byRow.contains(2) && !byRow.contains(9) && !byRow.contains(10) && !byRow.contains(11));
    }

    // Exports of the 社会救助信息系统 repeat the head's ID number on every row, in any order:
    // rows group by it. A member's monthly income becomes an income of theirs (a year of it).
    void rowsGroupByHeadsId_andIncomesAreKept()
    {
        const QString headA = id("37032319600101001");
        const QString headB = id("37032319580101004");
        Sheet s;
        s.rows.append(QStringList{QString::fromUtf8("乡镇"), QString::fromUtf8("村"), QString::fromUtf8("户主身份证号码"),
                                  QString::fromUtf8("成员姓名"), QString::fromUtf8("与户主关系"), QString::fromUtf8("身份证号"),
                                  QString::fromUtf8("救助类别"), QString::fromUtf8("月保障金额"), QString::fromUtf8("起始年月"),
                                  QString::fromUtf8("月收入（元）")});
        const auto line = [&](const QString &head, const char *name, const char *relation, const QString &idNumber,
                              const char *income) {
            return QStringList{QString::fromUtf8("鲁村镇"),
                               QString::fromUtf8("北官庄村委会"),
                               head,
                               QString::fromUtf8(name),
                               QString::fromUtf8(relation),
                               idNumber,
                               QString::fromUtf8("低保"),
                               QStringLiteral("870"),
                               QStringLiteral("2025-01"),
                               QString::fromUtf8(income)};
        };
        s.rows << line(headA, "王秀英", "配偶", id("37032319620101007"), "300") // before her head's row
               << line(headB, "刘德福", "户主", headB, "") << line(headA, "张德明", "户主", headA, "0")
               << line(headB, "刘小红", "女", id("37032320100101002"), "1,200.50");
        const RosterMapping mapping = RosterMapping::guess(s);
        QVERIFY(mapping.has(RosterField::HeadIdNumber));
        QVERIFY(mapping.has(RosterField::MonthlyIncome));
        const RosterPlan plan = RosterPlan::read(s, mapping, AreaRegistry::builtIn(), kToday);
        QVERIFY2(plan.ok(), QJsonDocument(plan.toJson()).toJson().constData());
        QCOMPARE(plan.households.size(), 2);
        const Household &a = plan.households[0].household;
        QCOMPARE(a.head()->name, QString::fromUtf8("张德明"));
        QCOMPARE(a.members.size(), 2);
        QCOMPARE(plan.households[0].rows, QList<int>({2, 4}));
        QCOMPARE(a.incomes.size(), 1); // 0 yuan is no income
        QCOMPARE(a.incomes[0].annualFen, Fen(30000 * 12));
        QCOMPARE(a.incomes[0].personId, a.members[0].meta.id);
        const Household &b = plan.households[1].household;
        QCOMPARE(b.incomes.size(), 1);
        QCOMPARE(b.incomes[0].annualFen, Fen(120050 * 12));
        QCOMPARE(b.incomes[0].personId, b.members[1].meta.id);

        // A 户主身份证号 that is not the head's own ID number is a problem of the head's row.
        Sheet wrongHead = s;
        wrongHead.rows[2][2] = headA; // 刘德福's row says 张德明 is its head
        const RosterPlan mismatch = RosterPlan::read(wrongHead, mapping, AreaRegistry::builtIn(), kToday);
        QVERIFY(!mismatch.ok());
        QVERIFY(std::any_of(mismatch.problems.cbegin(), mismatch.problems.cend(),
                            [](const RosterProblem &p) { return p.row == 3 && p.column == QStringLiteral("C"); }));

        s.rows[4][9] = QString::fromUtf8("不详");
        const RosterPlan bad = RosterPlan::read(s, mapping, AreaRegistry::builtIn(), kToday);
        QCOMPARE(bad.problems.size(), 1);
        QCOMPARE(bad.problems[0].row, 5);
        QCOMPARE(bad.problems[0].column, QStringLiteral("J"));
    }

    // In an .xls, a merged 户编号 keeps its value in its first row only: the rows below without one
    // belong to the household of the row above, not to the last household started.
    void aRowWithoutItsNumber_belongsToTheRowAbove()
    {
        Sheet s = sheetOf({});
        s.rows[0].append(QString::fromUtf8("户编号"));
        const auto numbered = [](QStringList r, const char *number) { return r << QString::fromUtf8(number); };
        s.rows << numbered(row("北官庄村委会", "甲", "甲", "户主", id("37032319600101001")), "A1")
               << numbered(row("北官庄村委会", "乙", "乙", "户主", id("37032319580101004")), "B2")
               << numbered(row("北官庄村委会", "甲", "丙", "配偶", id("37032319620101007")), "A1")
               << numbered(row("北官庄村委会", "甲", "丁", "子", id("37032320100101002")), ""); // merged below A1
        const RosterPlan plan = planOf(s);
        QVERIFY2(plan.ok(), QJsonDocument(plan.toJson()).toJson().constData());
        QCOMPARE(plan.households.size(), 2);
        QCOMPARE(plan.households[0].rows, QList<int>({2, 4, 5}));
        QCOMPARE(plan.households[1].rows, QList<int>({3}));
    }

    void missingColumns_areNamed()
    {
        Sheet s = sheetOf({row("北官庄村委会", "甲", "甲", "户主", id("37032319600101001"))});
        for (QStringList &r : s.rows)
            r.removeAt(5); // no ID numbers
        const RosterPlan plan = planOf(s);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems[0].reason.contains(QString::fromUtf8("身份证号")), qPrintable(plan.problems[0].reason));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
