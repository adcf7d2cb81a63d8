#include "server/commands.h"
#include "server/embeddedpostgres.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace doudi::server {

using namespace doudi::core;

namespace {

// The dump under a temporary name beside target (created 0600 by QTemporaryFile), then flushed
// to disk and renamed over it: target is either the whole dump or untouched, never a part.
Status dumpTo(const ServerFolder &folder, const ServerFolder::Settings &settings, const QString &target)
{
    QTemporaryFile part(QFileInfo(target).dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(QFileInfo(target).fileName())));
    if (!part.open())
        return Error(ErrorCode::Io, tr("The backup cannot be written to %1: %2").arg(target, part.errorString()));
    EmbeddedPostgres cluster(folder);
    // Not withStore: opening the store would apply migrations first, and a backup is what one
    // takes before letting a new version migrate.
    const bool startCluster = settings.embedded() && !cluster.isRunning();
    if (startCluster) {
        if (Status st = cluster.start(); !st)
            return st;
    }
    Status st = cluster.dump(part.fileName(), settings.database);
    if (startCluster) {
        if (Status stopped = cluster.stop(); st && !stopped)
            st = stopped;
    }
    if (!st)
        return st;
    if (QFileInfo(part.fileName()).size() == 0)
        return Error(ErrorCode::Storage, tr("PostgreSQL's pg_dump wrote nothing."));
    if (fsync(part.handle()) != 0 ||
        rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(target).constData()) != 0) {
        const int why = errno;
        return Error(ErrorCode::Io,
                     tr("The backup cannot be written to %1: %2").arg(target, QString::fromLocal8Bit(strerror(why))));
    }
    part.setAutoRemove(false);
    // The rename itself reaches the disk with its folder.
    if (const int dir =
            ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addOption({QStringLiteral("file"), tr("Where to write the backup (replaced if it exists)."), QStringLiteral("file")});
    if (int rc = cli::parse(p, args,
                            tr("Backs up the server's database with pg_dump in its custom format (for pg_restore), "
                               "whether or not serve is running. The file is readable by its owner only and appears "
                               "only once it is complete. The data folder's server.json and tls/ are not in it: "
                               "copy them too."));
        rc >= 0)
        return rc;
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    if (p.value(QStringLiteral("file")).isEmpty())
        return cli::fail(Error(ErrorCode::InvalidInput, tr("Name the backup file with --file.")));
    const QString target = QFileInfo(p.value(QStringLiteral("file"))).absoluteFilePath();
    if (QFileInfo(target).isDir())
        return cli::fail(Error(ErrorCode::InvalidInput, tr("%1 is a folder: give --file a file name.").arg(target)));
    Result<ServerFolder::Settings> settings = folder->load();
    if (!settings)
        return cli::fail(settings.error());
    if (Status st = dumpTo(*folder, *settings, target); !st)
        return cli::fail(st.error());
    return cli::printJson(QJsonObject{{QStringLiteral("file"), target}, {QStringLiteral("bytes"), QFileInfo(target).size()}});
}

} // namespace doudi::server
