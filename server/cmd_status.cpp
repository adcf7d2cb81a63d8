#include "server/commands.h"
#include "server/embeddedpostgres.h"
#include "server/tlsidentity.h"

#include <QDir>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

int runStatus(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    if (int rc = cli::parse(p, args, tr("Reports on a server's folder and database; changes nothing.")); rc >= 0)
        return rc;
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    Result<ServerFolder::Settings> settings = folder->load();
    if (!settings)
        return cli::fail(settings.error());
    QJsonObject out{{QStringLiteral("data"), QDir(folder->path()).absolutePath()}, {QStringLiteral("county"), settings->county}};
    if (Result<TlsIdentity> tls = TlsIdentity::load(folder->certificateFile(), folder->keyFile()); tls) {
        out.insert(QStringLiteral("fingerprint"), tls->fingerprint());
        out.insert(QStringLiteral("certificate_expires"), tls->certificate().expiryDate().toString(Qt::ISODate));
    }
    // The private cluster runs only while serve does; status never starts it.
    const bool running = !settings->embedded() || EmbeddedPostgres(*folder).isRunning();
    out.insert(QStringLiteral("database"), settings->embedded() ? QStringLiteral("private cluster") : QStringLiteral("external"));
    out.insert(QStringLiteral("database_running"), running);
    if (running) {
        Result<ServerStore::Connection> connection = connectionFor(*folder, *settings);
        Result<std::unique_ptr<ServerStore>> store =
            connection ? ServerStore::open(*connection) : Result<std::unique_ptr<ServerStore>>(connection.error());
        if (!store)
            return cli::fail(store.error());
        out.insert(QStringLiteral("schema_version"), (*store)->schemaVersion());
        for (const char *table : {"users", "devices"}) {
            Result<StoreQuery> q = (*store)->exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            if (q && q->next())
                out.insert(QLatin1String(table), q->value(0).toInt());
        }
        // What the laptops receive: the newest policy and area list the county published.
        Result<StoreQuery> q = (*store)->exec(QStringLiteral("SELECT kind, max(version) FROM county_data GROUP BY kind"));
        out.insert(QStringLiteral("policy_version"), 0);
        out.insert(QStringLiteral("areas_version"), 0);
        while (q && q->next())
            out.insert(q->value(0).toString() + QStringLiteral("_version"), q->value(1).toInt());
    }
    return cli::printJson(out);
}

} // namespace doudi::server
