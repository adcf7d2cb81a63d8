// Import benchmark (issue 9; target ≤ 10 s for 50 000 households encrypted, ≤ 1.3× the same
// code on an unencrypted file). The path is the one a county snapshot will take into a laptop:
// households saved through HouseholdRepository in transactions of a batch each, with their
// outbox operations, audit entries and search rows. Both runs are printed side by side, since
// on a shared machine only the ratio is stable. Prints JSON; never asserts.
//   bench_import [households=50000] [batch=5000]
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "security/crypto.h"
#include "services/demodata.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/householdrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace doudi::core;

namespace {
struct Run
{
    double seconds = -1;
    qint64 bytes = 0;
};

// synchronousNormal: the durability the store had before (issue 9), to show what FULL costs.
Result<Run> import(QList<Household> households, int batch, bool encrypted, bool synchronousNormal = false)
{
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("DOUDI_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        QTextStream(stderr) << dir.path() << '\n';
    }
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    Result<std::unique_ptr<Database>> db =
        encrypted ? Database::open(path, RandomSource::bytes(Crypto::kKeyBytes), QStringLiteral("aes-256-cbc"), true)
                  : Database::openUnencryptedForBenchmark(path);
    if (!db)
        return db.error();
    if (Status st = (*db)->migrate(); !st)
        return st.error();
    if (qEnvironmentVariableIsSet("XSQL")) {
        if (Status st = (*db)->execScript(qEnvironmentVariable("XSQL")); !st)
            return st.error();
    }
    if (synchronousNormal) {
        if (Status st = (*db)->execScript(QStringLiteral("PRAGMA synchronous = NORMAL;")); !st)
            return st.error();
    }
    Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(**db, QStringLiteral("bench"));
    if (!changes)
        return changes.error();
    HouseholdRepository repo(**db, **changes);
    QElapsedTimer t;
    t.start();
    for (int start = 0; start < households.size(); start += batch) {
        Status st = (*db)->transaction([&]() -> Status {
            for (int i = start; i < std::min<int>(start + batch, int(households.size())); ++i) {
                if (Status s = repo.save(households[i]); !s)
                    return s;
            }
            return {};
        });
        if (!st)
            return st.error();
        if (qEnvironmentVariableIsSet("PERBATCH"))
            QTextStream(stderr) << t.elapsed() << ' ';
    }
    Run r;
    r.seconds = double(t.elapsed()) / 1000.0;
    r.bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 50000;
    const int batch = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5000;
    DemoData demo(AreaRegistry::builtIn(), 42);
    QList<Household> households;
    households.reserve(count);
    for (int i = 0; i < count; ++i)
        households << demo.household();
    if (qEnvironmentVariableIsSet("ONLY_ENC")) {
        QElapsedTimer t;
        t.start();
        Result<Run> e = import(households, batch, true);
        QTextStream(stdout) << "enc " << e->seconds << "\n";
        return 0;
    }
    Result<Run> plain = import(households, batch, false);
    Result<Run> encrypted = import(households, batch, true);
    Result<Run> normal = import(households, batch, true, true);
    for (const Result<Run> *r : {&plain, &encrypted, &normal}) {
        if (!*r) {
            QTextStream(stderr) << r->error().fullText() << '\n';
            return 1;
        }
    }
    QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("import")},
        {QStringLiteral("households"), count},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("encrypted_seconds"), encrypted->seconds},
        {QStringLiteral("plain_seconds"), plain->seconds},
        {QStringLiteral("encrypted_over_plain"), plain->seconds > 0 ? encrypted->seconds / plain->seconds : 0},
        {QStringLiteral("encrypted_households_per_second"), encrypted->seconds > 0 ? double(count) / encrypted->seconds : 0},
        {QStringLiteral("encrypted_bytes"), double(encrypted->bytes)},
        {QStringLiteral("encrypted_synchronous_normal_seconds"), normal->seconds},
        {QStringLiteral("synchronous_full_over_normal"), normal->seconds > 0 ? encrypted->seconds / normal->seconds : 0}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
