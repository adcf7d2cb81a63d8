// Issue 16: a township's roster carried over through RosterImportService: each file kind in,
// every household with its entitlement as a case being paid; a file with any problem, a file
// already imported, a cancel or a user outside the area leaves the store as it was.
#include "common/clock.h"
#include "i18n.h"
#include "identity/idnumber.h"
#include "services/caseservice.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rosterimportservice.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "spreadsheet/spreadsheetreader.h"
#include "spreadsheet/spreadsheetwriter.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

namespace {
const QDate kToday(2026, 12, 1);
const QString kPassword = QStringLiteral("Lucun-roster-2026");

QString fixture(const char *name)
{
    return qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/") + QLatin1String(name);
}

QString id(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

// What the store holds: households, cases and operations waiting to sync.
struct StoreCounts
{
    qint64 households = -1;
    qint64 cases = -1;
    qint64 outbox = -1;
    bool operator==(const StoreCounts &o) const { return households == o.households && cases == o.cases && outbox == o.outbox; }
};

qint64 countOf(Session &s, const char *table)
{
    Result<Query> q =
        SessionAccess::profile(s).database().exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

StoreCounts counts(Session &s)
{
    return {countOf(s, "households"), countOf(s, "cases"), countOf(s, "outbox")};
}
} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_profiles = 0;

    // A new profile of the 鲁村镇 office with the county's policy, its head signed in; and a
    // village helper and the head of another township as further users.
    std::unique_ptr<Session> freshProfile(QString *dir = nullptr, const QString &township = QStringLiteral("370323102000"))
    {
        const QString where = m_tmp.filePath(QStringLiteral("p%1").arg(++m_profiles));
        if (dir)
            *dir = where;
        ProfileSetup setup;
        setup.user = QStringLiteral("zhang");
        setup.password = kPassword;
        setup.role = QStringLiteral("township_head");
        setup.scope = township;
        setup.iterations = ProfileService::kMinKdfCost;
        QString code;
        Result<std::unique_ptr<Session>> created = ProfileService::create(where, setup, &code);
        if (!created || !PolicyService(**created).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")))
            return nullptr;
        return std::move(created).value();
    }

    static Result<RosterImported> importFile(Session &s, const QString &path, RosterPlan *planOut = nullptr)
    {
        RosterImportService rosters(s);
        Result<RosterFile> file = rosters.open(path);
        if (!file)
            return file.error();
        Result<RosterPlan> plan = rosters.check(*file, file->mapping, kToday);
        if (!plan)
            return plan.error();
        if (planOut)
            *planOut = *plan;
        return rosters.commit(*plan, *file, file->mapping, kToday);
    }

    // A CSV as Excel would save it: a title line (when given), the headers, the rows.
    static void writeCsv(const QString &path, const QString &title, const QStringList &headers, const QList<QStringList> &rows)
    {
        OutputSheet sheet;
        sheet.title = title;
        for (const QString &h : headers)
            sheet.columns << OutputColumn{h, OutputColumn::Kind::Text, 10};
        for (const QStringList &r : rows)
            sheet.rows << QVariantList(r.cbegin(), r.cend());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SpreadsheetWriter::csv(sheet));
    }

private Q_SLOTS:
    void initTestCase()
    {
        doudi::installTranslations(QStringLiteral("zh_CN"));
        Clock::setFixed(QDateTime(kToday, QTime(9, 0), Qt::LocalTime));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void eachFileKind_importsTheHouseholdsAndTheirPayments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx, merged cells") << QStringLiteral("roster.xlsx");
        QTest::newRow("xls") << QStringLiteral("roster.xls");
    }

    void eachFileKind_importsTheHouseholdsAndTheirPayments()
    {
        QFETCH(QString, file);
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        Result<RosterImported> done = importFile(*s, fixture(file.toLatin1().constData()));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message()));
        QCOMPARE(done->households, 2);
        QCOMPARE(done->persons, 4);
        QCOMPARE(done->monthlyFen, Fen(174000 + 133150));

