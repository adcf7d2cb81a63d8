#include "server/apiserver.h"
#include "server/commands.h"
#include "server/durability.h"
#include "server/embeddedpostgres.h"
#include "server/signalwatcher.h"
#include "server/tlsidentity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace doudi::server {

using namespace doudi::core;

namespace {

Result<std::pair<QHostAddress, quint16>> listenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? text.left(colon) : QString());
    if (!portOk || port > 65535 || address.isNull())
        return Error(ErrorCode::InvalidInput, tr("--listen must be an address and a port, e.g. 127.0.0.1:8443."));
    return std::make_pair(address, quint16(port));
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addOption({QStringLiteral("listen"), tr("Address and port to listen on (default 127.0.0.1:8443; port 0 picks one)."),
                 QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")});
    p.addOption({QStringLiteral("bench-counters"),
                 tr("Benchmarks only: count the requests served (GET /_bench/stats, POST /_bench/reset).")});
    p.addOption({QStringLiteral("processes"),
                 tr("Serve with this many processes on the one port (the kernel spreads connections over them; "
                    "each has its own database connections). Default 1; one per CPU core serves most."),
                 QStringLiteral("n"), QStringLiteral("1")});
    // Internal: one of the processes started by --processes (the first one runs the database).
    QCommandLineOption worker(QStringLiteral("worker"));
    worker.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(worker);
    if (int rc = cli::parse(p, args, tr("Runs the server until SIGTERM or Ctrl+C. Prints one JSON line when it is ready."));
        rc >= 0)
        return rc;
    Result<std::pair<QHostAddress, quint16>> address = listenAddress(p.value(QStringLiteral("listen")));
    if (!address)
        return cli::fail(address.error());
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    Result<ServerFolder::Settings> settings = folder->load();
    if (!settings)
        return cli::fail(settings.error());
    Result<TlsIdentity> tls = TlsIdentity::load(folder->certificateFile(), folder->keyFile());
    if (!tls)
        return cli::fail(tls.error());
    Result<ServerStore::Connection> connection = connectionFor(*folder, *settings);
    if (!connection)
        return cli::fail(connection.error());
    const bool isWorker = p.isSet(worker);
    bool countOk = false;
    const int processes = p.value(QStringLiteral("processes")).toInt(&countOk);
    if (!countOk || processes < 1 || processes > 64)
        return cli::fail(Error(ErrorCode::InvalidInput, tr("--processes must be a number from 1 to 64.")));
    if (isWorker) {
        // A worker goes with the process that started it.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() == 1)
            return cli::Failure;
    }

    // One serve per data folder: a second one would stop the private cluster under the first
    // when it ends. (The processes of --processes are one serve.)
    QLockFile serving(folder->path() + QStringLiteral("/serve.lock"));
    if (!isWorker && !serving.tryLock(0))
        return cli::fail(
            Error(ErrorCode::Busy, tr("This server is already running (another serve uses %1).").arg(folder->path())));

    EmbeddedPostgres cluster(*folder);
    const bool startCluster = !isWorker && settings->embedded() && !cluster.isRunning();
    if (startCluster) {
        if (Status st = cluster.start(); !st)
            return cli::fail(st.error());
    }
    int rc = cli::Ok;
    {
        Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*connection);
        Durability durability(*connection);
        const Status durable = store ? durability.start() : Status();
        if (!store || !durable) {
            rc = cli::fail(store ? durable.error() : store.error());
        } else {
            ApiServer api(**store, durability, settings->county);
            if (p.isSet(QStringLiteral("bench-counters")))
                api.enableBenchCounters();
            Result<quint16> port = api.listen(address->first, address->second, *tls, isWorker || processes > 1);
            std::vector<std::unique_ptr<QProcess>> workers;
            if (port && !isWorker) {
                for (int i = 1; i < processes && port; ++i) {
                    auto w = std::make_unique<QProcess>();
                    w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                    QStringList workerArgs{QStringLiteral("serve"),
                                           QStringLiteral("--data"),
                                           folder->path(),
                                           QStringLiteral("--listen"),
                                           QStringLiteral("%1:%2").arg(address->first.toString()).arg(*port),
                                           QStringLiteral("--worker")};
                    if (p.isSet(QStringLiteral("bench-counters")))
                        workerArgs << QStringLiteral("--bench-counters");
                    w->start(QCoreApplication::applicationFilePath(), workerArgs);
                    if (!w->waitForReadyRead(60000))
                        port = Error(ErrorCode::Busy, tr("A serve process did not start."));
                    workers.push_back(std::move(w));
                }
            }
            if (!port) {
                rc = cli::fail(port.error());
            } else {
                SignalWatcher signals;
                QObject::connect(&signals, &SignalWatcher::stopRequested, qApp, [] { QCoreApplication::exit(0); });
                // One line, so that scripts and tests can read where the server is.
                QTextStream(stdout) << QJsonDocument(
                                           QJsonObject{{QStringLiteral("listening"),
                                                        QStringLiteral("%1:%2").arg(address->first.toString()).arg(*port)},
                                                       {QStringLiteral("port"), int(*port)},
                                                       {QStringLiteral("county"), settings->county},
                                                       {QStringLiteral("processes"), isWorker ? 1 : processes},
                                                       {QStringLiteral("fingerprint"), tls->fingerprint()}})
                                           .toJson(QJsonDocument::Compact)
                                    << Qt::endl;
                rc = QCoreApplication::exec();
            }
            for (auto &w : workers) {
                w->terminate();
                if (!w->waitForFinished(30000))
                    w->kill();
            }
        }
    }
    if (startCluster) {
        if (Status st = cluster.stop(); !st)
            return cli::fail(st.error());
    }
    return rc;
}

} // namespace doudi::server
