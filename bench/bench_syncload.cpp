// County server under load (issue 11): a township's households reach a new laptop (target
// ≤ 10 s for 5 000 on loopback), then many devices sync at once (target p95 ≤ 200 ms per
// request for 300). Starts its own doudi-server with a private PostgreSQL cluster in a
// temporary folder; prints JSON; never asserts.
//   bench_syncload [households=5000] [devices=300] [rounds=3] [processes=1 per core] [spread_s=0]
// DOUDI_BENCH_COMPARE=PATH: the bursts run in turns on this build's server and on PATH's (another
// build of doudi-server), DOUDI_BENCH_REPEAT times each (3), on the same data and devices; both
// are printed (compared_with), as a shared machine's figures compare only within one run.
// spread_s 0: every device starts each round at the same instant (a burst); otherwise each
// device waits a random time within spread_s before each sync, as laptops syncing on their own
// schedules do.
#include "identity/areacode.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/profileservice.h"
#include "services/syncservice.h"
#include "sync/compression.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace doudi::core;

namespace {

const QString kPassword = QStringLiteral("river-2026-pass");

QJsonObject server(const QString &data, QStringList args, const QByteArray &newPassword = {})
{
    QProcess p;
    if (!newPassword.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOUDI_NEW_PASSWORD"), QString::fromUtf8(newPassword));
        p.setProcessEnvironment(env);
    }
    args.insert(1, QStringLiteral("--data"));
    args.insert(2, data);
    p.start(QStringLiteral(DOUDI_SERVER_PATH), args);
    p.waitForFinished(300000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// One device's HTTPS connection for the load, kept alive as a laptop's transport keeps it, with
// the requests a laptop's transport sends (its headers, its compression both ways) written and
// read by hand over one QSslSocket. QNetworkAccessManager's machinery (its thread, its reply
// objects) cost 300 simulated devices a quarter of the machine the server is measured on
// (issue 11); a load generator is kept lean so that the machine goes to the server.
class Wire : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;
    Wire(QString host, quint16 port, QString fingerprint) : m_host(std::move(host)), m_port(port), m_pin(std::move(fingerprint))
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed: pinned by its fingerprint below
        m_socket.setSslConfiguration(tls);
        connect(&m_socket, &QSslSocket::encrypted, this, [this] {
            if (QString::fromLatin1(m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex()) != m_pin)
                return fail();
            m_socket.write(m_out);
            m_out.clear();
        });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QSslSocket::disconnected, this, [this] {
            if (m_done)
                fail();
        });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError && m_done)
                fail();
        });
    }
    // Connects now, as the device's enrolment left its connection open before (QNetworkAccessManager
    // keeps it): the burst is of syncs, not of handshakes. True once the pinned server answered.
    bool open()
    {
        m_socket.connectToHostEncrypted(m_host, m_port);
        if (!m_socket.waitForEncrypted(30000))
            return false;
        // The handshake's last message may still sit in the socket's buffer, written only by the
        // event loop: the server drops a connection whose handshake it has not seen end within 5 s.
        m_socket.flush();
        return QString::fromLatin1(m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex()) == m_pin;
    }
    void send(const QByteArray &method, const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers,
              const QByteArray &body, Done done)
    {
        m_done = std::move(done);
        const compression::Coding coding =
            body.isEmpty() ? compression::Coding::Identity : compression::choose(body.size(), compression::accepted());
        const QByteArray payload = compression::encode(body, coding);
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port) +
                       "\r\nAccept-Encoding: " + compression::accepted() + "\r\n";
        for (const auto &[name, value] : headers)
            r += name + ": " + value + "\r\n";
        if (!body.isEmpty()) {
            r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n";
            if (coding != compression::Coding::Identity)
                r += "Content-Encoding: " + compression::token(coding) + "\r\n";
        }
        r += "\r\n" + payload;
        m_in.clear();
        if (m_socket.state() == QAbstractSocket::UnconnectedState) {
            m_out = r;
            m_socket.connectToHostEncrypted(m_host, m_port);
        } else if (!m_socket.isEncrypted()) {
            m_out += r;
        } else {
            m_socket.write(r);
        }
    }

