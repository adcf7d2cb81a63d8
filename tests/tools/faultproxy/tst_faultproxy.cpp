// doudi-faultproxy between a client and a target of the test's own: what passes, what is
// reset or truncated, that a seed replays its faults, that "off" stops them, and that delays
// and the bandwidth are applied. The client is a plain non-blocking socket, since only errno
// tells a reset (ECONNRESET) from a clean end (EOF); QTcpSocket reports both alike. The target
// runs on this process's event loop, which the client's loop keeps turning.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kWindow = 65536; // the proxy's default reset and truncation windows

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// The target. Echoes what it reads, unless a connection starts with "GET /bytes/N": then,
// like an HTTP server, it answers N bytes and closes (the target closes first, as in sync).
class Target : public QObject
{
public:
    static QByteArray response(qint64 size)
    {
        return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\nConnection: close\r\n\r\n" +
               randomBytes(size, 7);
    }

    Target()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [s] { serve(s); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static void serve(QTcpSocket *s)
    {
        if (s->property("http").toBool())
            return void(s->readAll());
        if (!s->property("echo").toBool()) {
            if (s->bytesAvailable() < 4)
                return;
            if (!s->peek(4).startsWith("GET ")) {
                s->setProperty("echo", true);
            } else {
                if (!s->canReadLine())
                    return;
                const QByteArray line = s->readLine().trimmed();
                s->setProperty("http", true);
                s->write(response(line.mid(int(qstrlen("GET /bytes/"))).toLongLong()));
                s->disconnectFromHost();
                return;
            }
        }
        s->write(s->readAll());
    }

    QTcpServer m_server;
};

// What a client saw of one connection.
struct Outcome
{
    QByteArray received;
    qint64 sent = 0;
    bool eof = false;   // recv() gave 0
    bool reset = false; // ECONNRESET or EPIPE
    bool timedOut = false;
    qint64 ms = 0;

    QString describe() const
    {
        return QStringLiteral("%1 bytes, %2")
            .arg(received.size())
            .arg(reset      ? QStringLiteral("reset")
                 : eof      ? QStringLiteral("eof")
                 : timedOut ? QStringLiteral("timed out")
                            : QStringLiteral("done"));
    }
};

// A connected client socket, non-blocking, or -1.
int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd == -1 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (fd != -1)
            ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

// Sends `data` on `fd` while reading, and stops once `expect` bytes have come (-1: at EOF),
// at a reset, or after `timeoutMs`.
Outcome talk(int fd, const QByteArray &data, qint64 expect, int timeoutMs = 15000)
{
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    if (fd == -1) {
        o.reset = true;
        return o;
    }
    char buffer[64 * 1024];
    while (!(expect >= 0 && o.received.size() >= expect)) {
        if (clock.elapsed() > timeoutMs) {
            o.timedOut = true;
            break;
        }
        pollfd p{fd, short(POLLIN | (o.sent < data.size() ? POLLOUT : 0)), 0};
        ::poll(&p, 1, 2);
        if (p.revents & (POLLIN | POLLERR | POLLHUP)) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                o.received.append(buffer, n);
            } else if (n == 0) {
                o.eof = true;
                break;
            } else if (errno != EAGAIN && errno != EINTR) {
                o.reset = true;
                break;
            }
        }
        if (p.revents & POLLOUT) {
            const ssize_t n =
                ::send(fd, data.constData() + o.sent, size_t(std::min<qint64>(data.size() - o.sent, 65536)), MSG_NOSIGNAL);
            if (n > 0) {
                o.sent += n;
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                o.reset = true;
                break;
            }
        }
        // The target lives on this loop.
        QCoreApplication::processEvents();
    }
    o.ms = clock.elapsed();
    return o;
}

// One connection: connect, talk, close.
Outcome exchange(quint16 port, const QByteArray &data, qint64 expect, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    const int fd = connectTo(port);
    Outcome o = talk(fd, data, expect, timeoutMs);
    if (fd != -1)
        ::close(fd);
    o.ms = clock.elapsed();
    return o;
}

