// Assessment benchmark: demo households assessed in-process under the demo county's policy.
// Prints JSON (per-household times and how the programmes fall); never asserts.
//   bench_assess [households=10000]
#include "identity/areacode.h"
#include "policy/assessor.h"
#include "services/demodata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace doudi::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    DemoData demo(AreaRegistry::builtIn(), 7);
    QList<Household> households;
    for (int i = 0; i < n; ++i)
        households << demo.household();
    const Assessor assessor(PolicyBook::demo());
    AssessOptions options;
    options.date = QDate(2026, 3, 1);
    QList<double> micros;
    QMap<QString, int> programmes;
    int errors = 0;
    for (const Household &h : std::as_const(households)) {
        QElapsedTimer t;
        t.start();
        const Result<Assessment> a = assessor.assess(h, options);
        micros << double(t.nsecsElapsed()) / 1000.0;
        if (a)
            ++programmes[Assessment::programmeCode(a->programme)];
        else
            ++errors;
    }
    std::sort(micros.begin(), micros.end());
    QJsonObject byProgramme;
    for (auto it = programmes.cbegin(); it != programmes.cend(); ++it)
        byProgramme.insert(it.key(), it.value());
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("assess")},
                          {QStringLiteral("households"), n},
                          {QStringLiteral("p50_us"), micros[micros.size() / 2]},
                          {QStringLiteral("p95_us"), micros[qsizetype(double(micros.size()) * 0.95)]},
                          {QStringLiteral("max_us"), micros.last()},
                          {QStringLiteral("errors"), errors},
                          {QStringLiteral("programmes"), byProgramme}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