private:
    void read()
    {
        m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0 || !m_done)
            return;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        const int status = lines.constFirst().split(' ').value(1).toInt();
        qsizetype length = 0;
        QByteArray coding;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "content-encoding")
                coding = line.mid(colon + 1).trimmed();
        }
        if (m_in.size() < end + 4 + length)
            return;
        Result<QByteArray> body = compression::decode(m_in.mid(end + 4, length), coding, 64 * 1024 * 1024);
        m_in.remove(0, end + 4 + length);
        Done done = std::exchange(m_done, nullptr);
        done(body ? status : 0, body ? *body : QByteArray());
    }
    void fail()
    {
        m_socket.abort();
        if (Done done = std::exchange(m_done, nullptr))
            done(0, {});
    }

    QString m_host;
    quint16 m_port;
    QString m_pin;
    QSslSocket m_socket;
    QByteArray m_in, m_out;
    Done m_done;
};

// One simulated device: its enrolment (QNAM, as a laptop does it), credential and token, the
// connection it syncs on, a cursor.
struct Device
{
    std::unique_ptr<QNetworkAccessManager> nam = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<Wire> wire;
    QByteArray deviceId, credential, token;
    qint64 cursor = 0;
    QByteArray user; // the village helper of its household's village
    QString household;
    qint64 version = 1;
    int round = 0;
    // Its audit chain, as its pulls report it (X-Doudi-Audit): the head, one entry more after
    // each push, and the head reported the time before.
    qint64 auditHead = 10, auditReported = -1;
    QByteArray auditEntry(qint64 seq) const
    {
        return QByteArray::number(seq) + ':' +
               QCryptographicHash::hash(deviceId + QByteArray::number(seq), QCryptographicHash::Sha256).toHex();
    }
};

class Load : public QObject
{
public:
    Load(QList<Device *> devices, int rounds, double spreadS)
        : m_devices(std::move(devices)), m_rounds(rounds), m_spreadMs(int(spreadS * 1000))
    {
    }
    QList<double> latenciesMs;
    QHash<QString, QList<double>> byKind; // "pull 1", "push 1", … (request and round)
    int errors = 0;
    qint64 pulledChanges = 0; // what the pulls brought: the others' pushes, as a check that the load is real

    void start()
    {
        m_left = int(m_devices.size());
        for (Device *d : m_devices) {
            d->round = 0;
            later(d);
        }
    }
    bool done() const { return m_left == 0; }
    std::function<void()> finished; // called when the last device is done

private:
    // What a laptop's requests carry (SyncEngine): its audit report too, on every request.
    QList<QPair<QByteArray, QByteArray>> headers(Device *d) const
    {
        return {{"X-Doudi-Protocol", QByteArray::number(protocol::kVersion)},
                {"Authorization", "Doudi-Device " + d->deviceId + ':' + d->credential},
                {"X-Doudi-User", d->user},
                {"X-Doudi-Token", d->token},
                {"X-Doudi-Audit",
                 d->auditEntry(d->auditHead) + (d->auditReported < 0 ? QByteArray() : ',' + d->auditEntry(d->auditReported))}};
    }
    void track(Device *d, const char *kind, const QByteArray &method, const QByteArray &path, const QByteArray &body,
               const std::function<void(const QJsonObject &)> &next)
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        d->wire->send(method, path, headers(d), body, [this, d, kind, timer, next](int status, const QByteArray &answer) {
            latenciesMs << timer->nsecsElapsed() / 1e6;
            byKind[QStringLiteral("%1 %2").arg(QLatin1String(kind)).arg(d->round + 1)] << latenciesMs.constLast();
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            if (status != 200 && ++errors == 1)
                QTextStream(stderr) << "first error: HTTP " << status << ' ' << QJsonDocument(o).toJson(QJsonDocument::Compact)
                                    << '\n';
            next(o);
        });
    }
    void later(Device *d)
    {
        if (m_spreadMs <= 0)
            return pull(d);
        QTimer::singleShot(QRandomGenerator::global()->bounded(m_spreadMs), this, [this, d] { pull(d); });
    }
    void pull(Device *d)
    {
        track(d, "pull", "GET", "/v1/pull?since=" + QByteArray::number(d->cursor), {}, [this, d](const QJsonObject &o) {
            d->cursor = qint64(o.value(QStringLiteral("cursor")).toDouble(double(d->cursor)));
            pulledChanges += o.value(QStringLiteral("changes")).toArray().size();
            d->auditReported = d->auditHead;
            push(d);
        });
    }
    void push(Device *d)
    {
        protocol::Op op;
        op.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        op.recordType = QStringLiteral("household");
        op.recordId = d->household;
        op.op = QStringLiteral("update");
        op.baseVersion = d->version;
        op.changedFields = {
            {QStringLiteral("note"), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                                 {QStringLiteral("new"), QStringLiteral("round %1").arg(d->round)}}}};
        op.hlc = QStringLiteral("%1.0000000000.bench").arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'));
        op.user = QString::fromLatin1(d->user);
        const QByteArray body = QJsonDocument(protocol::PushRequest{{op}}.toJson()).toJson(QJsonDocument::Compact);
        track(d, "push", "POST", "/v1/push", body, [this, d, op](const QJsonObject &o) {
            // The answer lists only an op not plainly applied (docs/sync-protocol.md §4).
            Result<protocol::PushResponse> answer = protocol::PushResponse::fromJson(QJsonDocument(o).toJson());
            Result<QList<protocol::OpResult>> results =
                answer ? answer->resultsFor({op}) : Result<QList<protocol::OpResult>>(answer.error());
            if (results)
                d->version = results->at(0).version;
            ++d->auditHead; // the edit's entry in the laptop's audit log
            if (++d->round < m_rounds)
                later(d);
            else if (--m_left == 0 && finished)
                finished();
        });
    }

    QList<Device *> m_devices;
    int m_rounds;
    int m_spreadMs;
    int m_left = 0;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

