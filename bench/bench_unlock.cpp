// Unlock benchmark: a profile at the default KDF cost is created and unlocked once, as a
// person does at the start of the day (target: at most 1 s, issue 10); then the cost of one
// password guess on one core, Argon2id of today's slots beside the PBKDF2 of earlier ones,
// which is what an attacker with a copy of the key file pays per guess (ADR 0008). Prints
// JSON; never fails on a figure.
//   bench_unlock [guess runs=3]
#include "security/kdf.h"
#include "services/profileservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

using namespace doudi::core;

namespace {
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The median CPU time of one derivation (one guess), in seconds: CPU rather than wall time,
// since a guess per core is what an attacker buys. -1 if the KDF failed.
double secondsPerGuess(const Kdf &kdf, int runs)
{
    const SecretBytes guess(QByteArrayView("township-2026"));
    const QByteArray salt(16, '\x42');
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuSeconds();
        if (!kdf.derive(guess, salt))
            return -1;
        t << cpuSeconds() - start;
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 3);
    QTemporaryDir dir;
    ProfileSetup setup;
    setup.user = QStringLiteral("bench");
    setup.password = QStringLiteral("township-2026");
    setup.role = QStringLiteral("township_head"); // default cost: setup.iterations untouched
    QElapsedTimer t;
    t.start();
    {
        Result<std::unique_ptr<Session>> created = ProfileService::create(dir.path(), setup, nullptr);
        if (!created) {
            QTextStream(stderr) << created.error().fullText() << '\n';
            return 1;
        }
    }
    const double createSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    Result<std::unique_ptr<Session>> unlocked = ProfileService::unlock(dir.path(), setup.user, setup.password);
    const double unlockSeconds = t.nsecsElapsed() / 1e9;
    if (!unlocked) {
        QTextStream(stderr) << unlocked.error().fullText() << '\n';
        return 1;
    }
    unlocked->reset();

    const Kdf argon2 = Kdf::forCost(ProfileService::kDefaultKdfCost);
    const Kdf pbkdf2 = Kdf::pbkdf2(ProfileService::kDefaultKdfCost); // the slots of earlier versions
    const double argon2Guess = secondsPerGuess(argon2, runs);
    const double pbkdf2Guess = secondsPerGuess(pbkdf2, runs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("unlock")},
                          {QStringLiteral("unlock_seconds"), unlockSeconds},
                          {QStringLiteral("unlock_target_seconds"), 1.0},
                          {QStringLiteral("unlock_within_target"), unlockSeconds <= 1.0},
                          {QStringLiteral("create_seconds"), createSeconds},
                          {QStringLiteral("argon2id"),
                           QJsonObject{{QStringLiteral("memory_kib"), argon2.memoryKiB},
                                       {QStringLiteral("passes"), argon2.iterations},
                                       {QStringLiteral("lanes"), argon2.lanes},
                                       {QStringLiteral("cpu_seconds_per_guess"), argon2Guess},
                                       {QStringLiteral("guesses_per_second_per_core"), argon2Guess > 0 ? 1.0 / argon2Guess : 0}}},
                          {QStringLiteral("pbkdf2_sha256"),
                           QJsonObject{{QStringLiteral("iterations"), pbkdf2.iterations},
                                       {QStringLiteral("cpu_seconds_per_guess"), pbkdf2Guess},
                                       {QStringLiteral("guesses_per_second_per_core"), pbkdf2Guess > 0 ? 1.0 / pbkdf2Guess : 0}}},
                          {QStringLiteral("argon2id_over_pbkdf2_per_guess"), pbkdf2Guess > 0 ? argon2Guess / pbkdf2Guess : 0},
                          {QStringLiteral("max_rss_kib"), double(usage.ru_maxrss)},
                          {QStringLiteral("guess_runs"), runs}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
