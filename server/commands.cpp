#include "server/commands.h"

#include "server/embeddedpostgres.h"

namespace doudi::server {

using namespace doudi::core;

QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::server", text);
}

const QList<cli::Command> &commands()
{
    static const QList<cli::Command> list{
        {"init", QT_TRANSLATE_NOOP("doudi::server", "Create a server: data folder, TLS certificate, database."), runInit},
        {"serve", QT_TRANSLATE_NOOP("doudi::server", "Run the server (HTTPS) until stopped."), runServe},
        {"status", QT_TRANSLATE_NOOP("doudi::server", "Report on a server's folder and database."), runStatus},
        {"user", QT_TRANSLATE_NOOP("doudi::server", "Add, list and disable the county's users; set a password."), runUser},
        {"device", QT_TRANSLATE_NOOP("doudi::server", "Enrol, list and revoke the laptops that sync."), runDevice},
        {"policy", QT_TRANSLATE_NOOP("doudi::server", "Publish the county's policy to every laptop; list what was published."),
         runPolicy},
        {"area", QT_TRANSLATE_NOOP("doudi::server", "Import the county's townships and villages for every laptop; list them."),
         runArea},
        {"document",
         QT_TRANSLATE_NOOP("doudi::server", "verify: check a printout from any laptop against the county's register."),
         runDocument},
        {"duplicates", QT_TRANSLATE_NOOP("doudi::server", "list: ID numbers registered in two households of the county."),
         runDuplicates},
        {"bundle", QT_TRANSLATE_NOOP("doudi::server", "import: take in a laptop's USB bundle and write its answer."), runBundle},
        {"backup", QT_TRANSLATE_NOOP("doudi::server", "Write a backup of the database (pg_dump)."), runBackup},
    };
    return list;
}

void addDataOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data"), tr("The server's data folder."), QStringLiteral("dir")});
}

Result<ServerFolder> dataFolder(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("data"));
    if (dir.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Name the server's data folder with --data."));
    return ServerFolder(dir);
}

Result<ServerStore::Connection> connectionFor(const ServerFolder &folder, const ServerFolder::Settings &settings)
{
    if (!settings.embedded())
        return ServerStore::parse(settings.database);
    ServerStore::Connection c;
    c.host = folder.socketDir();
    c.port = EmbeddedPostgres::kPort;
    c.user = QLatin1String(EmbeddedPostgres::kUser);
    c.database = QLatin1String(EmbeddedPostgres::kDatabase);
    return c;
}

Status withStore(const ServerFolder &folder, const std::function<Status(ServerStore &, const ServerFolder::Settings &)> &f)
{
    Result<ServerFolder::Settings> settings = folder.load();
    if (!settings)
        return settings.error();
    Result<ServerStore::Connection> connection = connectionFor(folder, *settings);
    if (!connection)
        return connection.error();
    EmbeddedPostgres cluster(folder);
    const bool startCluster = settings->embedded() && !cluster.isRunning();
    if (startCluster) {
        if (Status st = cluster.start(); !st)
            return st;
    }
    Status st;
    {
        Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*connection);
        st = store ? f(**store, *settings) : Status(store.error());
    }
    if (startCluster) {
        if (Status stopped = cluster.stop(); st && !stopped)
            st = stopped;
    }
    return st;
}

} // namespace doudi::server