// CPU seconds (user + system) used so far by the processes whose command line contains `marker`
// (the county's serve processes and its PostgreSQL, by their data folder), and by this one.
struct CpuSeconds
{
    double client = 0;
    double server = 0;
    double postgres = 0;
};

// A process's CPU seconds and parent, from /proc/PID/stat.
std::pair<double, qint64> statOf(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {0, -1};
    const QByteArray stat = f.readAll();
    // After the command's closing parenthesis: state, ppid, … utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return {0, -1};
    return {(fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK)), fields.at(1).toLongLong()};
}

// The whole machine's time, in seconds summed over its cores, from /proc/stat: what the
// processes used, what sat idle, and what the host gave to other machines (steal): on a shared
// machine the last decides how far the figures of two runs compare.
struct MachineSeconds
{
    double busy = 0;
    double idle = 0;
    double steal = 0;
};

MachineSeconds machineNow()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // cpu  user nice system idle iowait irq softirq steal …
    const QList<QByteArray> t = f.readLine().simplified().split(' ');
    if (t.size() < 9)
        return {};
    const double tick = double(sysconf(_SC_CLK_TCK));
    auto at = [&](int i) { return double(t.at(i).toLongLong()) / tick; }; // clock ticks, whole numbers
    return {at(1) + at(2) + at(3) + at(6) + at(7), at(4) + at(5), at(8)};
}

CpuSeconds cpuNow(const QString &marker)
{
    CpuSeconds c;
    c.client = statOf(QStringLiteral("self")).first;
    // The serve processes and the postmaster name the data folder; PostgreSQL's backends are the
    // postmaster's children, whose command lines do not.
    QHash<qint64, std::pair<double, qint64>> all;
    QSet<qint64> serve, postmaster;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        all.insert(pid.toLongLong(), statOf(pid));
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmd.readAll().replace('\0', ' ');
        if (line.contains(marker.toUtf8()))
            (line.contains("postgres") ? postmaster : serve).insert(pid.toLongLong());
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (serve.contains(it.key()))
            c.server += it.value().first;
        else if (postmaster.contains(it.key()) || postmaster.contains(it.value().second))
            c.postgres += it.value().first;
    }
    return c;
}

// `doudi-server serve` of `binary` on the county's folder, and its first line (port, fingerprint).
std::pair<std::unique_ptr<QProcess>, QJsonObject> startServe(const QString &binary, const QString &data, const QString &listen,
                                                             const QString &processes)
{
    auto serve = std::make_unique<QProcess>();
    serve->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings, with the bench's
    serve->start(binary, {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"), listen,
                          QStringLiteral("--processes"), processes});
    serve->waitForReadyRead(60000);
    const QJsonObject ready = QJsonDocument::fromJson(serve->readLine()).object();
    return {std::move(serve), ready};
}

void stopServe(QProcess &serve)
{
    ::kill(pid_t(serve.processId()), SIGTERM);
    serve.waitForFinished(60000);
}

