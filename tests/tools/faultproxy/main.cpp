// doudi-faultproxy: a seeded TCP fault proxy for the sync tests. It forwards connections
// from 127.0.0.1 to a loopback target and resets, truncates, delays and throttles them as a
// seeded generator decides, so a failing run can be replayed with the same seed.
#include "control.h"
#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>
#include <optional>

using namespace faultproxy;

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

const char *const kDescription = "Forwards every connection made to 127.0.0.1:PORT to a loopback target, and injects faults\n"
                                 "drawn from a generator seeded with --seed: connection N's faults depend only on the seed\n"
                                 "and N, so the same seed and the same traffic give the same faults.\n"
                                 "\n"
                                 "Faults (at most one per connection; a reset wins over a truncation):\n"
                                 "  reset     both sides aborted with RST once a random offset in [0, --reset-window) of a\n"
                                 "            random direction has been forwarded and more follows.\n"
                                 "  truncate  the target->client direction ends, cleanly (EOF), once a random offset in\n"
                                 "            [0, --truncate-window) has been forwarded and more follows; the target is\n"
                                 "            dropped, what the client still sends is read and dropped.\n"
                                 "Delays and --bandwidth apply to every chunk of both directions, order kept.\n"
                                 "\n"
                                 "Standard output: at start one line {\"listening\": PORT, \"target\": TPORT, \"seed\": N};\n"
                                 "on SIGTERM or SIGINT one counters line, then exit 0:\n"
                                 "  {\"connections\": N, \"resets\": N, \"truncations\": N, \"bytes_up\": N, \"bytes_down\": "
                                 "N}\n"
                                 "(bytes_up: written to the target, bytes_down: written to clients).\n"
                                 "Standard input, one command a line:\n"
                                 "  stats  print the counters line\n"
                                 "  off    no more faults: none for new connections, none still to fire on open ones\n"
                                 "         (delays and bandwidth stay)\n"
                                 "  on     new connections draw faults again\n"
                                 "With --log-faults, each fault as it fires is a line on standard error:\n"
                                 "  {\"connection\": N, \"fault\": \"reset\"|\"truncate\", \"direction\": \"up\"|\"down\", "
                                 "\"offset\": N}\n"
                                 "\n"
                                 "Exit: 0 done, 1 cannot listen, 2 wrong usage.";

struct Options
{
    Settings settings;
    quint16 listenPort = 0;
    QHostAddress target;
    quint16 targetPort = 0;
    bool logFaults = false;
};

std::optional<qint64> integerIn(const QString &text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < low || n > high)
        return std::nullopt;
    return n;
}

std::optional<double> rate(const QString &text)
{
    bool ok = false;
    const double r = text.toDouble(&ok);
    if (!ok || !(r >= 0 && r <= 1))
        return std::nullopt;
    return r;
}

// [HOST:]PORT with HOST a loopback address: 127.0.0.0/8, [::1], ::1 or localhost. localhost
// is taken as 127.0.0.1 rather than looked up, so no name service is involved.
bool parseTarget(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon == -1 ? QStringLiteral("127.0.0.1") : text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const std::optional<qint64> p = integerIn(text.mid(colon + 1), 1, 65535);
    if (!p || !address->setAddress(host) || !address->isLoopback())
        return false;
    *port = quint16(*p);
    return true;
}

