// Roster import benchmark (issue 16; target ≤ 30 s for 10 000 rows here). A township's roster
// of demo households (鲁村镇, every member on a row of its own, 低保 since 2024-03) is written as
// .xlsx and .csv, then carried over into a new profile the way the app and doudi-cli do it:
// read, checked against the store, saved in one transaction. Each phase is timed; both file
// kinds are read so that their costs can be compared. Prints JSON; never asserts.
//   bench_import_roster [rows=10000] [copy.xlsx]   (the roster is also saved there, to try in the app)
#include "common/clock.h"
#include "identity/areacode.h"
#include "services/demodata.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rosterimportservice.h"
#include "spreadsheet/spreadsheetreader.h"
#include "spreadsheet/spreadsheetwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace doudi::core;

namespace {
// The word a roster writes for each relation to the head.
QString relationWord(const Person &p)
{
    static const QHash<Relation, QString> words = {
        {Relation::Head, QStringLiteral("户主")},        {Relation::Spouse, QStringLiteral("配偶")},
        {Relation::ChildInLaw, QStringLiteral("儿媳")},  {Relation::Parent, QStringLiteral("父母")},
        {Relation::Grandparent, QStringLiteral("祖父")}, {Relation::Grandchild, QStringLiteral("孙子")},
        {Relation::Sibling, QStringLiteral("兄弟姐妹")}, {Relation::Other, QStringLiteral("其他")}};
    if (p.relation == Relation::Child)
        return p.sex == Sex::Female ? QStringLiteral("女") : QStringLiteral("子");
    return words.value(p.relation);
}

OutputSheet roster(int rows)
{
    DemoData demo(AreaRegistry::builtIn(), 16);
    demo.limitTo({QStringLiteral("370323102")}); // 鲁村镇
    OutputSheet sheet;
    sheet.name = QStringLiteral("花名册");
    for (const char *h : {"乡镇", "村", "户主姓名", "成员姓名", "与户主关系", "身份证号", "救助类别", "月保障金额", "起始年月"})
        sheet.columns << OutputColumn{QString::fromUtf8(h), OutputColumn::Kind::Text, 12};
    const AreaRegistry &areas = AreaRegistry::builtIn();
    QSet<QString> ids; // demo ID numbers are drawn at random: a rare repeat is left out
    while (sheet.rows.size() < rows) {
        const Household h = demo.household();
        if (std::any_of(h.members.cbegin(), h.members.cend(), [&](const Person &p) { return ids.contains(p.idNumber); }))
            continue;
        for (const Person &p : h.members)
            ids.insert(p.idNumber);
        const QString amount = QString::number(870 * h.members.size());
        for (const Person &p : h.members)
            sheet.rows << QVariantList{areas.name(h.areaCode.left(9) + QStringLiteral("000")),
                                       areas.name(h.areaCode),
                                       h.head()->name,
                                       p.name,
                                       relationWord(p),
                                       p.idNumber,
                                       QStringLiteral("低保"),
                                       amount,
                                       QStringLiteral("2024-03")};
    }
    return sheet;
}

double seconds(QElapsedTimer &t)
{
    const double s = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const OutputSheet sheet = roster(rows);
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    QElapsedTimer t;
    t.start();
    Result<QByteArray> book = SpreadsheetWriter::xlsx({sheet});
    const double writeXlsx = seconds(t);
    QFile fx(xlsx), fc(csv);
    if (!book || !fx.open(QIODevice::WriteOnly) || !fc.open(QIODevice::WriteOnly))
        return 1;
    fx.write(*book);
    fc.write(SpreadsheetWriter::csv(sheet));
    fx.close();
    fc.close();
    if (argc > 2) {
        QFile::remove(QString::fromLocal8Bit(argv[2]));
        QFile::copy(xlsx, QString::fromLocal8Bit(argv[2]));
    }

    ProfileSetup setup;
    setup.user = QStringLiteral("head");
    setup.password = QStringLiteral("Lucun-bench-2026");
    setup.role = QStringLiteral("township_head");
    setup.scope = QStringLiteral("370323102000");
    setup.iterations = ProfileService::kMinKdfCost;
    QString code;
    Result<std::unique_ptr<Session>> session = ProfileService::create(dir.filePath(QStringLiteral("profile")), setup, &code);
    if (!session || !PolicyService(**session).importFile(QStringLiteral(DOUDI_POLICY_FILE))) {
        QTextStream(stderr) << "no profile\n";
        return 1;
    }
    RosterImportService rosters(**session);
    t.restart();
    Result<RosterFile> fromCsv = rosters.open(csv);
    const double readCsv = seconds(t);
    Result<RosterFile> file = rosters.open(xlsx);
    const double readXlsx = seconds(t);
    if (!file || !fromCsv) {
        QTextStream(stderr) << (file ? fromCsv.error() : file.error()).fullText() << '\n';
        return 1;
    }
    Result<RosterPlan> plan = rosters.check(*file, file->mapping, Clock::today());
    const double check = seconds(t);
    if (!plan || !plan->ok()) {
        QTextStream(stderr) << (plan ? QJsonDocument(plan->toJson()).toJson() : plan.error().fullText().toUtf8()) << '\n';
        return 1;
    }
    Result<RosterImported> done = rosters.commit(*plan, *file, file->mapping, Clock::today());
    const double commit = seconds(t);
    if (!done) {
        QTextStream(stderr) << done.error().fullText() << '\n';
        return 1;
    }
    const double total = readXlsx + check + commit;
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("import_roster")},
                    {QStringLiteral("rows"), int(sheet.rows.size())},
                    {QStringLiteral("households"), done->households},
                    {QStringLiteral("persons"), done->persons},
                    {QStringLiteral("xlsx_bytes"), double(QFile(xlsx).size())},
                    {QStringLiteral("write_xlsx_seconds"), writeXlsx},
                    {QStringLiteral("read_xlsx_seconds"), readXlsx},
                    {QStringLiteral("read_csv_seconds"), readCsv},
                    {QStringLiteral("check_seconds"), check},
                    {QStringLiteral("commit_seconds"), commit},
                    {QStringLiteral("total_xlsx_seconds"), total},
                    {QStringLiteral("rows_per_second"), total > 0 ? double(sheet.rows.size()) / total : 0}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
