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

} // namespace doudi::server