// One burst: every device's rounds, and what they cost the machine.
struct Burst
{
    QList<double> latenciesMs;
    QHash<QString, QList<double>> byKind;
    int errors = 0;
    qint64 pulledChanges = 0;
    double seconds = 0;
    CpuSeconds cpu;
    MachineSeconds machine;
};

Burst burst(const QList<Device *> &devices, int rounds, double spreadS, const QString &data)
{
    Load load(devices, rounds, spreadS);
    QTextStream(stderr) << "load starts" << Qt::endl; // a mark for a profiler started beside the bench
    // PostgreSQL's backends are children of the postmaster, started with the cluster's folder;
    // a backend's own command line names the database, not the folder, hence the pids below.
    const CpuSeconds before = cpuNow(data);
    const MachineSeconds machineBefore = machineNow();
    QElapsedTimer t;
    t.start();
    // An event loop that sleeps between events: processEvents() with a time limit does not wait
    // for events, and polling it spun a core for the whole load (issue 11: the simulated devices
    // seemed to take half the machine).
    QEventLoop loop;
    load.finished = [&loop] { loop.quit(); };
    load.start();
    if (!load.done())
        loop.exec();
    Burst b;
    b.seconds = t.elapsed() / 1000.0;
    const CpuSeconds after = cpuNow(data);
    const MachineSeconds machineAfter = machineNow();
    b.cpu = {after.client - before.client, after.server - before.server, after.postgres - before.postgres};
    b.machine = {machineAfter.busy - machineBefore.busy, machineAfter.idle - machineBefore.idle,
                 machineAfter.steal - machineBefore.steal};
    b.latenciesMs = load.latenciesMs;
    b.byKind = load.byKind;
    b.errors = load.errors;
    b.pulledChanges = load.pulledChanges;
    return b;
}

// Bursts summed: what one build of the server did over all of its bursts.
void add(Burst &sum, const Burst &b)
{
    sum.latenciesMs += b.latenciesMs;
    for (auto it = b.byKind.cbegin(); it != b.byKind.cend(); ++it)
        sum.byKind[it.key()] += it.value();
    sum.errors += b.errors;
    sum.pulledChanges += b.pulledChanges;
    sum.seconds += b.seconds;
    sum.cpu = {sum.cpu.client + b.cpu.client, sum.cpu.server + b.cpu.server, sum.cpu.postgres + b.cpu.postgres};
    sum.machine = {sum.machine.busy + b.machine.busy, sum.machine.idle + b.machine.idle, sum.machine.steal + b.machine.steal};
}

