#include "server/commands.h"
#include "server/embeddedpostgres.h"
#include "server/tlsidentity.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>

namespace doudi::server {

using namespace doudi::core;

namespace {

Status initialise(const ServerFolder &folder, const ServerFolder::Settings &settings, QJsonObject &out)
{
    const bool embedded = settings.embedded();
    if (Status st = folder.create(settings, embedded && EmbeddedPostgres::runsAsOtherUser()); !st)
        return st;
    if (Status st = TlsIdentity::create(folder.certificateFile(), folder.keyFile(),
                                        QStringLiteral("Doudi county server %1").arg(settings.county));
        !st)
        return st;
    Result<TlsIdentity> tls = TlsIdentity::load(folder.certificateFile(), folder.keyFile());
    if (!tls)
        return tls.error();
    EmbeddedPostgres cluster(folder);
    if (embedded) {
        if (Status st = cluster.init(); !st)
            return st;
    }
    Result<ServerStore::Connection> connection = connectionFor(folder, settings);
    Status st = connection ? Status() : Status(connection.error());
    if (st) {
        Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*connection);
        if (!store) {
            st = store.error();
        } else {
            Result<StoreQuery> meta = (*store)->exec(QStringLiteral("INSERT INTO server_meta(key, value) VALUES ('county', ?) "
                                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                                     {settings.county});
            st = meta ? Status() : Status(meta.error());
            out.insert(QStringLiteral("schema_version"), (*store)->schemaVersion());
        }
    }
    if (embedded) {
        if (Status stopped = cluster.stop(); st && !stopped)
            st = stopped;
    }
    out.insert(QStringLiteral("fingerprint"), tls->fingerprint());
    return st;
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addOption({QStringLiteral("county"), tr("The county's 6-digit area code."), QStringLiteral("code")});
    p.addOption({QStringLiteral("database"),
                 tr("Use the county's own PostgreSQL (a libpq connection string) instead of a private cluster."),
                 QStringLiteral("conninfo")});
    if (int rc = cli::parse(p, args,
                            tr("Creates a server: its data folder, a self-signed TLS certificate and, unless "
                               "--database is given, a private PostgreSQL cluster."));
        rc >= 0)
        return rc;
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    const QString county = p.value(QStringLiteral("county"));
    static const QRegularExpression countyCode(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!countyCode.match(county).hasMatch())
        return cli::fail(Error(ErrorCode::InvalidInput, tr("--county must be the county's 6-digit area code, e.g. 370323.")));
    const ServerFolder::Settings settings{county, p.value(QStringLiteral("database"))};
    const bool existed = QDir(folder->path()).exists();
    if (folder->exists())
        return cli::fail(Error(ErrorCode::AlreadyExists, tr("%1 already holds a server.").arg(folder->path())));
    if (existed && !QDir(folder->path()).isEmpty())
        return cli::fail(
            Error(ErrorCode::InvalidInput, tr("%1 is not empty: give init a new or empty folder.").arg(folder->path())));

    QJsonObject out{
        {QStringLiteral("data"), QDir(folder->path()).absolutePath()},
        {QStringLiteral("county"), county},
        {QStringLiteral("database"), settings.embedded() ? QStringLiteral("private cluster") : QStringLiteral("external")}};
    if (Status st = initialise(*folder, settings, out); !st) {
        // Nothing half-made is left behind: the folder was new or empty.
        QDir dir(folder->path());
        if (existed) {
            for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                QFileInfo(dir.filePath(entry)).isDir() ? (void)QDir(dir.filePath(entry)).removeRecursively()
                                                       : (void)dir.remove(entry);
        } else {
            dir.removeRecursively();
        }
        return cli::fail(st.error());
    }
    return cli::printJson(out);
}

} // namespace doudi::server
