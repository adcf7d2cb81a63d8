// Search benchmark (target: p95 ≤ 20 ms over 50 000 households / 150 000 persons, encrypted).
// Kinds: name, initials, whole pinyin (surname, whole name, surname + a letter or two of the
// next syllable), ID fragment, phone, village.
// Builds a demo profile of the given size in a temporary folder, then times as-you-type
// queries of every kind. Prints JSON; never asserts.
//   bench_search [households=50000] [queries-per-kind=200]
#include "identity/areacode.h"
#include "identity/pinyin.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/profileservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace doudi::core;

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int households = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 50000;
    const int perKind = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 200;
    QTemporaryDir dir;
    ProfileSetup setup;
    setup.user = QStringLiteral("bench");
    setup.password = QStringLiteral("Shuiku-2026-pass");
    Result<std::unique_ptr<Session>> profile = ProfileService::create(dir.path(), setup, nullptr);
    if (!profile) {
        QTextStream(stderr) << profile.error().fullText() << '\n';
        return 1;
    }
    HouseholdService service(**profile);
    DemoData demo(AreaRegistry::builtIn(), 42);
    QElapsedTimer load;
    load.start();
    QList<Household> all;
    for (int done = 0; done < households;) {
        QList<Household> chunk;
        for (int i = 0; i < 1000 && done + i < households; ++i)
            chunk << demo.household();
        all += chunk;
        if (Result<int> r = service.importMany(chunk, 1000); !r) {
            QTextStream(stderr) << r.error().fullText() << '\n';
            return 1;
        }
        done += int(chunk.size());
    }
    const double loadSeconds = double(load.elapsed()) / 1000.0;
    int persons = 0;
    for (const Household &h : all)
        persons += int(h.members.size());

    // Queries drawn from the data, as a caseworker would type them (prefixes of each key).
    QMap<QString, QStringList> queries;
    for (int i = 0; i < perKind; ++i) {
        const Household &h = all[(i * 7919) % all.size()];
        const Person &p = h.members[i % h.members.size()];
        queries[QStringLiteral("name")] << p.name.right(2);
        queries[QStringLiteral("initials")] << Pinyin::nameInitials(p.name).left(2 + i % 2);
        // Whole pinyin: the surname alone, the whole name, or the surname and the next syllable's
        // first letters (wang, wangdelin, wangd).
        const QString surname = Pinyin::nameSyllables(p.name.left(1));
        const QString next = p.name.size() > 1 ? Pinyin::syllableOf(p.name.at(1).unicode()) : QString();
        const QString pinyin[] = {surname, Pinyin::nameSyllables(p.name), surname + next.left(1 + i % 2)};
        queries[QStringLiteral("pinyin")] << pinyin[i % 3];
        queries[QStringLiteral("id_fragment")] << p.idNumber.mid(6 + i % 8, 6);
        queries[QStringLiteral("phone")] << (h.phone.isEmpty() ? h.members[0].phone : h.phone).right(4 + i % 3);
        queries[QStringLiteral("village")] << AreaRegistry::builtIn().name(h.areaCode).left(2);
    }
    // The first search after unlock loads the index into memory: measured on its own.
    QElapsedTimer first;
    first.start();
    if (Result<QList<SearchHit>> warm = service.search(QStringLiteral("zgy")); !warm)
        return 1;
    const double firstSearchMs = double(first.nsecsElapsed()) / 1e6;

    QJsonObject byKind;
    QList<double> everything;
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        QList<double> ms;
        int found = 0;
        for (const QString &q : it.value()) {
            QElapsedTimer t;
            t.start();
            Result<QList<SearchHit>> hits = service.search(q, 50);
            ms << double(t.nsecsElapsed()) / 1e6;
            found += hits ? int(!hits->isEmpty()) : 0;
        }
        everything += ms;
        byKind.insert(it.key(), QJsonObject{{QStringLiteral("p50_ms"), percentile(ms, 0.5)},
                                            {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                                            {QStringLiteral("max_ms"), percentile(ms, 1.0)},
                                            {QStringLiteral("queries_with_hits"), found}});
    }
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("household_search")},
                          {QStringLiteral("households"), households},
                          {QStringLiteral("persons"), persons},
                          {QStringLiteral("encrypted"), true},
                          {QStringLiteral("load_seconds"), loadSeconds},
                          {QStringLiteral("first_search_ms"), firstSearchMs},
                          {QStringLiteral("queries"), int(everything.size())},
                          {QStringLiteral("p50_ms"), percentile(everything, 0.5)},
                          {QStringLiteral("p95_ms"), percentile(everything, 0.95)},
                          {QStringLiteral("by_kind"), byKind}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