        CaseService cases(*s);
        Result<QList<CaseRow>> paid = cases.list({CaseState::Approved}, kToday);
        QVERIFY(paid);
        QCOMPARE(paid->size(), 2);
        QMap<QString, Case> byHead;
        for (const CaseRow &r : *paid)
            byHead.insert(r.headName, r.c);
        const Case li = byHead.value(QString::fromUtf8("李桂芳"));
        QCOMPARE(li.programme, CaseProgramme::Dibao);
        QCOMPARE(li.monthlyFen, Fen(174000));
        QCOMPARE(li.entitlementStart, QDate(2024, 3, 1));
        QCOMPARE(li.monthlyOn(kToday), Fen(174000));
        // Reviewed yearly (the demo policy's review.months.stable) from March 2024: March 2027.
        QCOMPARE(li.nextReview, QDate(2027, 3, 1));
        QVERIFY(!li.submittedOn.isValid() && !li.decidedOn.isValid()); // on paper: not invented
        QCOMPARE(li.history.size(), 1);
        QCOMPARE(li.history.first().event, QStringLiteral("carry_over"));
        QCOMPARE(li.areaCode, QStringLiteral("370323102206"));
        const Case zhao = byHead.value(QString::fromUtf8("赵长顺"));
        QCOMPARE(zhao.programme, CaseProgramme::Tekun);
        QCOMPARE(zhao.monthlyFen, Fen(133150));
        QCOMPARE(zhao.areaCode, QStringLiteral("370323102207"));
        // Found by search at once, like a household typed in.
        Result<QList<SearchHit>> hits = HouseholdService(*s).search(QString::fromUtf8("王小磊"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        // Every record goes to the county at the next sync.
        QVERIFY(countOf(*s, "outbox") >= 2 + 4 + 2);
    }

    // The same file twice: every person is on record already; nothing is saved the second time.
    void aFileImportedTwice_isRefusedWhole()
    {
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        QVERIFY(importFile(*s, fixture("roster.xlsx")));
        const StoreCounts before = counts(*s);
        RosterPlan plan;
        Result<RosterImported> again = importFile(*s, fixture("roster.xls"), &plan);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(plan.problems.size(), 4);
        for (const RosterProblem &p : plan.problems) {
            QCOMPARE(p.column, QStringLiteral("F"));
            QVERIFY2(p.reason.contains(QString::fromUtf8("已登记在")), qPrintable(p.reason));
        }
        QCOMPARE(counts(*s), before);
    }

    // One bad row among good ones: the report names it, and nothing of the file is saved.
    void oneBadRow_savesNothing()
    {
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        const StoreCounts before = counts(*s);
        RosterPlan plan;
        Result<RosterImported> done = importFile(*s, fixture("roster-gb18030.csv"), &plan);
        QVERIFY(!done);
        QVERIFY(!plan.problems.isEmpty());
        QCOMPARE(plan.problems.first().row, 6);
        QCOMPARE(counts(*s), before);
        QCOMPARE(plan.toJson().value(QStringLiteral("households")).toInt(), 0);
    }

    // A cancel during the save takes everything back.
    void aCancelledImport_savesNothing()
    {
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        const StoreCounts before = counts(*s);
        RosterImportService rosters(*s);
        Result<RosterFile> file = rosters.open(fixture("roster.xlsx"));
        QVERIFY(file);
        Result<RosterPlan> plan = rosters.check(*file, file->mapping, kToday);
        QVERIFY(plan && plan->ok());
        int calls = 0;
        Result<RosterImported> done = rosters.commit(*plan, *file, file->mapping, kToday, [&](int, int) { return ++calls > 1; });
        QVERIFY(!done);
        QCOMPARE(done.error().code(), ErrorCode::Cancelled);
        QCOMPARE(counts(*s), before);
        // And the same plan goes in afterwards.
        QVERIFY(rosters.commit(*plan, *file, file->mapping, kToday));
    }

    // Headers of the township's own: mapped once by hand, found by themselves next month.
    void aMappingIsRememberedForItsLayout()
    {
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        const QStringList headers = {QString::fromUtf8("所属乡镇"), QString::fromUtf8("行政村"), QString::fromUtf8("保障对象"),
                                     QString::fromUtf8("身份"),     QString::fromUtf8("证件"),   QString::fromUtf8("待遇"),
                                     QString::fromUtf8("每月"),     QString::fromUtf8("自何时")};
        const QString march = m_tmp.filePath(QStringLiteral("march.csv"));
        writeCsv(
            march, QString::fromUtf8("鲁村镇花名册（2026年11月）"), headers,
            {{QString::fromUtf8("鲁村镇"), QString::fromUtf8("北官庄村"), QString::fromUtf8("高玉兰"), QString::fromUtf8("户主"),
              id("37032319521203002"), QString::fromUtf8("特困"), QStringLiteral("1331.50"), QStringLiteral("2022年5月")}});
        RosterImportService rosters(*s);
        Result<RosterFile> file = rosters.open(march);
        QVERIFY(file);
        QVERIFY(!file->remembered);
        QVERIFY(!file->mapping.missing().isEmpty()); // nothing the usual headers name
        RosterMapping mapping;
        mapping.headerRow = 1;
        mapping.columns = {{RosterField::Township, 0},      {RosterField::Village, 1},   {RosterField::MemberName, 2},
                           {RosterField::Relation, 3},      {RosterField::IdNumber, 4},  {RosterField::Programme, 5},
                           {RosterField::MonthlyAmount, 6}, {RosterField::StartMonth, 7}};
        file->mapping = mapping;
        Result<RosterPlan> plan = rosters.check(*file, mapping, kToday);
        QVERIFY2(plan && plan->ok(), plan ? QJsonDocument(plan->toJson()).toJson().constData() : "");
        QVERIFY(rosters.commit(*plan, *file, mapping, kToday));

        // Next month's file: the same headers, now on the first row.
        const QString april = m_tmp.filePath(QStringLiteral("april.csv"));
        writeCsv(
            april, QString(), headers,
            {{QString::fromUtf8("鲁村镇"), QString::fromUtf8("北官庄村"), QString::fromUtf8("孟凡军"), QString::fromUtf8("户主"),
              id("37032319670817003"), QString::fromUtf8("低保"), QStringLiteral("870"), QStringLiteral("2026-11")}});
        Result<RosterFile> next = rosters.open(april);
        QVERIFY(next);
        QVERIFY(next->remembered);
        QCOMPARE(next->mapping.headerRow, 0);
        QCOMPARE(next->mapping.columns, mapping.columns);
        Result<RosterPlan> nextPlan = rosters.check(*next, next->mapping, kToday);
        QVERIFY(nextPlan && nextPlan->ok());
    }

    void onlyTheOfficeOfTheVillage_mayImport()
    {
        QString dir;
        std::unique_ptr<Session> s = freshProfile(&dir);
        QVERIFY(s);
        QVERIFY(UserService(*s).add(
            {QStringLiteral("village"), QString::fromUtf8("孙丽"), QStringLiteral("village"), {QStringLiteral("370323102206")}},
            kPassword));
        const StoreCounts before = counts(*s);
        s->lock();
        Result<std::unique_ptr<Session>> village = ProfileService::unlock(dir, QStringLiteral("village"), kPassword);
        QVERIFY(village);
        Result<RosterFile> refused = RosterImportService(**village).open(fixture("roster.xlsx"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::NotAllowed);
        QCOMPARE(counts(**village), before);

        // The head of 大张庄镇 with 鲁村镇's file: each household's village is outside her area.
        std::unique_ptr<Session> other = freshProfile(nullptr, QStringLiteral("370323106000"));
        QVERIFY(other);
        const StoreCounts empty = counts(*other);
        RosterPlan plan;
        QVERIFY(!importFile(*other, fixture("roster.xlsx"), &plan));
        QCOMPARE(plan.problems.size(), 2);
        for (const RosterProblem &p : plan.problems)
            QCOMPARE(p.column, QStringLiteral("B"));
        QCOMPARE(counts(*other), empty);
    }

    // More people than SQLite takes values in one statement (999): checked and saved in pieces,
    // and a second import of the same file finds every one of them.
    void aLargeRoster_goesInWholeAndIsRefusedTheSecondTime()
    {
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        DemoData demo(AreaRegistry::builtIn(), 7);
        demo.limitTo({QStringLiteral("370323102")});
        const QStringList headers = {
            QString::fromUtf8("乡镇"),       QString::fromUtf8("村"),       QString::fromUtf8("成员姓名"),
            QString::fromUtf8("与户主关系"), QString::fromUtf8("身份证号"), QString::fromUtf8("救助类别"),
            QString::fromUtf8("月保障金额"), QString::fromUtf8("起始年月"), QString::fromUtf8("户编号")};
        QList<QStringList> rows;
        QSet<QString> ids;
        int households = 0;
        while (rows.size() < 1200) {
            const Household h = demo.household();
            if (std::any_of(h.members.cbegin(), h.members.cend(), [&](const Person &p) { return ids.contains(p.idNumber); }))
                continue;
            ++households;
            for (const Person &p : h.members) {
                ids.insert(p.idNumber);
                rows << QStringList{QString::fromUtf8("鲁村镇"),
                                    AreaRegistry::builtIn().name(h.areaCode),
                                    p.name,
                                    p.relation == Relation::Head ? QString::fromUtf8("户主") : QString::fromUtf8("其他"),
                                    p.idNumber,
                                    QString::fromUtf8("低保"),
                                    QStringLiteral("870"),
                                    QStringLiteral("2025-06"),
                                    QString::number(households)};
            }
        }
        const QString path = m_tmp.filePath(QStringLiteral("large.csv"));
        writeCsv(path, QString(), headers, rows);
        Result<RosterImported> done = importFile(*s, path);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message()));
        QCOMPARE(done->households, households);
        QCOMPARE(done->persons, int(rows.size()));
        RosterPlan again;
        QVERIFY(!importFile(*s, path, &again));
        QCOMPARE(again.problems.size(), rows.size());
    }

    void theReport_isASpreadsheetOnlyItsOwnerReads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("report.xlsx");
        QTest::newRow("csv") << QStringLiteral("report.csv");
    }

    void theReport_isASpreadsheetOnlyItsOwnerReads()
    {
        QFETCH(QString, name);
        std::unique_ptr<Session> s = freshProfile();
        QVERIFY(s);
        RosterImportService rosters(*s);
        Result<RosterFile> file = rosters.open(fixture("roster-gb18030.csv"));
        QVERIFY(file);
        Result<RosterPlan> plan = rosters.check(*file, file->mapping, kToday);
        QVERIFY(plan && !plan->ok());
        const QString path = m_tmp.filePath(name);
        QVERIFY(rosters.writeReport(*plan, path));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        Result<QList<Sheet>> back = SpreadsheetReader::read(path);
        QVERIFY(back);
        const Sheet &report = back->first();
        QCOMPARE(report.rows.size(), 2 + plan->problems.size()); // title, headers, one row each
        QCOMPARE(report.cell(1, 0), QString::fromUtf8("行"));
        QCOMPARE(report.cell(2, 0), QStringLiteral("6"));
        QVERIFY(!report.cell(2, 4).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