void describe(QJsonObject &out, const Burst &b)
{
    out.insert(QStringLiteral("cpu_s"), QJsonObject{{QStringLiteral("client"), b.cpu.client},
                                                    {QStringLiteral("server"), b.cpu.server},
                                                    {QStringLiteral("postgres"), b.cpu.postgres}});
    out.insert(QStringLiteral("machine_s"), QJsonObject{{QStringLiteral("busy"), b.machine.busy},
                                                        {QStringLiteral("idle"), b.machine.idle},
                                                        {QStringLiteral("steal"), b.machine.steal}});
    out.insert(QStringLiteral("requests"), b.latenciesMs.size());
    out.insert(QStringLiteral("errors"), b.errors);
    out.insert(QStringLiteral("pulled_changes"), double(b.pulledChanges));
    out.insert(QStringLiteral("load_seconds"), b.seconds);
    out.insert(QStringLiteral("requests_per_s"), b.latenciesMs.size() / qMax(b.seconds, 0.001));
    out.insert(QStringLiteral("p50_ms"), percentile(b.latenciesMs, 0.50));
    out.insert(QStringLiteral("p95_ms"), percentile(b.latenciesMs, 0.95));
    out.insert(QStringLiteral("p99_ms"), percentile(b.latenciesMs, 0.99));
    out.insert(QStringLiteral("max_ms"), percentile(b.latenciesMs, 1.0));
    QJsonObject kinds;
    for (auto it = b.byKind.cbegin(); it != b.byKind.cend(); ++it)
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("p50_ms"), percentile(it.value(), 0.50)},
                                           {QStringLiteral("p95_ms"), percentile(it.value(), 0.95)}});
    out.insert(QStringLiteral("by_request_and_round"), kinds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int households = args.value(1, QStringLiteral("5000")).toInt();
    const int deviceCount = args.value(2, QStringLiteral("300")).toInt();
    const int rounds = args.value(3, QStringLiteral("3")).toInt();
    // One serve process per core, as docs/server-operations.md §3 advises.
    const QString processes = args.value(4, QString::number(QThread::idealThreadCount()));
    const double spreadS = args.value(5, QStringLiteral("0")).toDouble();
    QTextStream err(stderr);

    QTemporaryDir tmp;
    if (qEnvironmentVariableIsSet("DOUDI_BENCH_KEEP")) { // to read the server's and the cluster's logs afterwards
        tmp.setAutoRemove(false);
        err << tmp.path() << '\n';
    }
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    const QString data = tmp.filePath(QStringLiteral("county"));
    server(data, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("370323")});
    server(data,
           {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("zhaoli"),
            QStringLiteral("--name"), QStringLiteral("赵丽"), QStringLiteral("--role"), QStringLiteral("township_head"),
            QStringLiteral("--area"), QStringLiteral("370323102000")},
           kPassword.toUtf8());
    auto [serve, ready] = startServe(QStringLiteral(DOUDI_SERVER_PATH), data, QStringLiteral("127.0.0.1:0"), processes);
    const int port = ready.value(QStringLiteral("port")).toInt();
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
    const QString fingerprint = ready.value(QStringLiteral("fingerprint")).toString();
    auto code = [&] {
        return server(data,
                      {QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--label"), QStringLiteral("bench")})
            .value(QStringLiteral("code"))
            .toString();
    };

    // The township's households, made on one laptop and pushed.
    const QString laptopA = tmp.filePath(QStringLiteral("laptop-a"));
    if (!SyncService::join(laptopA, url, code(), QStringLiteral("zhaoli"), kPassword, QStringLiteral("a"))) {
        err << "enrol failed\n";
        return 1;
    }
    QJsonObject out{{QStringLiteral("households"), households}};
    {
        std::unique_ptr<Session> a = ProfileService::unlock(laptopA, QStringLiteral("zhaoli"), kPassword).value();
        DemoData demo(AreaRegistry::builtIn(), 20261201);
        demo.limitTo({QStringLiteral("370323102")});
        QList<Household> made;
        for (int i = 0; i < households; ++i)
            made << demo.household();
        HouseholdService(*a).importMany(made, 5000).value();
        QElapsedTimer t;
        t.start();
        Result<SyncReport> pushed = SyncService(*a).syncNow();
        out.insert(QStringLiteral("initial_push_s"), t.elapsed() / 1000.0);
        out.insert(QStringLiteral("records"), pushed ? pushed->pushed : -1);
    }
    // A new laptop of the township: enrol, then the first sync.
    qint64 cursor = 0; // where it ends: the simulated devices start from there
    {
        const QString laptopB = tmp.filePath(QStringLiteral("laptop-b"));
        QElapsedTimer t;
        t.start();
        SyncService::join(laptopB, url, code(), QStringLiteral("zhaoli"), kPassword, QStringLiteral("b")).value();
        const double enrolS = t.elapsed() / 1000.0;
        std::unique_ptr<Session> b = ProfileService::unlock(laptopB, QStringLiteral("zhaoli"), kPassword).value();
        t.restart();
        Result<SyncReport> pulled = SyncService(*b).syncNow();
        out.insert(QStringLiteral("new_laptop_enrol_s"), enrolS);
        out.insert(QStringLiteral("new_laptop_first_sync_s"), t.elapsed() / 1000.0);
        out.insert(QStringLiteral("new_laptop_pulled"), pulled ? pulled->pulled : -1);
        out.insert(QStringLiteral("new_laptop_bytes"), pulled ? double(pulled->traffic.bytesDown) : -1.0);
        cursor = SyncService(*b).status().value().value(QStringLiteral("cursor")).toString().toLongLong();
    }

    // Many devices at once: each enrolled and signed in (not timed), then rounds of a pull and
    // a one-field push each, all at the same time; every request's latency counted. Each device
    // is a village helper's, of the village of the household it edits, so that its pulls bring
    // what the other devices of that village pushed, as in a county.
    QList<Device *> devices;
    std::vector<std::unique_ptr<Device>> owned;
    QSet<QString> helpers; // villages with a helper at the county
    {
        std::unique_ptr<Session> a = ProfileService::unlock(laptopA, QStringLiteral("zhaoli"), kPassword).value();
        const QList<HouseholdSummary> list = HouseholdService(*a).list(0, deviceCount).value();
        for (int i = 0; i < deviceCount; ++i) {
            auto d = std::make_unique<Device>();
            const HouseholdSummary &home = list.at(i % list.size());
            d->household = home.id;
            d->user = "v" + home.areaCode.toLatin1();
            if (!helpers.contains(home.areaCode)) {
                helpers.insert(home.areaCode);
                server(data,
                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), QString::fromLatin1(d->user),
                        QStringLiteral("--name"), QStringLiteral("村协理员"), QStringLiteral("--role"), QStringLiteral("village"),
                        QStringLiteral("--area"), home.areaCode},
                       kPassword.toUtf8());
            }
            const QString c = code();
            // The device's own enrolment and sign-in, as a laptop would do them.
            QNetworkAccessManager &nam = *d->nam;
            auto call = [&](const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers) {
                QNetworkRequest r(QUrl(url + path));
                r.setRawHeader("X-Doudi-Protocol", QByteArray::number(protocol::kVersion));
                r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                for (const auto &h : headers)
                    r.setRawHeader(h.first, h.second);
                QNetworkReply *reply = nam.post(r, QJsonDocument(body).toJson());
                QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                                 [reply](const QList<QSslError> &e) { reply->ignoreSslErrors(e); });
                QEventLoop loop;
                QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
                QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                return o;
            };
            const QJsonObject e =
                call(QStringLiteral("/v1/enrol"), protocol::EnrolRequest{c, QStringLiteral("sim")}.toJson(), {});
            d->deviceId = e.value(QStringLiteral("device_id")).toString().toLatin1();
            d->credential = e.value(QStringLiteral("credential")).toString().toLatin1();
            const QJsonObject s =
                call(QStringLiteral("/v1/signin"), protocol::SignInRequest{QString::fromLatin1(d->user), kPassword}.toJson(),
                     {{"Authorization", "Doudi-Device " + d->deviceId + ':' + d->credential}});
            d->token = s.value(QStringLiteral("token")).toString().toLatin1();
            d->cursor = cursor; // incremental syncs: nothing old to page through
            d->wire = std::make_unique<Wire>(QStringLiteral("127.0.0.1"), quint16(port), fingerprint);
            if (!d->wire->open()) {
                err << "connecting failed\n";
                return 1;
            }
            devices << d.get();
            owned.push_back(std::move(d));
        }
    }
    out.insert(QStringLiteral("devices"), deviceCount);
    out.insert(QStringLiteral("villages"), int(helpers.size()));
    out.insert(QStringLiteral("server_processes"), processes.toInt());
    out.insert(QStringLiteral("spread_s"), spreadS);
    const QString other = qEnvironmentVariable("DOUDI_BENCH_COMPARE");
    if (other.isEmpty()) {
        describe(out, burst(devices, rounds, spreadS, data));
        stopServe(*serve);
    } else {
        // Another build of the server (its path), on the same data and devices: bursts of this
        // build and of that one in turn, DOUDI_BENCH_REPEAT times (3), each serve started anew,
        // so that a shared machine's slow spells fall on both alike.
        const int repeat =
            qEnvironmentVariableIsSet("DOUDI_BENCH_REPEAT") ? qEnvironmentVariableIntValue("DOUDI_BENCH_REPEAT") : 3;
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
        stopServe(*serve);
        Burst sums[2];
        const QString binaries[2] = {QStringLiteral(DOUDI_SERVER_PATH), other};
        for (int i = 0; i < repeat; ++i) {
            for (int which = 0; which < 2; ++which) {
                auto [again, started] = startServe(binaries[which], data, listen, processes);
                if (started.value(QStringLiteral("port")).toInt() != port) {
                    err << "serve did not start again on port " << port << '\n';
                    return 1;
                }
                for (Device *d : std::as_const(devices)) {
                    d->wire = std::make_unique<Wire>(QStringLiteral("127.0.0.1"), quint16(port), fingerprint);
                    if (!d->wire->open()) {
                        err << "connecting failed\n";
                        return 1;
                    }
                }
                add(sums[which], burst(devices, rounds, spreadS, data));
                stopServe(*again);
            }
        }
        describe(out, sums[0]);
        QJsonObject otherOut{{QStringLiteral("server"), other}, {QStringLiteral("bursts"), repeat}};
        describe(otherOut, sums[1]);
        out.insert(QStringLiteral("bursts"), repeat);
        out.insert(QStringLiteral("compared_with"), otherOut);
    }
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