// MIN:MAX, or N for N:N.
bool parseDelay(const QString &text, int *low, int *high)
{
    constexpr qint64 kMaxDelayMs = 600000;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    const std::optional<qint64> a = integerIn(parts.first(), 0, kMaxDelayMs);
    const std::optional<qint64> b = integerIn(parts.last(), 0, kMaxDelayMs);
    if (!a || !b || *a > *b)
        return false;
    *low = int(*a);
    *high = int(*b);
    return true;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "doudi-faultproxy: " << message << "\nTry doudi-faultproxy --help.\n";
    return kExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    Control::holdTerminationSignals();
    // A test that stops reading stdout must not kill the proxy mid-run with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doudi-faultproxy"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Forward to [HOST:]PORT; HOST must be loopback (default 127.0.0.1)."),
                                    QStringLiteral("[HOST:]PORT"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Listen on 127.0.0.1:PORT; 0 picks a free port (default)."),
                                    QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed, 0 to 4294967295 (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption resetRate(QStringLiteral("reset-rate"),
                                       QStringLiteral("Probability (0..1) that a connection is reset (default 0)."),
                                       QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption resetWindow(QStringLiteral("reset-window"),
                                         QStringLiteral("A reset falls within this many bytes of its direction (default 65536)."),
                                         QStringLiteral("BYTES"), QStringLiteral("65536"));
    const QCommandLineOption truncateRate(QStringLiteral("truncate-rate"),
                                          QStringLiteral("Probability (0..1) that a connection's target->client direction is "
                                                         "truncated (default 0)."),
                                          QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption truncateWindow(QStringLiteral("truncate-window"),
                                            QStringLiteral("A truncation falls within this many bytes (default 65536)."),
                                            QStringLiteral("BYTES"), QStringLiteral("65536"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("Delay every forwarded chunk by MIN to MAX ms (default 0:0)."),
                                   QStringLiteral("MIN:MAX"), QStringLiteral("0:0"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"),
                                       QStringLiteral("At most this many bytes a second per direction of a connection; 0: "
                                                      "unlimited (default)."),
                                       QStringLiteral("BYTES_PER_SEC"), QStringLiteral("0"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Faults only for the first N connections (default: all)."),
                                            QStringLiteral("N"));
    const QCommandLineOption logFaults(QStringLiteral("log-faults"),
                                       QStringLiteral("Print each fault as it fires on standard error."));
    parser.addOptions({target, listen, seed, resetRate, resetWindow, truncateRate, truncateWindow, delay, bandwidth,
                       maxConnections, logFaults});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    // addHelpOption() adds --help-all as well; this program has no Qt options to add to it.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst());

    Options o;
    if (!parser.isSet(target))
        return usageError(QStringLiteral("--target is required"));
    if (!parseTarget(parser.value(target), &o.target, &o.targetPort))
        return usageError(QStringLiteral("--target must be [HOST:]PORT on a loopback address, not ") + parser.value(target));
    const auto listenPort = integerIn(parser.value(listen), 0, 65535);
    if (!listenPort)
        return usageError(QStringLiteral("--listen must be a port number, 0 to 65535"));
    o.listenPort = quint16(*listenPort);
    const auto seedValue = integerIn(parser.value(seed), 0, 0xffffffffLL);
    if (!seedValue)
        return usageError(QStringLiteral("--seed must be an integer, 0 to 4294967295"));
    o.settings.seed = quint32(*seedValue);
    const auto reset = rate(parser.value(resetRate));
    const auto truncate = rate(parser.value(truncateRate));
    if (!reset || !truncate)
        return usageError(QStringLiteral("--reset-rate and --truncate-rate must be numbers from 0 to 1"));
    o.settings.resetRate = *reset;
    o.settings.truncateRate = *truncate;
    const auto resetBytes = integerIn(parser.value(resetWindow), 1, std::numeric_limits<qint64>::max());
    const auto truncateBytes = integerIn(parser.value(truncateWindow), 1, std::numeric_limits<qint64>::max());
    if (!resetBytes || !truncateBytes)
        return usageError(QStringLiteral("--reset-window and --truncate-window must be positive byte counts"));
    o.settings.resetWindow = *resetBytes;
    o.settings.truncateWindow = *truncateBytes;
    if (!parseDelay(parser.value(delay), &o.settings.delayMinMs, &o.settings.delayMaxMs))
        return usageError(QStringLiteral("--delay-ms must be MIN:MAX in ms, 0 <= MIN <= MAX <= 600000"));
    const auto bytesPerSecond = integerIn(parser.value(bandwidth), 0, std::numeric_limits<qint64>::max());
    if (!bytesPerSecond)
        return usageError(QStringLiteral("--bandwidth must be a byte count, 0 for unlimited"));
    o.settings.bandwidth = *bytesPerSecond;
    if (parser.isSet(maxConnections)) {
        const auto n = integerIn(parser.value(maxConnections), 0, std::numeric_limits<qint64>::max());
        if (!n)
            return usageError(QStringLiteral("--max-connections must be a count, 0 or more"));
        o.settings.maxConnections = *n;
    }
    o.logFaults = parser.isSet(logFaults);

    FaultProxy proxy(o.settings, o.target, o.targetPort, o.logFaults);
    Control control;
    if (!control.start()) {
        QTextStream(stderr) << "doudi-faultproxy: no signalfd: " << QString::fromLocal8Bit(strerror(errno)) << '\n';
        return kExitFailed;
    }
    if (!proxy.listen(o.listenPort)) {
        QTextStream(stderr) << "doudi-faultproxy: cannot listen on 127.0.0.1:" << o.listenPort << ": " << proxy.errorString()
                            << '\n';
        return kExitFailed;
    }
    QObject::connect(&control, &Control::terminationRequested, &app, [&] {
        printLine(stdout, proxy.countersLine());
        QCoreApplication::exit(0);
    });
    QObject::connect(&control, &Control::command, &app, [&](const QByteArray &line) {
        if (line == "stats")
            printLine(stdout, proxy.countersLine());
        else if (line == "off" || line == "on")
            proxy.setInjecting(line == "on");
        else
            printLine(stderr, "doudi-faultproxy: unknown command (stats, off, on): " + line);
    });
    printLine(stdout, "{\"listening\": " + QByteArray::number(proxy.port()) + ", \"target\": " +
                          QByteArray::number(o.targetPort) + ", \"seed\": " + QByteArray::number(o.settings.seed) + '}');
    return app.exec();
}