// One doudi-faultproxy process.
class Proxy
{
public:
    ~Proxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts it in front of `target` and reads its first line.
    bool start(quint16 target, const QStringList &options)
    {
        m_process.start(qEnvironmentVariable("DOUDI_FAULTPROXY"),
                        QStringList{QStringLiteral("--target"), QString::number(target)} + options);
        const QJsonObject hello = readLine();
        m_port = quint16(hello.value(QLatin1String("listening")).toInt());
        if (m_port == 0 || hello.value(QLatin1String("target")).toInt() != target)
            return false;
        return true;
    }
    quint16 port() const { return m_port; }

    // A command on stdin; "stats" answers with the counters.
    void send(const QByteArray &command) { m_process.write(command + '\n'); }
    QJsonObject stats()
    {
        send("stats");
        return readLine();
    }
    // "off" or "on", taken in before this returns: the stats line comes after it.
    void switchFaults(const QByteArray &onOff)
    {
        send(onOff);
        stats();
    }

    // SIGTERM; the last counters, and the exit.
    QJsonObject stop(int *exitCode)
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        *exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        const QList<QByteArray> lines = m_process.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
    // With --log-faults: the fault lines so far.
    QList<QByteArray> faultLog()
    {
        m_log += m_process.readAllStandardError();
        QList<QByteArray> lines;
        for (const QByteArray &line : m_log.split('\n'))
            if (line.startsWith("{\"connection\""))
                lines.append(line);
        return lines;
    }

private:
    QJsonObject readLine()
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 10000 && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

qint64 counter(const QJsonObject &o, const char *name)
{
    return qint64(o.value(QLatin1String(name)).toDouble(-1));
}

bool isPrefix(const QByteArray &part, const QByteArray &whole)
{
    return whole.startsWith(part);
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT
    Target m_target;
    const QByteArray m_mib = randomBytes(kMiB, 1);

    QByteArray get(qint64 size) const { return "GET /bytes/" + QByteArray::number(size) + '\n'; }

private Q_SLOTS:
    void initTestCase()
    {
        const QString proxy = qEnvironmentVariable("DOUDI_FAULTPROXY");
        QVERIFY2(QFileInfo(proxy).isExecutable(), "DOUDI_FAULTPROXY must name doudi-faultproxy (ctest sets it)");
        QVERIFY(m_target.port() != 0);
    }

    void passesIntactWithoutFaults()
    {
        Proxy proxy;
        QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--seed"), QStringLiteral("5")}));
        const Outcome echo = exchange(proxy.port(), m_mib, m_mib.size());
        QCOMPARE(echo.received.size(), m_mib.size());
        QVERIFY(echo.received == m_mib);
        const QByteArray expected = Target::response(kMiB);
        const Outcome reply = exchange(proxy.port(), get(kMiB), -1);
        QVERIFY2(reply.eof && !reply.reset, qPrintable(reply.describe()));
        QVERIFY(reply.received == expected);
        int exitCode = -1;
        const QJsonObject counters = proxy.stop(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(counter(counters, "connections"), 2);
        QCOMPARE(counter(counters, "resets"), 0);
        QCOMPARE(counter(counters, "truncations"), 0);
        QCOMPARE(counter(counters, "bytes_up"), kMiB + get(kMiB).size());
        QCOMPARE(counter(counters, "bytes_down"), kMiB + expected.size());
    }

    void resetsEveryConnection()
    {
        Proxy proxy;
        QVERIFY(
            proxy.start(m_target.port(), {QStringLiteral("--reset-rate"), QStringLiteral("1"), QStringLiteral("--log-faults")}));
        for (int i = 0; i < 4; ++i) {
            const Outcome o = exchange(proxy.port(), m_mib, m_mib.size());
            QVERIFY2(o.reset, qPrintable(o.describe()));
            QVERIFY(o.received.size() < kWindow);
            QVERIFY(isPrefix(o.received, m_mib));
        }
        int exitCode = -1;
        const QJsonObject counters = proxy.stop(&exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(counter(counters, "connections"), 4);
        QCOMPARE(counter(counters, "resets"), 4);
        QCOMPARE(counter(counters, "truncations"), 0);
        const QList<QByteArray> log = proxy.faultLog();
        QCOMPARE(log.size(), 4);
        for (const QByteArray &line : log) {
            const QJsonObject fault = QJsonDocument::fromJson(line).object();
            QCOMPARE(fault.value(QLatin1String("fault")).toString(), QStringLiteral("reset"));
            QVERIFY(counter(fault, "offset") >= 0 && counter(fault, "offset") < kWindow);
        }
    }

    void truncatesReplies()
    {
        Proxy proxy;
        QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--truncate-rate"), QStringLiteral("1")}));
        const QByteArray expected = Target::response(kMiB);
        for (int i = 0; i < 3; ++i) {
            const Outcome o = exchange(proxy.port(), get(kMiB), -1);
            QVERIFY2(o.eof && !o.reset, qPrintable(o.describe()));
            QVERIFY(o.received.size() < kWindow);
            QVERIFY(isPrefix(o.received, expected));
        }
        // The client still sending when its replies end gets EOF as well, not a reset.
        const Outcome echo = exchange(proxy.port(), m_mib, m_mib.size());
        QVERIFY2(echo.eof && !echo.reset, qPrintable(echo.describe()));
        QVERIFY(echo.received.size() < kWindow && isPrefix(echo.received, m_mib));
        QCOMPARE(counter(proxy.stats(), "truncations"), 4);
        QCOMPARE(counter(proxy.stats(), "resets"), 0);
    }

    void seedReplaysFaults()
    {
        // Half the connections reset, a quarter truncated: the client's view and the proxy's
        // log of a run, per seed.
        const QByteArray payload = m_mib.left(256 * 1024);
        const auto run = [&](const QString &seed, QStringList *seen) {
            Proxy proxy;
            QVERIFY(proxy.start(m_target.port(),
                                {QStringLiteral("--seed"), seed, QStringLiteral("--reset-rate"), QStringLiteral("0.5"),
                                 QStringLiteral("--truncate-rate"), QStringLiteral("0.5"), QStringLiteral("--log-faults")}));
            for (int i = 0; i < 8; ++i) {
                const Outcome o = exchange(proxy.port(), payload, payload.size());
                // A truncation's offset is exact at the client; a reset's is not (RST drops
                // what the proxy's kernel still held).
                seen->append(o.reset ? QStringLiteral("reset")
                             : o.eof ? QStringLiteral("eof %1").arg(o.received.size())
                                     : QStringLiteral("intact %1").arg(o.received.size()));
            }
            int exitCode = -1;
            proxy.stop(&exitCode);
            for (const QByteArray &line : proxy.faultLog())
                seen->append(QString::fromUtf8(line));
        };
        QStringList first, second, other;
        run(QStringLiteral("42"), &first);
        run(QStringLiteral("42"), &second);
        run(QStringLiteral("43"), &other);
        QCOMPARE(second, first);
        QVERIFY(first.size() > 8); // some faults fired
        QVERIFY(other != first);
    }

    void offStopsFaults()
    {
        Proxy proxy;
        QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--reset-rate"), QStringLiteral("1")}));
        QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).reset);
        proxy.switchFaults("off");
        for (int i = 0; i < 3; ++i) {
            const Outcome o = exchange(proxy.port(), m_mib, m_mib.size());
            QVERIFY2(o.received == m_mib, qPrintable(o.describe()));
        }
        proxy.switchFaults("on");
        QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).reset);
        const QJsonObject counters = proxy.stats();
        QCOMPARE(counter(counters, "connections"), 5);
        QCOMPARE(counter(counters, "resets"), 2);
    }

    void offDisarmsOpenConnections()
    {
        // A kept-alive connection planned with a fault, then "off": the fault never fires.
        // Offsets fall in 16 MiB; the first kilobyte is well before this seed's offset.
        Proxy proxy;
        QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--reset-rate"), QStringLiteral("1"),
                                              QStringLiteral("--reset-window"), QString::number(16 * kMiB)}));
        const int fd = connectTo(proxy.port());
        const Outcome before = talk(fd, m_mib.left(1024), 1024);
        QVERIFY2(before.received == m_mib.left(1024), qPrintable(before.describe()));
        proxy.switchFaults("off");
        QByteArray big;
        for (int i = 0; i < 17; ++i)
            big += m_mib;
        const Outcome after = talk(fd, big, big.size(), 30000);
        ::close(fd);
        QVERIFY2(after.received == big, qPrintable(after.describe()));
        QCOMPARE(counter(proxy.stats(), "resets"), 0);
    }

    void maxConnectionsEndsFaults()
    {
        Proxy proxy;
        QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--reset-rate"), QStringLiteral("1"),
                                              QStringLiteral("--max-connections"), QStringLiteral("2")}));
        QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).reset);
        QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).reset);
        QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).received == m_mib);
        QCOMPARE(counter(proxy.stats(), "resets"), 2);
    }

    void delaysAndBandwidth()
    {
        // Bounds are loose on purpose: only that the delay is there, never how exact it is.
        {
            Proxy proxy;
            QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--delay-ms"), QStringLiteral("100:150")}));
            const Outcome o = exchange(proxy.port(), m_mib.left(1000), 1000);
            QVERIFY(o.received == m_mib.left(1000));
            // One delay up and one down: at least 200 ms.
            QVERIFY2(o.ms >= 150, qPrintable(QString::number(o.ms)));
        }
        {
            // Delays drawn per chunk must not reorder a direction.
            Proxy proxy;
            QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--delay-ms"), QStringLiteral("0:50")}));
            QVERIFY(exchange(proxy.port(), m_mib, m_mib.size()).received == m_mib);
        }
        {
            // 128 KiB each way at 256 KiB/s: about half a second.
            Proxy proxy;
            QVERIFY(proxy.start(m_target.port(), {QStringLiteral("--bandwidth"), QStringLiteral("262144")}));
            const QByteArray payload = m_mib.left(128 * 1024);
            const Outcome o = exchange(proxy.port(), payload, payload.size());
            QVERIFY(o.received == payload);
            QVERIFY2(o.ms >= 300, qPrintable(QString::number(o.ms)));
        }
    }

    void unreachableTargetResetsClient()
    {
        quint16 closed = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            closed = s.serverPort();
        }
        Proxy proxy;
        QVERIFY(proxy.start(closed, {}));
        const Outcome o = exchange(proxy.port(), "hello", -1);
        QVERIFY2(o.reset && o.received.isEmpty(), qPrintable(o.describe()));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        const QString target = QStringLiteral("--target");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("no target") << QStringList{} << 2;
        QTest::newRow("unknown option") << QStringList{target, QStringLiteral("1"), QStringLiteral("--bogus")} << 2;
        QTest::newRow("rate above 1") << QStringList{target, QStringLiteral("1"), QStringLiteral("--reset-rate"),
                                                     QStringLiteral("2")}
                                      << 2;
        QTest::newRow("remote target") << QStringList{target, QStringLiteral("10.0.0.1:80")} << 2;
        QTest::newRow("named target") << QStringList{target, QStringLiteral("example.org:80")} << 2;
        QTest::newRow("delay min above max")
            << QStringList{target, QStringLiteral("1"), QStringLiteral("--delay-ms"), QStringLiteral("5:1")} << 2;
        QTest::newRow("window 0") << QStringList{target, QStringLiteral("1"), QStringLiteral("--reset-window"),
                                                 QStringLiteral("0")}
                                  << 2;
        QTest::newRow("stray argument") << QStringList{target, QStringLiteral("1"), QStringLiteral("extra")} << 2;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QProcess p;
        p.start(qEnvironmentVariable("DOUDI_FAULTPROXY"), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), exit);
        if (exit == 0) {
            const QByteArray help = p.readAllStandardOutput();
            for (const char *option : {"--target", "--listen", "--seed", "--reset-rate", "--reset-window", "--truncate-rate",
                                       "--delay-ms", "--bandwidth", "--max-connections", "stats"})
                QVERIFY2(help.contains(option), option);
        } else {
            QVERIFY(p.readAllStandardOutput().isEmpty());
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
