// Sync under faults (issue 11): two laptops of one township work on the same households and
// sync through doudi-faultproxy (connections reset at random byte offsets, replies truncated,
// every chunk delayed, all drawn from the run's seed) with a county server that is SIGKILLed
// while a laptop pushes, and a laptop's doudi-cli sync SIGKILLed while it pulls. Each run
// has a county of its own (a copy of one made at the start, with its own PostgreSQL cluster)
// and two new profiles; at its end the proxy stops injecting, both laptops sync until each had
// two clean syncs in a row, and the run is judged against the ledger of everything the laptops
// wrote (syncfaults_check.h): lost, duplicated and hidden must be 0, the run converged, nothing
// refused, and both laptops' audit chains verify.
//
// DOUDI_SYNC_RUNS runs (default 20, as CI), seeds DOUDI_SYNC_FIRST_SEED on (default 1), or
// the seeds listed in DOUDI_SYNC_SEEDS (e.g. "17,42") to replay. scripts/sync-faults runs 100.
// Needs DOUDI_SERVER, DOUDI_CLI, DOUDI_FAULTPROXY and PostgreSQL (as for tst_server).
#include "syncfaults_check.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <optional>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

using namespace syncfaults;

namespace {

const QString kPassword = QStringLiteral("river-2026-pass");
const QString kCounty = QStringLiteral("370323");
const QString kTownship = QStringLiteral("370323102000");
// Villages of 鲁村镇 (370323102000) in the built-in area list.
const QStringList kVillages = {QStringLiteral("370323102001"), QStringLiteral("370323102201"), QStringLiteral("370323102202"),
                               QStringLiteral("370323102203"), QStringLiteral("370323102206"), QStringLiteral("370323102210")};
const QStringList kUsers = {QStringLiteral("luyao"), QStringLiteral("qinfeng")};
const QStringList kUserNames = {QString::fromUtf8("路遥"), QString::fromUtf8("秦风")};
const QStringList kGivenNames = {QString::fromUtf8("张桂英"), QString::fromUtf8("李建国"), QString::fromUtf8("王秀兰"),
                                 QString::fromUtf8("刘洋"),   QString::fromUtf8("陈静"),   QString::fromUtf8("杨磊"),
                                 QString::fromUtf8("赵敏"),   QString::fromUtf8("黄强"),   QString::fromUtf8("周玉梅"),
                                 QString::fromUtf8("吴海涛")};
constexpr int kRounds = 4;
constexpr int kFinalTries = 16;
constexpr int kKillAttempts = 8; // per run and kind, until one lands where it should
constexpr int kCliTimeoutMs = 120000;

struct Proc
{
    int exit = -1;
    bool crashed = false; // ended by a signal the test did not send
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QJsonDocument doc() const { return QJsonDocument::fromJson(out); }
    QJsonObject obj() const { return doc().object(); }
    // The error doudi-cli printed: with DOUDI_DEBUG, its full text comes before the JSON.
    QString error() const
    {
        const qsizetype json = err.indexOf("{\n");
        const QJsonObject e =
            QJsonDocument::fromJson(json >= 0 ? err.mid(json) : err).object().value(QStringLiteral("error")).toObject();
        const QString full = QString::fromUtf8(json > 0 ? err.left(json) : QByteArray()).trimmed();
        if (e.isEmpty())
            return QString::fromUtf8(err.left(300)).trimmed();
        return e.value(QStringLiteral("code")).toString() + QStringLiteral(": ") +
               (full.isEmpty() ? e.value(QStringLiteral("message")).toString() : full);
    }
};

// A child ends with the test, even a test killed by ctest's time-out: SIGTERM when the test
// goes (serve then stops the cluster it started; a cluster left by a killed serve stays).
void endsWithTest(QProcess &p)
{
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

Proc finish(QProcess &p, int timeoutMs = kCliTimeoutMs)
{
    Proc r;
    // waitForFinished() is false for a process that has ended already: not a time-out.
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::CrashExit)
        r.crashed = !r.timedOut;
    else if (!r.timedOut)
        r.exit = p.exitCode();
    return r;
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray w = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(w.mid(1, w.size() - 2));
}

// A valid 18-character ID number of 沂源县 for a birth date and a sequence number.
QString idNumber(const QDate &birth, int sequence)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char check[12] = "10X98765432";
    const QString first = QStringLiteral("370323") + birth.toString(QStringLiteral("yyyyMMdd")) +
                          QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first[i].unicode() - u'0') * weights[i];
    return first + QLatin1Char(check[sum % 11]);
}

// What a kill landed on, as far as the outside can tell.
struct KillCounts
{
    int attempts = 0;
    int missed = 0;         // the sync had ended before the moment drawn
    int beforeCommit = 0;   // server kill: the push was not committed (or not yet sent)
    int answerLost = 0;     // server kill: committed, the laptop never got the answer
    int afterPush = 0;      // server kill: the push was answered, the pull cut short
    int duringPush = 0;     // client kill: still pushing
    int pullBeforePage = 0; // client kill: pulling, no page saved yet
    int pullAfterPage = 0;  // client kill: a page saved, killed after it
    int syncSurvived = 0;   // the kill came after the sync had its answers
    int database = 0;       // server kill: PostgreSQL crashed too (immediate stop), not only serve

    int landed() const { return beforeCommit + answerLost + afterPush + duringPush + pullBeforePage + pullAfterPage; }
    void add(const KillCounts &o)
    {
        attempts += o.attempts;
        missed += o.missed;
        beforeCommit += o.beforeCommit;
        answerLost += o.answerLost;
        afterPush += o.afterPush;
        duringPush += o.duringPush;
        pullBeforePage += o.pullBeforePage;
        pullAfterPage += o.pullAfterPage;
        syncSurvived += o.syncSurvived;
        database += o.database;
    }
};

struct Laptop
{
    int n = 0;
    QString dir;
    QString user;
    int baseline = 0;                      // outbox operations sync never takes (the profile's user)
    QList<QPair<QString, QString>> recent; // household and field of its last writes
    QStringList known;                     // households, as its last `household list` showed
    QHash<QString, QJsonObject> copies;    // household → as last shown or saved here
    bool lastSyncClean = false;
};

struct Totals
{
    int runs = 0;
    int lost = 0;
    int duplicated = 0;
    int hidden = 0;
    int converged = 0;
    int conflicts = 0;
    int refused = 0;
    int damaged = 0;
    int errors = 0;        // the test could not do what the run asked (enrol failed, no server …)
    int commandErrors = 0; // doudi-cli commands other than sync that failed
    int crashes = 0;       // doudi-cli or doudi-server ended by a signal the test did not send
    int hangs = 0;
    int syncs = 0;
    int syncFailures = 0;
    int rescans = 0;
    int divergedReports = 0;
    int writes = 0;
    int households = 0;
    qint64 connections = 0;
    qint64 resets = 0;
    qint64 truncations = 0;
    KillCounts serverKills;
    KillCounts clientKills;
    QHash<QString, int> syncErrors; // error text (numbers left out) → how often
    QList<quint32> failedSeeds;
    QHash<QString, qint64> commandMs; // doudi-cli command → time spent in it
    QHash<QString, int> commands;
};

} // namespace

class TstSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_serverBin;
    QString m_cliBin;
    QString m_proxyBin;
    QString m_template; // the county every run starts from
    QString m_data;     // the running county's folder
    QString m_pgctl;
    QString m_psql;
    quint16 m_port = 0;
    QString m_fingerprint;
    std::unique_ptr<QProcess> m_serve;
    bool m_ready = false;
    bool m_setUpTried = false;
    QElapsedTimer m_campaignTimer;
    Totals m_totals;

    // ---- one run's state
    struct Run
    {
        quint32 seed = 0;
        QRandomGenerator rng;
        QString dir;
        Laptop laptops[2];
        std::unique_ptr<QProcess> proxy;
        quint16 proxyPort = 0;
        int delayMaxMs = 0;
        QString proxySettings;
        Ledger ledger;
        int counter = 0;
        QSet<QString> idNumbers;
        QStringList problems;  // what went wrong in the harness or the product, beyond the counts
        QStringList steps;     // trace()
        QByteArray serverRows; // the server's records and conflicts at the end, as read
        QByteArray serverConflicts;
        int syncs = 0;
        int syncFailures = 0;
        int rescans = 0;
        int divergedReports = 0;
        int crashes = 0;
        int hangs = 0;
        int commandErrors = 0;     // doudi-cli commands other than sync that failed
        bool serverKilled = false; // a kill landed while a sync ran
        int serverKillWindowMs = 0;
        int clientKillWindowMs = 0;
        bool clientKilled = false;
        KillCounts serverKills;
        KillCounts clientKills;
        QHash<QString, int> syncErrors;
    };

    // What a run must come to.
    static bool passed(const Findings &f)
    {
        return f.lost == 0 && f.duplicated == 0 && f.hidden == 0 && f.converged && f.refused == 0 && f.damaged == 0 &&
               f.errors == 0;
    }

    // ---- processes

    // DOUDI_SYNC_TRACE=1: every step of every run on standard error (to replay a seed).
    // Every run keeps its steps; a failed run's go to syncfaults-seed-N.log in the working
    // folder, with the server's rows at the end.
    void trace(Run &run, const QString &line) const
    {
        static const bool on = !qEnvironmentVariableIsEmpty("DOUDI_SYNC_TRACE");
        run.steps << line;
        if (on)
            QTextStream(stderr) << "[seed " << run.seed << "] " << line << Qt::endl;
    }

    QProcessEnvironment cliEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOUDI_PASSWORD"), kPassword);
        env.insert(QStringLiteral("DOUDI_NEW_PASSWORD"), kPassword);
        env.insert(QStringLiteral("DOUDI_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("DOUDI_DEBUG"), QStringLiteral("1"));
        return env;
    }

    Proc exec(const QString &program, const QStringList &args, int timeoutMs = kCliTimeoutMs)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnv());
        endsWithTest(p);
        p.start(program, args);
        p.closeWriteChannel();
        return finish(p, timeoutMs);
    }

    Proc server(const QString &command, const QStringList &args)
    {
        return exec(m_serverBin, QStringList{command, QStringLiteral("--data"), m_data} + args);
    }

    Proc cli(Run &run, int laptop, const QString &command, const QStringList &args = {})
    {
        QElapsedTimer timer;
        timer.start();
        Proc p = exec(m_cliBin, QStringList{command, QStringLiteral("--profile"), run.laptops[laptop].dir} + args);
        const QString what = command + (args.isEmpty() || args.first().startsWith(u'-') ? QString() : u' ' + args.first());
        m_totals.commandMs[what] += timer.elapsed();
        ++m_totals.commands[what];
        trace(run, QStringLiteral("laptop %1: %2 → %3 (%4 ms)%5")
                       .arg(QString::number(laptop), what, p.crashed ? QStringLiteral("crashed") : QString::number(p.exit),
                            QString::number(timer.elapsed()), p.exit == 0 ? QString() : u' ' + p.error().left(200)));
        // Only a sync may fail here (the network is cut); any other command failing is wrong.
        if (p.exit != 0 && command != QLatin1String("sync")) {
            ++run.commandErrors;
            if (!p.crashed && !p.timedOut)
                run.problems << QStringLiteral("laptop %1: doudi-cli %2 failed: %3").arg(laptop).arg(what, p.error().left(300));
        }
        if (p.crashed) {
            ++run.crashes;
            run.problems << QStringLiteral("doudi-cli %1 crashed on laptop %2: %3")
                                .arg(command)
                                .arg(laptop)
                                .arg(QString::fromUtf8(p.err.right(400)));
        }
        if (p.timedOut) {
            ++run.hangs;
            run.problems << QStringLiteral("doudi-cli %1 on laptop %2 did not finish in %3 s")
                                .arg(command)
                                .arg(laptop)
                                .arg(kCliTimeoutMs / 1000);
        }
        return p;
    }

    QByteArray sql(const QString &query)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(m_psql,
                {QStringLiteral("-h"), m_data + QStringLiteral("/run"), QStringLiteral("-p"), QStringLiteral("5432"),
                 QStringLiteral("-U"), QStringLiteral("doudi"), QStringLiteral("-d"), QStringLiteral("doudi"),
                 QStringLiteral("-AtqX"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), query});
        const Proc r = finish(p, 60000);
        if (r.exit != 0)
            qWarning("psql failed (%d): %s", r.exit, r.err.constData());
        return r.exit == 0 ? r.out.trimmed() : QByteArray();
    }

    qint64 appliedOps() { return sql(QStringLiteral("SELECT count(*) FROM applied_ops")).toLongLong(); }

    bool startServe(quint16 port)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            m_serve = std::make_unique<QProcess>();
            m_serve->setProcessEnvironment(cliEnv());
            endsWithTest(*m_serve);
            // Qt's TLS warnings for every cut connection go to a file, never into a full pipe.
            m_serve->setStandardErrorFile(m_tmp.filePath(QStringLiteral("serve.log")), QIODevice::Append);
            m_serve->start(m_serverBin, {QStringLiteral("serve"), QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:%1").arg(port)});
            m_serve->closeWriteChannel();
            QElapsedTimer t;
            t.start();
            while (!m_serve->canReadLine() && m_serve->state() != QProcess::NotRunning && t.elapsed() < 90000)
                m_serve->waitForReadyRead(200);
            if (m_serve->canReadLine()) {
                const QJsonObject ready = QJsonDocument::fromJson(m_serve->readLine()).object();
                m_port = quint16(ready.value(QStringLiteral("port")).toInt());
                m_fingerprint = ready.value(QStringLiteral("fingerprint")).toString();
                if (m_port != 0)
                    return true;
            }
            m_serve->waitForFinished(10000);
            // 7: the port is still held (a connection of the killed server): try again.
            if (m_serve->exitCode() != 7 || port == 0)
                break;
            QThread::msleep(200);
        }
        return false;
    }

    void stopServe()
    {
        if (!m_serve)
            return;
        if (m_serve->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_serve->processId()), SIGTERM);
            if (!m_serve->waitForFinished(60000)) {
                m_serve->kill();
                m_serve->waitForFinished(5000);
            }
        }
        m_serve.reset();
    }

    // The server must still run unless the test killed it; a death of its own is a crash.
    bool serverAlive(Run &run, const QString &when)
    {
        if (m_serve && m_serve->state() == QProcess::Running)
            return true;
        ++run.crashes;
        run.problems << QStringLiteral("doudi-server serve ended by itself (%1, exit %2, %3)")
                            .arg(when)
                            .arg(m_serve ? m_serve->exitCode() : -1)
                            .arg(m_serve && m_serve->exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                                         : QStringLiteral("normal exit"));
        return startServe(m_port);
    }

    // ---- the fault proxy

    QJsonObject proxyLine(Run &run)
    {
        QElapsedTimer t;
        t.start();
        while (!run.proxy->canReadLine() && t.elapsed() < 20000)
            run.proxy->waitForReadyRead(100);
        return QJsonDocument::fromJson(run.proxy->readLine()).object();
    }

    QJsonObject proxyStats(Run &run)
    {
        run.proxy->write("stats\n");
        run.proxy->waitForBytesWritten(5000);
        return proxyLine(run);
    }

    // "off" / "on", then a stats line: once it is back, the command has been taken.
    void proxyFaults(Run &run, bool on)
    {
        run.proxy->write(on ? "on\n" : "off\n");
        run.proxy->waitForBytesWritten(5000);
        proxyStats(run);
    }

    bool startProxy(Run &run)
    {
        // Windows about the size of what goes through: a handshake, a push, a pull page.
        static const int windows[] = {300, 1000, 2500, 6000};
        static const int delays[] = {0, 5, 20, 40};
        const double resetRate = 0.10 + run.rng.bounded(31) / 100.0;    // 0.10 … 0.40
        const double truncateRate = 0.05 + run.rng.bounded(26) / 100.0; // 0.05 … 0.30
        run.delayMaxMs = delays[run.rng.bounded(4)];
        const int resetWindow = windows[run.rng.bounded(4)];
        const int truncateWindow = windows[run.rng.bounded(4)];
        run.proxySettings = QStringLiteral("reset %1 in %2 B, truncate %3 in %4 B, delay 0-%5 ms")
                                .arg(resetRate)
                                .arg(resetWindow)
                                .arg(truncateRate)
                                .arg(truncateWindow)
                                .arg(run.delayMaxMs);
        run.proxy = std::make_unique<QProcess>();
        endsWithTest(*run.proxy);
        run.proxy->setStandardErrorFile(run.dir + QStringLiteral("/proxy.log"));
        run.proxy->start(m_proxyBin,
                         {QStringLiteral("--target"), QString::number(m_port), QStringLiteral("--listen"), QStringLiteral("0"),
                          QStringLiteral("--seed"), QString::number(run.seed), QStringLiteral("--reset-rate"),
                          QString::number(resetRate), QStringLiteral("--reset-window"), QString::number(resetWindow),
                          QStringLiteral("--truncate-rate"), QString::number(truncateRate), QStringLiteral("--truncate-window"),
                          QString::number(truncateWindow), QStringLiteral("--delay-ms"),
                          QStringLiteral("0:%1").arg(run.delayMaxMs), QStringLiteral("--log-faults")});
        if (!run.proxy->waitForStarted(10000))
            return false;
        run.proxyPort = quint16(proxyLine(run).value(QStringLiteral("listening")).toInt());
        return run.proxyPort != 0;
    }

    QJsonObject stopProxy(Run &run)
    {
        if (!run.proxy)
            return {};
        QJsonObject counters;
        if (run.proxy->state() == QProcess::Running) {
            ::kill(pid_t(run.proxy->processId()), SIGTERM);
            counters = proxyLine(run);
            if (!run.proxy->waitForFinished(10000)) {
                run.proxy->kill();
                run.proxy->waitForFinished(5000);
            }
        }
        run.proxy.reset();
        return counters;
    }

    // ---- laptops

    bool enrol(Run &run, int l)
    {
        Laptop &lap = run.laptops[l];
        lap.n = l;
        lap.user = kUsers[l];
        lap.dir = run.dir + QStringLiteral("/laptop%1").arg(l);
        // A profile with a cheap key derivation first (tests only), then joined to the county.
        Proc init = exec(m_cliBin,
                         {QStringLiteral("init"), QStringLiteral("--profile"), lap.dir, QStringLiteral("--user"), lap.user,
                          QStringLiteral("--name"), kUserNames[l], QStringLiteral("--area"), kTownship, QStringLiteral("--role"),
                          QStringLiteral("township"), QStringLiteral("--kdf-iterations"), QStringLiteral("1000")});
        if (init.exit != 0) {
            run.problems << QStringLiteral("doudi-cli init: ") + init.error();
            return false;
        }
        Proc code = server(QStringLiteral("device"), {QStringLiteral("enrol"), QStringLiteral("--label"),
                                                      QStringLiteral("seed%1-laptop%2").arg(run.seed).arg(l)});
        if (code.exit != 0) {
            run.problems << QStringLiteral("doudi-server device enrol: ") + code.error();
            return false;
        }
        Proc joined = cli(run, l, QStringLiteral("enrol"),
                          {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:%1").arg(run.proxyPort),
                           QStringLiteral("--code"), code.obj().value(QStringLiteral("code")).toString(),
                           QStringLiteral("--user"), lap.user, QStringLiteral("--label"), QStringLiteral("laptop%1").arg(l)});
        if (joined.exit != 0) {
            run.problems << QStringLiteral("doudi-cli enrol: ") + joined.error();
            return false;
        }
        // Creating the profile queued its user, which is no record sync carries: what the outbox
        // holds from here on, less this, is what sync has still to push.
        lap.baseline = status(run, l).value(QStringLiteral("waiting")).toInt(-1);
        if (lap.baseline < 0) {
            run.problems << QStringLiteral("doudi-cli sync status after enrol shows no outbox");
            return false;
        }
        return true;
    }

    QString nextValue(Run &run, int l, const QString &field)
    {
        ++run.counter;
        if (field == QLatin1String("phone")) // a mobile number, unique within the run
            return QStringLiteral("139%1").arg((run.seed % 1000) * 100000 + quint32(run.counter), 8, 10, QLatin1Char('0'));
        if (field == QLatin1String("address"))
            return QString::fromUtf8("鲁村镇%1街%2号 s%3-L%4").arg(run.counter % 9 + 1).arg(run.counter).arg(run.seed).arg(l);
        return QString::fromUtf8("备注 s%1-L%2-%3").arg(run.seed).arg(l).arg(run.counter);
    }

    bool addHousehold(Run &run, int l)
    {
        const int members = 1 + int(run.rng.bounded(3));
        static const QStringList relations = {QStringLiteral("head"), QStringLiteral("spouse"), QStringLiteral("child")};
        QJsonArray list;
        QString head;
        for (int i = 0; i < members; ++i) {
            QString id;
            do {
                const QDate birth = QDate(1940 + int(run.rng.bounded(70)), 1, 1).addDays(run.rng.bounded(365));
                id = idNumber(birth, int(run.rng.bounded(1000)));
            } while (run.idNumbers.contains(id));
            run.idNumbers.insert(id);
            if (i == 0)
                head = id;
            list << QJsonObject{{QStringLiteral("name"), kGivenNames[run.rng.bounded(kGivenNames.size())]},
                                {QStringLiteral("id_number"), id},
                                {QStringLiteral("relation"), relations[i]}};
        }
        ++run.counter;
        const QJsonObject h{
            {QStringLiteral("area_code"), kVillages[run.rng.bounded(kVillages.size())]},
            {QStringLiteral("registration"), QStringLiteral("rural")},
            {QStringLiteral("address"), QString::fromUtf8("鲁村镇新建%1号 s%2-L%3").arg(run.counter).arg(run.seed).arg(l)},
            {QStringLiteral("members"), list}};
        const QString file = run.dir + QStringLiteral("/add.json");
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QJsonDocument(h).toJson());
        f.close();
        Proc added = cli(run, l, QStringLiteral("household"), {QStringLiteral("add"), file});
        if (added.exit != 0) {
            return false;
        }
        const QJsonObject saved = added.obj();
        const QString id = saved.value(QStringLiteral("id")).toString();
        run.ledger.created << Created{l, QStringLiteral("household"), id, head};
        for (const QJsonValue &m : saved.value(QStringLiteral("members")).toArray())
            run.ledger.created << Created{l, QStringLiteral("person"), m.toObject().value(QStringLiteral("id")).toString(), {}};
        run.laptops[l].known << id;
        run.laptops[l].copies.insert(id, saved);
        return true;
    }

    void refreshList(Run &run, int l)
    {
        Proc list = cli(run, l, QStringLiteral("household"),
                        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10000")});
        if (list.exit != 0) {
            return;
        }
        run.laptops[l].known.clear();
        for (const QJsonValue &v : list.doc().array())
            run.laptops[l].known << v.toObject().value(QStringLiteral("id")).toString();
    }

    // The laptop's copy of a household: as it last saved it, or shown again.
    std::optional<QJsonObject> copyOf(Run &run, int l, const QString &id)
    {
        Laptop &lap = run.laptops[l];
        if (lap.copies.contains(id))
            return lap.copies.value(id);
        Proc shown = cli(run, l, QStringLiteral("household"), {QStringLiteral("show"), id});
        if (shown.exit != 0) {
            return std::nullopt;
        }
        lap.copies.insert(id, shown.obj());
        return shown.obj();
    }

    // One `household update` writing each of `fields` ("address", "note" or "member:N:note")
    // with a new value; every write goes into the ledger with the value the laptop showed.
    bool edit(Run &run, int l, const QString &id, const QStringList &fields)
    {
        std::optional<QJsonObject> copy = copyOf(run, l, id);
        if (!copy)
            return false;
        QJsonObject h = *copy;
        QList<Write> writes;
        bool householdOp = false;
        QSet<QString> personOps;
        QJsonArray members = h.value(QStringLiteral("members")).toArray();
        for (const QString &field : fields) {
            if (field.startsWith(QLatin1String("member:"))) {
                if (members.isEmpty())
                    continue;
                const int i = field.section(u':', 1, 1).toInt() % int(members.size());
                QJsonObject m = members[i].toObject();
                const QString name = field.section(u':', 2, 2);
                const QString person = m.value(QStringLiteral("id")).toString();
                // Two names for one member's field (member:0 and member:2 of two): written once.
                if (std::any_of(writes.cbegin(), writes.cend(),
                                [&](const Write &w) { return w.recordId == person && w.field == name; }))
                    continue;
                const QString value = nextValue(run, l, name);
                writes << Write{l, QStringLiteral("person"), person, name, m.value(name), value};
                m.insert(name, value);
                members[i] = m;
                personOps.insert(person);
            } else {
                const QString value = nextValue(run, l, field);
                writes << Write{l, QStringLiteral("household"), id, field, h.value(field), value};
                h.insert(field, value);
                householdOp = true;
            }
        }
        h.insert(QStringLiteral("members"), members);
        const QString file = run.dir + QStringLiteral("/update.json");
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QJsonDocument(h).toJson());
        f.close();
        Proc saved = cli(run, l, QStringLiteral("household"),
                         {QStringLiteral("update"), id, file, QStringLiteral("--reason"), QStringLiteral("核实后更正")});
        if (saved.exit != 0) {
            run.laptops[l].copies.remove(id);
            return false;
        }
        run.laptops[l].copies.insert(id, saved.obj());
        for (const Write &w : std::as_const(writes)) {
            // The version the laptop had of the record written: what its operation is based on.
            qint64 version = qint64(h.value(QStringLiteral("version")).toDouble());
            for (const QJsonValue &m : std::as_const(members)) {
                if (m.toObject().value(QStringLiteral("id")).toString() == w.recordId)
                    version = qint64(m.toObject().value(QStringLiteral("version")).toDouble());
            }
            trace(run, QStringLiteral("laptop %1: wrote %2 %3 %4 = \"%5\" over %6 (at version %7)")
                           .arg(l)
                           .arg(w.recordType, w.recordId, w.field, w.value, compact(w.old))
                           .arg(version));
        }
        run.ledger.writes << writes;
        for (const QString &field : fields)
            run.laptops[l].recent << qMakePair(id, field);
        if (householdOp)
            ++run.ledger.updateOps[QStringLiteral("household:") + id];
        for (const QString &p : std::as_const(personOps))
            ++run.ledger.updateOps[QStringLiteral("person:") + p];
        return true;
    }

    QStringList randomFields(Run &run)
    {
        static const QStringList pool = {QStringLiteral("address"),       QStringLiteral("note"),
                                         QStringLiteral("member:0:note"), QStringLiteral("member:1:note"),
                                         QStringLiteral("member:2:note"), QStringLiteral("member:0:phone")};
        QStringList fields{pool[run.rng.bounded(pool.size())]};
        if (run.rng.bounded(3) == 0) {
            const QString &second = pool[run.rng.bounded(pool.size())];
            if (!fields.contains(second))
                fields << second;
        }
        return fields;
    }

    void noteSyncError(Run &run, const Proc &p)
    {
        QString e = p.crashed ? QStringLiteral("crashed") : p.timedOut ? QStringLiteral("timed out") : p.error();
        // The certificate an error names: the server's own, or none (SHA-256 of nothing).
        if (!m_fingerprint.isEmpty())
            e.replace(m_fingerprint, QStringLiteral("<the server's own fingerprint>"));
        e.replace(QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                  QStringLiteral("<SHA-256 of no certificate>"));
        // Numbers (ports, counts) left out, so that alike errors count together.
        e.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("N"));
        ++run.syncErrors[e.left(220)];
    }

    // One doudi-cli sync; its report, or nothing when it failed.
    std::optional<QJsonObject> sync(Run &run, int l)
    {
        Proc p = cli(run, l, QStringLiteral("sync"));
        return syncDone(run, l, p);
    }

    std::optional<QJsonObject> syncDone(Run &run, int l, const Proc &p, bool killedByTest = false)
    {
        ++run.syncs;
        run.laptops[l].copies.clear(); // a pull may have changed them
        run.laptops[l].lastSyncClean = false;
        if (killedByTest)
            return std::nullopt;
        if (p.exit != 0) {
            ++run.syncFailures;
            noteSyncError(run, p);
            return std::nullopt;
        }
        const QJsonObject report = p.obj();
        trace(run, QStringLiteral("laptop %1: sync report %2").arg(l).arg(compact(report)));
        if (report.value(QStringLiteral("rescanned")).toBool())
            ++run.rescans;
        if (report.value(QStringLiteral("diverged")).toBool()) {
            ++run.divergedReports;
            run.problems << QStringLiteral("laptop %1: sync reported \"diverged\": true: %2").arg(l).arg(compact(report));
        }
        run.laptops[l].lastSyncClean = !report.value(QStringLiteral("diverged")).toBool();
        return report;
    }

    QJsonObject status(Run &run, int l)
    {
        Proc p = cli(run, l, QStringLiteral("sync"), {QStringLiteral("status")});
        return p.exit == 0 ? p.obj() : QJsonObject();
    }

    // Starts doudi-cli sync and returns once it has connected to the proxy (or ended).
    std::unique_ptr<QProcess> startSync(Run &run, int l)
    {
        const qint64 before = qint64(proxyStats(run).value(QStringLiteral("connections")).toDouble());
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(cliEnv());
        endsWithTest(*p);
        p->start(m_cliBin, {QStringLiteral("sync"), QStringLiteral("--profile"), run.laptops[l].dir});
        p->closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (p->state() != QProcess::NotRunning && t.elapsed() < 60000 &&
               qint64(proxyStats(run).value(QStringLiteral("connections")).toDouble()) <= before)
            p->waitForFinished(2);
        return p;
    }

    // When to kill, after the sync connected: within what a sync's exchange takes (a TLS
    // handshake, a request and its answer, each chunk delayed up to delayMaxMs). A kill that
    // came too late halves the window for the next attempt.
    int killDelayMs(Run &run, int window) { return int(run.rng.bounded(qMax(window, 2))); }

    static bool running(QProcess &p)
    {
        p.waitForFinished(1); // takes notice of an exit that happened meanwhile
        return p.state() != QProcess::NotRunning;
    }

    // Starts laptop l's sync and waits delay ms for the moment of a kill. A sync that finished by
    // then is a missed kill: counted, and window halves so that the next kill comes sooner. Null
    // then; else the sync, still running.
    std::unique_ptr<QProcess> syncForKill(Run &run, int l, int delay, KillCounts &k, int &window)
    {
        std::unique_ptr<QProcess> p = startSync(run, l);
        QThread::msleep(ulong(delay));
        if (running(*p))
            return p;
        ++k.missed;
        syncDone(run, l, finish(*p));
        window /= 2;
        return nullptr;
    }

    // The server SIGKILLed while laptop l pushes (it has operations waiting), then restarted.
    void killServerWhilePushing(Run &run, int l)
    {
        KillCounts &k = run.serverKills;
        ++k.attempts;
        const bool quiet = run.rng.bounded(2) == 0; // no proxy faults meanwhile: the kill lands
        if (quiet)
            proxyFaults(run, false);
        const int waiting = status(run, l).value(QStringLiteral("waiting")).toInt();
        const qint64 applied = appliedOps();
        const int delay = killDelayMs(run, run.serverKillWindowMs);
        std::unique_ptr<QProcess> p = syncForKill(run, l, delay, k, run.serverKillWindowMs);
        QString landed;
        if (!p) {
            landed = QStringLiteral("missed");
        } else if (serverAlive(run, QStringLiteral("before a kill"))) {
            // One kill in three takes PostgreSQL down with serve, as a power cut would: an
            // immediate stop drops what its log buffers hold, so a push committed without
            // waiting for the disk is lost unless the server waited before it answered.
            const bool database = run.rng.bounded(3) == 0;
            if (database && pgctl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}).exit != 0)
                run.problems << QStringLiteral("PostgreSQL did not stop at once (pg_ctl -m immediate)");
            ::kill(pid_t(m_serve->processId()), SIGKILL);
            m_serve->waitForFinished(20000);
            k.database += database ? 1 : 0;
            if (database)
                landed = QStringLiteral("PostgreSQL crashed too, ");
            const Proc r = finish(*p);
            syncDone(run, l, r);
            if (r.crashed) {
                ++run.crashes;
                run.problems << QStringLiteral("doudi-cli sync crashed when the server was killed: %1")
                                    .arg(QString::fromUtf8(r.err.right(300)));
            }
            if (!startServe(m_port))
                run.problems << QStringLiteral("doudi-server serve did not start again on port %1").arg(m_port);
            const int waitingAfter = status(run, l).value(QStringLiteral("waiting")).toInt();
            const qint64 appliedAfter = appliedOps();
            if (r.exit == 0) {
                ++k.syncSurvived;
                landed += QStringLiteral("after the sync had its answers");
                run.serverKillWindowMs /= 2;
            } else if (waitingAfter < waiting) {
                ++k.afterPush;
                landed += QStringLiteral("during the pull");
            } else if (appliedAfter > applied) {
                ++k.answerLost;
                landed += QStringLiteral("push committed, answer lost");
            } else {
                ++k.beforeCommit;
                landed += QStringLiteral("push not committed");
            }
            // Done once a kill cut a push short (before its commit, or before its answer).
            run.serverKilled = r.exit != 0 && waitingAfter >= waiting;
        }
        trace(run, QStringLiteral("laptop %1: server killed %2 ms after the sync connected: %3").arg(l).arg(delay).arg(landed));
        if (quiet)
            proxyFaults(run, true);
    }

    // Laptop l's doudi-cli sync SIGKILLed while it pulls.
    void killLaptopWhilePulling(Run &run, int l)
    {
        KillCounts &k = run.clientKills;
        ++k.attempts;
        const bool quiet = run.rng.bounded(2) == 0;
        if (quiet)
            proxyFaults(run, false);
        // Half the time with something to push first: the pull cut short comes after a push
        // the county answered (the laptop's versions moved on, its copy not yet), so the kill
        // comes later. Else with nothing to push: the sync only pulls.
        const bool pushFirst = run.rng.bounded(2) == 0 && !run.laptops[l].known.isEmpty();
        if (pushFirst)
            edit(run, l, run.laptops[l].known[run.rng.bounded(run.laptops[l].known.size())], randomFields(run));
        else if (status(run, l).value(QStringLiteral("waiting")).toInt() > run.laptops[l].baseline)
            sync(run, l);
        const QJsonObject before = status(run, l);
        const int delay = killDelayMs(run, run.clientKillWindowMs) + (pushFirst ? run.clientKillWindowMs / 2 : 0);
        std::unique_ptr<QProcess> p = syncForKill(run, l, delay, k, run.clientKillWindowMs);
        QString landed;
        if (!p) {
            landed = QStringLiteral("missed");
        } else {
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished(20000);
            syncDone(run, l, Proc{}, true);
            const QJsonObject after = status(run, l);
            const int base = run.laptops[l].baseline;
            if (before.value(QStringLiteral("waiting")).toInt() > base &&
                after.value(QStringLiteral("waiting")).toInt() == before.value(QStringLiteral("waiting")).toInt()) {
                ++k.duringPush;
                landed = QStringLiteral("during the push");
            } else if (after.value(QStringLiteral("cursor")) == before.value(QStringLiteral("cursor"))) {
                ++k.pullBeforePage;
                landed = QStringLiteral("pulling, no page saved");
                run.clientKilled = true;
            } else {
                ++k.pullAfterPage;
                landed = QStringLiteral("pulling, after a page was saved");
                run.clientKilled = true;
            }
            // Work goes on offline after the cut, on what the other laptop wrote.
            const QList<QPair<QString, QString>> &theirs = run.laptops[1 - l].recent;
            if (!theirs.isEmpty()) {
                const QPair<QString, QString> w = theirs[run.rng.bounded(theirs.size())];
                if (run.laptops[l].known.contains(w.first))
                    edit(run, l, w.first, {w.second});
            }
        }
        trace(run, QStringLiteral("laptop %1: sync killed %2 ms after it connected: %3").arg(l).arg(delay).arg(landed));
        if (quiet)
            proxyFaults(run, true);
    }

    // ---- the end of a run

    bool collect(Run &run, QList<ServerRecord> &records, QList<ServerConflict> &conflicts, QList<LaptopState> &laptops)
    {
        const QByteArray r = sql(QStringLiteral(
            "SELECT coalesce(json_agg(json_build_object('type', record_type, 'id', record_id, 'household', household_id, "
            "'version', version, 'deleted', deleted, 'fields', fields, 'field_versions', field_versions, 'seq', change_seq, "
            "'device', device_id) ORDER BY record_type, record_id), '[]'::json) FROM records"));
        const QByteArray c = sql(QStringLiteral(
            "SELECT coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'type', record_type, 'record', record_id, "
            "'field', field, 'device', mine_device, 'hlc', mine_hlc, 'mine', mine, 'theirs', theirs, "
            "'resolved', resolved_at IS NOT NULL) ORDER BY id), '[]'::json) FROM conflicts"));
        if (r.isEmpty() || c.isEmpty()) {
            run.problems << QStringLiteral("the server's rows could not be read with psql");
            return false;
        }
        run.serverRows = r;
        run.serverConflicts = c;
        records = parseRecords(QJsonDocument::fromJson(r).array());
        conflicts = parseConflicts(QJsonDocument::fromJson(c).array());
        for (int l = 0; l < 2; ++l) {
            LaptopState s;
            Proc list = cli(run, l, QStringLiteral("household"),
                            {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10000")});
            if (list.exit != 0) {
                return false;
            }
            const QJsonArray rows = list.doc().array();
            s.listedRows = int(rows.size());
            for (const QJsonValue &v : rows) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                Proc shown = cli(run, l, QStringLiteral("household"), {QStringLiteral("show"), id});
                if (shown.exit != 0) {
                    return false;
                }
                s.households.insert(id, shown.obj());
            }
            Proc listed = cli(run, l, QStringLiteral("conflicts"), {QStringLiteral("list"), QStringLiteral("--all")});
            if (listed.exit != 0) {
                return false;
            }
            const QJsonArray cs = listed.doc().array();
            s.conflictRows = int(cs.size());
            for (const QJsonValue &v : cs)
                s.conflicts.insert(qint64(v.toObject().value(QStringLiteral("id")).toDouble()),
                                   v.toObject().value(QStringLiteral("resolved")).toBool());
            const QJsonObject st = status(run, l);
            s.waiting = st.contains(QStringLiteral("waiting"))
                            ? st.value(QStringLiteral("waiting")).toInt() - run.laptops[l].baseline
                            : -1;
            // The refusals, listed (or only counted, by earlier versions).
            const QJsonValue refused = st.value(QStringLiteral("refused"));
            s.refused = refused.isArray() ? int(refused.toArray().size()) : refused.isDouble() ? refused.toInt() : -1;
            for (const QJsonValue &why : refused.toArray())
                run.problems << QStringLiteral("laptop %1: refused: %2").arg(l).arg(compact(why));
            s.lastSyncClean = run.laptops[l].lastSyncClean;
            // The kills left the laptop's audit chain whole, and every record as it says.
            Proc audit = cli(run, l, QStringLiteral("audit"), {QStringLiteral("verify")});
            if (audit.exit != 0 || !audit.obj().value(QStringLiteral("intact")).toBool())
                s.auditProblem = audit.out.isEmpty() ? audit.error() : compact(audit.obj());
            laptops << s;
        }
        return true;
    }

    // Both laptops sync, faults off, until each had two clean syncs in a row: nothing pushed,
    // pulled or in conflict, no rescan, no divergence.
    bool settle(Run &run)
    {
        int clean[2] = {0, 0};
        for (int tries = 0; tries < kFinalTries; ++tries) {
            for (int l = 0; l < 2; ++l) {
                std::optional<QJsonObject> r = sync(run, l);
                const bool quiet =
                    r && r->value(QStringLiteral("pushed")).toInt() == 0 && r->value(QStringLiteral("pulled")).toInt() == 0 &&
                    r->value(QStringLiteral("conflicts")).toInt() == 0 && r->value(QStringLiteral("evicted")).toInt() == 0 &&
                    !r->value(QStringLiteral("rescanned")).toBool() && !r->value(QStringLiteral("diverged")).toBool();
                clean[l] = quiet ? clean[l] + 1 : 0;
                if (!r)
                    serverAlive(run, QStringLiteral("while settling"));
            }
            if (clean[0] >= 2 && clean[1] >= 2)
                return true;
        }
        run.problems << QStringLiteral("the laptops did not settle in %1 rounds of syncs without faults").arg(kFinalTries);
        return false;
    }

    Findings runOne(quint32 seed)
    {
        Run run;
        run.seed = seed;
        run.rng.seed(seed);
        run.dir = m_tmp.filePath(QStringLiteral("run-%1").arg(seed));
        QDir().mkpath(run.dir);
        Findings f;
        // The test could not do what the run needed: the run fails, with what went wrong.
        auto harness = [&](const QString &what) {
            stopProxy(run);
            stopCounty();
            ++m_totals.errors;
            run.problems << what;
            f.details << run.problems;
            f.converged = false;
            f.errors = 1 + run.commandErrors;
            return f;
        };

        if (!startCounty(run))
            return harness(QStringLiteral("no county server for the run"));
        if (!startProxy(run))
            return harness(QStringLiteral("doudi-faultproxy did not start"));
        run.serverKillWindowMs = run.clientKillWindowMs = 6 * run.delayMaxMs + 80;

        // Enrolment is not what is tested: faults off meanwhile.
        proxyFaults(run, false);
        for (int l = 0; l < 2; ++l) {
            if (!enrol(run, l))
                return harness(QStringLiteral("laptop %1 could not join the county").arg(l));
        }
        proxyFaults(run, true);

        for (int l = 0; l < 2; ++l) {
            const int n = 2 + int(run.rng.bounded(2));
            for (int i = 0; i < n; ++i)
                addHousehold(run, l);
        }
        const int serverKillRound = 1 + int(run.rng.bounded(kRounds - 1));
        const int clientKillRound = 1 + int(run.rng.bounded(kRounds - 1));

        for (int round = 0; round < kRounds; ++round) {
            const int first = int(run.rng.bounded(2));
            for (Laptop &lap : run.laptops) {
                while (lap.recent.size() > 12)
                    lap.recent.removeFirst();
            }
            // The same field written on both laptops before either syncs again: a conflict.
            if (round > 0 && run.rng.bounded(10) < 6) {
                QStringList both;
                for (const QString &id : std::as_const(run.laptops[0].known)) {
                    if (run.laptops[1].known.contains(id))
                        both << id;
                }
                if (!both.isEmpty()) {
                    const QString id = both[run.rng.bounded(both.size())];
                    const QStringList fields = randomFields(run);
                    edit(run, first, id, fields);
                    edit(run, 1 - first, id, fields);
                }
            }
            for (int turn = 0; turn < 2; ++turn) {
                const int l = turn == 0 ? first : 1 - first;
                Laptop &lap = run.laptops[l];
                if (run.rng.bounded(2) == 0)
                    sync(run, l);
                refreshList(run, l);
                // What the other laptop just wrote, written again here: over its value when this
                // laptop has it (no conflict), over the older one when not (a conflict).
                const QList<QPair<QString, QString>> &theirs = run.laptops[1 - l].recent;
                if (!theirs.isEmpty() && run.rng.bounded(10) < 6) {
                    const QPair<QString, QString> w = theirs[run.rng.bounded(theirs.size())];
                    if (lap.known.contains(w.first))
                        edit(run, l, w.first, {w.second});
                }
                const int edits = 1 + int(run.rng.bounded(3));
                for (int e = 0; e < edits && !lap.known.isEmpty(); ++e)
                    edit(run, l, lap.known[run.rng.bounded(lap.known.size())], randomFields(run));
                if (run.rng.bounded(4) == 0)
                    addHousehold(run, l);
                if (run.rng.bounded(10) < 3) {
                    Proc open = cli(run, l, QStringLiteral("conflicts"), {QStringLiteral("list")});
                    const QJsonArray list = open.doc().array();
                    if (!list.isEmpty()) {
                        const QJsonObject chosen = list[run.rng.bounded(list.size())].toObject();
                        const QString id = QString::number(qint64(chosen.value(QStringLiteral("id")).toDouble()));
                        trace(run, QStringLiteral("laptop %1: keeps theirs in conflict %2").arg(l).arg(compact(chosen)));
                        cli(run, l, QStringLiteral("conflicts"),
                            {QStringLiteral("resolve"), id, QStringLiteral("--keep"), QStringLiteral("theirs")});
                    }
                }
                if (round >= serverKillRound && !run.serverKilled && run.serverKills.attempts < kKillAttempts) {
                    killServerWhilePushing(run, l);
                    continue;
                }
                const int syncs = 1 + int(run.rng.bounded(2));
                for (int s = 0; s < syncs; ++s) {
                    // A sync cut short (its push may have gone through, its pull not): work goes
                    // on offline, on what the other laptop wrote.
                    if (!sync(run, l) && !theirs.isEmpty() && run.rng.bounded(2) == 0) {
                        const QPair<QString, QString> w = theirs[run.rng.bounded(theirs.size())];
                        if (lap.known.contains(w.first))
                            edit(run, l, w.first, {w.second});
                    }
                }
                if (!serverAlive(run, QStringLiteral("after a sync")))
                    return harness(QStringLiteral("no server"));
            }
            if (round >= clientKillRound && !run.clientKilled && run.clientKills.attempts < kKillAttempts)
                killLaptopWhilePulling(run, int(run.rng.bounded(2)));
        }
        // A kill that has not landed yet (the sync was done before its moment) is tried again.
        while ((!run.serverKilled && run.serverKills.attempts < kKillAttempts) ||
               (!run.clientKilled && run.clientKills.attempts < kKillAttempts)) {
            const int l = int(run.rng.bounded(2));
            if (!run.serverKilled && run.serverKills.attempts < kKillAttempts) {
                if (!run.laptops[l].known.isEmpty())
                    edit(run, l, run.laptops[l].known[run.rng.bounded(run.laptops[l].known.size())], randomFields(run));
                killServerWhilePushing(run, l);
            }
            if (!run.clientKilled && run.clientKills.attempts < kKillAttempts) {
                sync(run, 1 - l);
                killLaptopWhilePulling(run, l);
            }
        }

        proxyFaults(run, false);
        const bool settled = settle(run);
        QList<ServerRecord> records;
        QList<ServerConflict> conflicts;
        QList<LaptopState> laptops;
        const bool collected = collect(run, records, conflicts, laptops);
        const QJsonObject counters = stopProxy(run);
        stopCounty();
        if (collected)
            f = check(run.ledger, records, conflicts, laptops);
        if (!settled || !collected)
            f.converged = false;
        f.details << run.problems;
        f.settings = run.proxySettings;

        // Into the campaign's totals.
        Totals &t = m_totals;
        t.syncs += run.syncs;
        t.syncFailures += run.syncFailures;
        t.rescans += run.rescans;
        t.divergedReports += run.divergedReports;
        t.crashes += run.crashes;
        t.hangs += run.hangs;
        t.writes += int(run.ledger.writes.size());
        for (const Created &c : std::as_const(run.ledger.created))
            t.households += c.recordType == QLatin1String("household") ? 1 : 0;
        t.connections += qint64(counters.value(QStringLiteral("connections")).toDouble());
        t.resets += qint64(counters.value(QStringLiteral("resets")).toDouble());
        t.truncations += qint64(counters.value(QStringLiteral("truncations")).toDouble());
        t.serverKills.add(run.serverKills);
        t.clientKills.add(run.clientKills);
        for (auto it = run.syncErrors.cbegin(); it != run.syncErrors.cend(); ++it)
            t.syncErrors[it.key()] += it.value();
        if (!collected)
            ++t.errors;
        t.commandErrors += run.commandErrors;
        f.errors = run.commandErrors + (collected ? 0 : 1);
        if (run.crashes > 0 || run.hangs > 0)
            f.converged = false;
        const bool ok = passed(f);
        if (!ok) {
            QFile log(QDir::current().filePath(QStringLiteral("syncfaults-seed-%1.log").arg(seed)));
            if (log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QTextStream to(&log);
                to << "seed " << seed << ", proxy: " << run.proxySettings << '\n';
                for (const QString &step : std::as_const(run.steps))
                    to << step << '\n';
                to << "findings:\n"
                   << f.details.join(u'\n') << "\nserver records:\n"
                   << run.serverRows << "\nserver conflicts:\n"
                   << run.serverConflicts << '\n';
                f.details << QStringLiteral("steps in ") + log.fileName();
            }
        }
        if (ok && qEnvironmentVariableIsEmpty("DOUDI_SYNC_KEEP"))
            QDir(run.dir).removeRecursively();
        return f;
    }

    static QJsonObject killJson(const KillCounts &k, bool server)
    {
        QJsonObject o{{QStringLiteral("attempts"), k.attempts},
                      {QStringLiteral("landed"), k.landed()},
                      {QStringLiteral("missed"), k.missed},
                      {QStringLiteral("after_answers"), k.syncSurvived}};
        if (server) {
            o.insert(QStringLiteral("push_not_committed"), k.beforeCommit);
            o.insert(QStringLiteral("push_committed_answer_lost"), k.answerLost);
            o.insert(QStringLiteral("during_pull"), k.afterPush);
            o.insert(QStringLiteral("with_database_crash"), k.database);
        } else {
            o.insert(QStringLiteral("during_push"), k.duringPush);
            o.insert(QStringLiteral("pull_before_page_saved"), k.pullBeforePage);
            o.insert(QStringLiteral("pull_after_page_saved"), k.pullAfterPage);
        }
        return o;
    }

    // The campaign's counts: {runs, lost, duplicated, hidden, converged, conflicts, seconds, …}.
    void printSummary()
    {
        const Totals &t = m_totals;
        QJsonObject errors;
        for (auto it = t.syncErrors.cbegin(); it != t.syncErrors.cend(); ++it)
            errors.insert(it.key(), it.value());
        QJsonArray failed;
        for (quint32 s : std::as_const(t.failedSeeds))
            failed << double(s);
        const QJsonObject summary{{QStringLiteral("runs"), t.runs},
                                  {QStringLiteral("lost"), t.lost},
                                  {QStringLiteral("duplicated"), t.duplicated},
                                  {QStringLiteral("hidden"), t.hidden},
                                  {QStringLiteral("converged"), t.converged},
                                  {QStringLiteral("conflicts"), t.conflicts},
                                  {QStringLiteral("refused"), t.refused},
                                  {QStringLiteral("audit_damaged"), t.damaged},
                                  {QStringLiteral("crashes"), t.crashes},
                                  {QStringLiteral("hangs"), t.hangs},
                                  {QStringLiteral("harness_errors"), t.errors},
                                  {QStringLiteral("command_errors"), t.commandErrors},
                                  {QStringLiteral("seconds"), double(qRound64(m_campaignTimer.elapsed() / 100.0)) / 10.0},
                                  {QStringLiteral("households"), t.households},
                                  {QStringLiteral("writes"), t.writes},
                                  {QStringLiteral("syncs"), t.syncs},
                                  {QStringLiteral("sync_failures"), t.syncFailures},
                                  {QStringLiteral("rescans"), t.rescans},
                                  {QStringLiteral("diverged_reports"), t.divergedReports},
                                  {QStringLiteral("proxy"), QJsonObject{{QStringLiteral("connections"), double(t.connections)},
                                                                        {QStringLiteral("resets"), double(t.resets)},
                                                                        {QStringLiteral("truncations"), double(t.truncations)}}},
                                  {QStringLiteral("server_kills"), killJson(t.serverKills, true)},
                                  {QStringLiteral("client_kills"), killJson(t.clientKills, false)},
                                  {QStringLiteral("sync_errors"), errors},
                                  {QStringLiteral("failed_seeds"), failed}};
        QTextStream out(stdout);
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("DOUDI_SYNC_VERBOSE")) {
            QJsonObject spent;
            for (auto it = t.commandMs.cbegin(); it != t.commandMs.cend(); ++it)
                spent.insert(it.key(),
                             QStringLiteral("%1 calls, %2 s").arg(t.commands.value(it.key())).arg(double(it.value()) / 1000.0));
            out << QJsonDocument(QJsonObject{{QStringLiteral("doudi-cli"), spent}}).toJson(QJsonDocument::Indented);
        }
        out.flush();
    }

    // A county server with the two users, made once and left stopped: each run starts from a
    // copy of it (its own cluster, nothing of the runs before, nothing to empty behind the
    // server's back).
    void setUpCounty()
    {
        m_serverBin = qEnvironmentVariable("DOUDI_SERVER");
        m_cliBin = qEnvironmentVariable("DOUDI_CLI");
        m_proxyBin = qEnvironmentVariable("DOUDI_FAULTPROXY");
        QVERIFY2(QFile::exists(m_serverBin) && QFile::exists(m_cliBin) && QFile::exists(m_proxyBin),
                 "DOUDI_SERVER, DOUDI_CLI and DOUDI_FAULTPROXY must name the programs");
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(majors.begin(), majors.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        QStringList bins;
        for (const QString &m : std::as_const(majors))
            bins << versions.filePath(m + QStringLiteral("/bin"));
        m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"), bins);
        if (m_psql.isEmpty())
            m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        m_pgctl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"), bins);
        QVERIFY2(!m_psql.isEmpty() && !m_pgctl.isEmpty(), "psql and pg_ctl are needed (postgresql-15)");
        QVERIFY(m_tmp.isValid());
        if (!qEnvironmentVariableIsEmpty("DOUDI_SYNC_KEEP")) {
            m_tmp.setAutoRemove(false);
            qInfo("DOUDI_SYNC_KEEP: the runs are kept in %s", qPrintable(m_tmp.path()));
        }
        // As root, the cluster runs as the postgres user, which must pass through this folder.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        m_template = m_tmp.filePath(QStringLiteral("county"));
        m_data = m_template;
        Proc init =
            exec(m_serverBin, {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--county"), kCounty});
        QVERIFY2(init.exit == 0, init.err.constData());
        for (int u = 0; u < kUsers.size(); ++u) {
            Proc added = server(QStringLiteral("user"), {QStringLiteral("add"), QStringLiteral("--user"), kUsers[u],
                                                         QStringLiteral("--name"), kUserNames[u], QStringLiteral("--role"),
                                                         QStringLiteral("township"), QStringLiteral("--area"), kTownship});
            QVERIFY2(added.exit == 0, added.err.constData());
        }
        Proc status = server(QStringLiteral("status"), {});
        QVERIFY2(!status.obj().value(QStringLiteral("database_running")).toBool(), status.out.constData());
        m_data.clear();
    }

    // The run's county: a copy of the template, served on a new port.
    bool startCounty(Run &run)
    {
        m_data = run.dir + QStringLiteral("/county");
        Proc copied = exec(QStringLiteral("cp"), {QStringLiteral("-a"), m_template, m_data});
        if (copied.exit != 0) {
            run.problems << QStringLiteral("the county could not be copied: ") + QString::fromUtf8(copied.err);
            return false;
        }
        if (!startServe(0)) {
            run.problems << QStringLiteral("doudi-server serve did not start");
            return false;
        }
        return true;
    }

    // pg_ctl on the county's cluster, as its owner (the postgres user, under root).
    Proc pgctl(const QStringList &command)
    {
        QStringList args = QStringList{QStringLiteral("-D"), m_data + QStringLiteral("/postgres"), QStringLiteral("-w"),
                                       QStringLiteral("-t"), QStringLiteral("60")} +
                           command;
        QString program = m_pgctl;
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw)
                pw = getpwnam("nobody");
            if (pw) {
                args = QStringList{QStringLiteral("--reuid=%1").arg(pw->pw_uid), QStringLiteral("--regid=%1").arg(pw->pw_gid),
                                   QStringLiteral("--init-groups"), program} +
                       args;
                program = QStringLiteral("setpriv");
            }
        }
        return exec(program, args, 90000);
    }

    // serve stops the cluster only when it started it: after a kill the cluster was started by
    // a serve that is gone, and pg_ctl stops it.
    void stopCounty()
    {
        stopServe();
        if (m_data.isEmpty() || !QFile::exists(m_data + QStringLiteral("/postgres/postmaster.pid")))
            return;
        Proc stopped = pgctl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        if (stopped.exit != 0)
            qWarning("the cluster in %s did not stop: %s", qPrintable(m_data), stopped.out.constData());
    }

private Q_SLOTS:
    // The counts themselves, on made-up rows: each kind of failure is seen, and a clean run is.
    void checkCountsWhatItShould()
    {
        const QString head = QStringLiteral("370323196603151046");
        Ledger ledger;
        ledger.created << Created{0, QStringLiteral("household"), QStringLiteral("h1"), head}
                       << Created{0, QStringLiteral("person"), QStringLiteral("p1"), {}};
        // Both laptops wrote the note over the same empty one: apart.
        ledger.writes << Write{0,
                               QStringLiteral("household"),
                               QStringLiteral("h1"),
                               QStringLiteral("note"),
                               QJsonValue(QString()),
                               QStringLiteral("A")}
                      << Write{1,
                               QStringLiteral("household"),
                               QStringLiteral("h1"),
                               QStringLiteral("note"),
                               QJsonValue(QString()),
                               QStringLiteral("B")};
        ledger.updateOps.insert(QStringLiteral("household:h1"), 2);
        const QJsonObject fields{{QStringLiteral("area_code"), QStringLiteral("370323102001")},
                                 {QStringLiteral("note"), QStringLiteral("A")}};
        const QJsonObject person{{QStringLiteral("name"), QString::fromUtf8("张桂英")},
                                 {QStringLiteral("relation"), QStringLiteral("head")},
                                 {QStringLiteral("id_number"), head}};
        const ServerRecord h{QStringLiteral("household"), QStringLiteral("h1"), QStringLiteral("h1"), 2, false, fields};
        const ServerRecord p{QStringLiteral("person"), QStringLiteral("p1"), QStringLiteral("h1"), 1, false, person};
        QJsonObject shownMember = person;
        shownMember.insert(QStringLiteral("id"), QStringLiteral("p1"));
        shownMember.insert(QStringLiteral("version"), 1);
        QJsonObject shown = fields;
        shown.insert(QStringLiteral("id"), QStringLiteral("h1"));
        shown.insert(QStringLiteral("version"), 2);
        shown.insert(QStringLiteral("members"), QJsonArray{shownMember});
        LaptopState lap;
        lap.households.insert(QStringLiteral("h1"), shown);
        lap.listedRows = 1;
        lap.waiting = 0;
        lap.refused = 0;
        lap.lastSyncClean = true;
        QList<LaptopState> laptops{lap, lap};

        // B was neither kept nor put in a conflict: lost, and the pair hidden.
        Findings f = check(ledger, {h, p}, {}, laptops);
        QCOMPARE(f.lost, 1);
        QCOMPARE(f.hidden, 1);
        QCOMPARE(f.duplicated, 0);
        QVERIFY(f.converged);

        // With the conflict, listed on both laptops: a clean run.
        const ServerConflict c{7,
                               QStringLiteral("field"),
                               QStringLiteral("household"),
                               QStringLiteral("h1"),
                               QStringLiteral("note"),
                               QStringLiteral("dev-b"),
                               QStringLiteral("hlc-b"),
                               QJsonValue(QStringLiteral("B")),
                               QJsonValue(QStringLiteral("A")),
                               false};
        for (LaptopState &s : laptops) {
            s.conflicts.insert(7, false);
            s.conflictRows = 1;
        }
        f = check(ledger, {h, p}, {c}, laptops);
        QVERIFY2(f.lost == 0 && f.hidden == 0 && f.duplicated == 0 && f.converged, qPrintable(f.details.join(u'\n')));

        // B written over A (laptop 1 had seen it): no conflict needed.
        Ledger seen = ledger;
        seen.writes[1].old = QJsonValue(QStringLiteral("A"));
        ServerRecord hb = h;
        hb.fields.insert(QStringLiteral("note"), QStringLiteral("B"));
        QList<LaptopState> seenLaptops{lap, lap};
        for (LaptopState &s : seenLaptops)
            s.households[QStringLiteral("h1")].insert(QStringLiteral("note"), QStringLiteral("B"));
        f = check(seen, {hb, p}, {}, seenLaptops);
        QVERIFY2(f.lost == 0 && f.hidden == 0 && f.converged, qPrintable(f.details.join(u'\n')));

        // The conflict not listed on laptop 1: hidden.
        QList<LaptopState> unlisted = laptops;
        unlisted[1].conflicts.clear();
        unlisted[1].conflictRows = 0;
        QCOMPARE(check(ledger, {h, p}, {c}, unlisted).hidden, 1);

        // One conflict recorded twice; a version raised more often than the record was changed;
        // one household under two ids: duplicated.
        ServerConflict twice = c;
        twice.id = 8;
        for (LaptopState &s : laptops) {
            s.conflicts.insert(8, false);
            s.conflictRows = 2;
        }
        QCOMPARE(check(ledger, {h, p}, {c, twice}, laptops).duplicated, 1);
        for (LaptopState &s : laptops) {
            s.conflicts.remove(8);
            s.conflictRows = 1;
        }
        ServerRecord raised = h;
        raised.version = 4;
        QVERIFY(check(ledger, {raised, p}, {c}, laptops).duplicated >= 1);
        const ServerRecord h2{QStringLiteral("household"), QStringLiteral("h2"), QStringLiteral("h2"), 1, false, fields};
        const ServerRecord p2{QStringLiteral("person"), QStringLiteral("p2"), QStringLiteral("h2"), 1, false, person};
        QVERIFY(check(ledger, {h, p, h2, p2}, {c}, laptops).duplicated >= 2); // two ids, one more than made

        // A household missing on the server: lost. A laptop a version behind, or with another
        // value, or with something in its outbox: not converged.
        QVERIFY(check(ledger, {p}, {c}, laptops).lost >= 1);
        QList<LaptopState> behind = laptops;
        behind[1].households[QStringLiteral("h1")].insert(QStringLiteral("version"), 1);
        QVERIFY(!check(ledger, {h, p}, {c}, behind).converged);
        QList<LaptopState> other = laptops;
        other[0].households[QStringLiteral("h1")].insert(QStringLiteral("note"), QStringLiteral("B"));
        QVERIFY(!check(ledger, {h, p}, {c}, other).converged);
        QList<LaptopState> waiting = laptops;
        waiting[0].waiting = 1;
        QVERIFY(!check(ledger, {h, p}, {c}, waiting).converged);
        QList<LaptopState> damaged = laptops;
        damaged[1].auditProblem = QStringLiteral("entry 7 was altered");
        QCOMPARE(check(ledger, {h, p}, {c}, damaged).damaged, 1);
    }

    // One row per seed: DOUDI_SYNC_SEEDS, or DOUDI_SYNC_RUNS seeds from DOUDI_SYNC_FIRST_SEED.
    void campaign_data()
    {
        QTest::addColumn<quint32>("seed");
        QList<quint32> seeds;
        if (const QString listed = qEnvironmentVariable("DOUDI_SYNC_SEEDS"); !listed.isEmpty()) {
            for (const QString &s : listed.split(u',', Qt::SkipEmptyParts))
                seeds << s.trimmed().toUInt();
        } else {
            const int runs = qEnvironmentVariableIsSet("DOUDI_SYNC_RUNS") ? qEnvironmentVariableIntValue("DOUDI_SYNC_RUNS") : 20;
            const quint32 first = qEnvironmentVariableIsSet("DOUDI_SYNC_FIRST_SEED")
                                      ? quint32(qEnvironmentVariableIntValue("DOUDI_SYNC_FIRST_SEED"))
                                      : 1;
            for (int i = 0; i < runs; ++i)
                seeds << first + quint32(i);
        }
        for (quint32 seed : std::as_const(seeds))
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void campaign()
    {
        QFETCH(quint32, seed);
        if (!m_ready) {
            QVERIFY2(!m_setUpTried, "the county server could not be set up (see the first row)");
            m_setUpTried = true;
            m_campaignTimer.start();
            setUpCounty();
            if (QTest::currentTestFailed())
                return;
            m_ready = true;
        }
        QElapsedTimer runTimer;
        runTimer.start();
        const Findings f = runOne(seed);
        Totals &t = m_totals;
        ++t.runs;
        t.lost += f.lost;
        t.duplicated += f.duplicated;
        t.hidden += f.hidden;
        t.converged += f.converged ? 1 : 0;
        t.conflicts += f.conflicts;
        t.refused += f.refused;
        t.damaged += f.damaged;
        const bool ok = passed(f);
        QTextStream out(stdout);
        const QByteArray line =
            QJsonDocument(QJsonObject{{QStringLiteral("seed"), double(seed)},
                                      {QStringLiteral("lost"), f.lost},
                                      {QStringLiteral("duplicated"), f.duplicated},
                                      {QStringLiteral("hidden"), f.hidden},
                                      {QStringLiteral("converged"), f.converged},
                                      {QStringLiteral("refused"), f.refused},
                                      {QStringLiteral("damaged"), f.damaged},
                                      {QStringLiteral("errors"), f.errors},
                                      {QStringLiteral("conflicts"), f.conflicts},
                                      {QStringLiteral("seconds"), double(qRound64(runTimer.elapsed() / 100.0)) / 10.0},
                                      {QStringLiteral("replay"), QStringLiteral("DOUDI_SYNC_SEEDS=%1").arg(seed)},
                                      {QStringLiteral("proxy"), f.settings},
                                      {QStringLiteral("details"), QJsonArray::fromStringList(f.details)}})
                .toJson(QJsonDocument::Compact);
        if (!ok) {
            t.failedSeeds << seed;
            out << line << Qt::endl;
        } else if (qEnvironmentVariableIsSet("DOUDI_SYNC_VERBOSE")) {
            out << line << Qt::endl;
        }
        QVERIFY2(ok, line.constData());
    }

    void cleanupTestCase()
    {
        if (m_totals.runs > 0)
            printSummary();
        stopCounty();
    }
};

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"
