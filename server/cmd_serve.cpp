#include "server/apiserver.h"
#include "server/commands.h"
#include "server/embeddedpostgres.h"
#include "server/signalwatcher.h"
#include "server/tlsidentity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
    if (int rc = cli::parse(p, args, tr("Runs the server until SIGTERM or Ctrl+C. Prints one JSON line when it is ready.")); rc >= 0)
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

    EmbeddedPostgres cluster(*folder);
    const bool startCluster = settings->embedded() && !cluster.isRunning();
    if (startCluster) {
        if (Status st = cluster.start(); !st)
            return cli::fail(st.error());
    }
    int rc = cli::Ok;
    {
        Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*connection);
        if (!store) {
            rc = cli::fail(store.error());
        } else {
            ApiServer api(**store, settings->county);
            if (p.isSet(QStringLiteral("bench-counters")))
                api.enableBenchCounters();
            Result<quint16> port = api.listen(address->first, address->second, *tls);
            if (!port) {
                rc = cli::fail(port.error());
            } else {
                SignalWatcher signals;
                QObject::connect(&signals, &SignalWatcher::stopRequested, qApp, [] { QCoreApplication::exit(0); });
                // One line, so that scripts and tests can read where the server is.
                QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("listening"), QStringLiteral("%1:%2").arg(address->first.toString()).arg(*port)},
                                                                 {QStringLiteral("port"), int(*port)},
                                                                 {QStringLiteral("county"), settings->county},
                                                                 {QStringLiteral("fingerprint"), tls->fingerprint()}})
                                           .toJson(QJsonDocument::Compact)
                                    << Qt::endl;
                rc = QCoreApplication::exec();
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
