#include "server/embeddedpostgres.h"

#include "server/serverfolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace doudi::server {

using namespace doudi::core;

namespace {

// The unprivileged user that owns the cluster when the server runs as root.
const passwd *clusterOwner()
{
    if (const passwd *pw = getpwnam("postgres"))
        return pw;
    return getpwnam("nobody");
}

// Starts program with args, as the cluster's user (setpriv) when asCluster.
Status startAs(QProcess &p, const QString &program, const QStringList &args, bool asCluster)
{
    if (!asCluster) {
        p.start(program, args);
        return {};
    }
    const passwd *owner = clusterOwner();
    if (!owner)
        return Error(ErrorCode::NotFound,
                     EmbeddedPostgres::tr("No unprivileged user (postgres or nobody) exists to run the database."));
    p.start(QStringLiteral("setpriv"),
            QStringList{QStringLiteral("--reuid=%1").arg(owner->pw_uid), QStringLiteral("--regid=%1").arg(owner->pw_gid),
                        QStringLiteral("--init-groups"), program} +
                args);
    return {};
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(const ServerFolder &folder)
    : m_cluster(folder.clusterDir()), m_sockets(folder.socketDir()), m_log(folder.clusterLog())
{
}

bool EmbeddedPostgres::runsAsOtherUser()
{
    return geteuid() == 0;
}

QString EmbeddedPostgres::host() const
{
    return m_sockets;
}

Result<QString> EmbeddedPostgres::program(const QString &name) const
{
    // Debian keeps the server programs out of PATH, one folder per major version: the newest.
    QStringList folders;
    if (const QString env = qEnvironmentVariable("DOUDI_PG_BINDIR"); !env.isEmpty())
        folders << env;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &m : std::as_const(majors))
        folders << versions.filePath(m + QStringLiteral("/bin"));
    QString found = QStandardPaths::findExecutable(name, folders);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("PostgreSQL's %1 was not found: install the postgresql-15 package, or give the server an "
                        "existing database with --database.")
                         .arg(name));
    return found;
}

Result<QByteArray> EmbeddedPostgres::run(const QString &name, const QStringList &args, int timeoutMs) const
{
    Result<QString> path = program(name);
    if (!path)
        return path.error();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // A fixed, plain environment: no locale surprises, and nothing of this process's own.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (Status st = startAs(p, *path, args, runsAsOtherUser()); !st)
        return st.error();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return Error(ErrorCode::Storage, tr("PostgreSQL's %1 did not finish in time.").arg(name));
    }
    const QByteArray out = p.readAll();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(ErrorCode::Storage,
                     tr("PostgreSQL's %1 failed: %2").arg(name, QString::fromLocal8Bit(out.trimmed().right(600))));
    return out;
}

Status EmbeddedPostgres::dump(const QString &file, const QString &conninfo) const
{
    Result<QString> path = program(QStringLiteral("pg_dump"));
    if (!path)
        return path.error();
    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--no-password")};
    QProcess p;
    if (conninfo.isEmpty()) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        args << QStringLiteral("-h") << m_sockets << QStringLiteral("-p") << QString::number(kPort) << QStringLiteral("-U")
             << QLatin1String(kUser) << QStringLiteral("-d") << QLatin1String(kDatabase);
    } else {
        // The county's own settings (PGSSLROOTCERT, ~/.pgpass …) apply as they do for psql. A
        // password goes in the environment, not the command line, where ps would show it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList pairs;
        for (const QString &pair : conninfo.split(u' ', Qt::SkipEmptyParts)) {
            if (pair.startsWith(QLatin1String("password=")))
                env.insert(QStringLiteral("PGPASSWORD"), pair.mid(9));
            else
                pairs << pair;
        }
        p.setProcessEnvironment(env);
        args << QStringLiteral("-d") << pairs.join(u' ');
    }
    p.setStandardOutputFile(file, QIODevice::Truncate);
    if (Status st = startAs(p, *path, args, conninfo.isEmpty() && runsAsOtherUser()); !st)
        return st.error();
    p.waitForFinished(-1);
    if (p.error() == QProcess::FailedToStart)
        return Error(ErrorCode::Storage, tr("PostgreSQL's pg_dump failed: %1").arg(p.errorString()));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(
            ErrorCode::Storage,
            tr("PostgreSQL's pg_dump failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError().trimmed().right(600))));
    return {};
}

Status EmbeddedPostgres::init()
{
    if (!QDir().mkpath(m_cluster) || !QDir().mkpath(m_sockets))
        return Error(ErrorCode::Storage, tr("The database folder %1 cannot be created.").arg(m_cluster));
    if (runsAsOtherUser()) {
        const passwd *owner = clusterOwner();
        if (!owner)
            return Error(ErrorCode::NotFound, tr("No unprivileged user (postgres or nobody) exists to run the database."));
        for (const QString &dir : {m_cluster, m_sockets}) {
            if (chown(QFile::encodeName(dir).constData(), owner->pw_uid, owner->pw_gid) != 0)
                return Error(ErrorCode::Storage, tr("The database folder %1 cannot be given to the database user.").arg(dir));
        }
        // The log is written by pg_ctl as that user.
        QFile log(m_log);
        if (!log.open(QIODevice::Append))
            return Error(ErrorCode::Storage, tr("%1 cannot be written.").arg(m_log));
        log.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        log.close();
        if (chown(QFile::encodeName(m_log).constData(), owner->pw_uid, owner->pw_gid) != 0)
            return Error(ErrorCode::Storage, tr("%1 cannot be given to the database user.").arg(m_log));
    }
    QFile::setPermissions(m_sockets, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // trust on the Unix socket alone: the socket folder is 0700, so only the database user
    // (and root) can connect at all; there is no TCP listener to protect.
    Result<QByteArray> made = run(QStringLiteral("initdb"),
                                  {QStringLiteral("-D"), m_cluster, QStringLiteral("-U"), QLatin1String(kUser),
                                   QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                                   QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=reject")},
                                  120000);
    if (!made)
        return made.error();
    if (Status st = start(); !st)
        return st;
    // The database itself, through the template: the maintenance database is "postgres".
    Result<QByteArray> created = run(QStringLiteral("createdb"),
                                     {QStringLiteral("-h"), m_sockets, QStringLiteral("-p"), QString::number(kPort),
                                      QStringLiteral("-U"), QLatin1String(kUser), QLatin1String(kDatabase)},
                                     60000);
    if (!created) {
        (void)stop();
        return created.error();
    }
    return {};
}

Status EmbeddedPostgres::start()
{
    if (isRunning())
        return {};
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2").arg(m_sockets).arg(kPort);
    Result<QByteArray> started =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_cluster, QStringLiteral("-l"), m_log, QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
            70000);
    if (started)
        return {};
    // pg_ctl only says "examine the log": the log's last lines say why.
    QFile log(m_log);
    QString why;
    if (log.open(QIODevice::ReadOnly) && log.seek(qMax<qint64>(0, log.size() - 600)))
        why = QString::fromLocal8Bit(log.readAll()).trimmed();
    return Error(ErrorCode::Storage, tr("The server's database did not start (its log is %1): %2").arg(m_log, why),
                 started.error().message());
}

Status EmbeddedPostgres::stop()
{
    if (!isRunning())
        return {};
    Result<QByteArray> stopped = run(QStringLiteral("pg_ctl"),
                                     {QStringLiteral("-D"), m_cluster, QStringLiteral("-m"), QStringLiteral("fast"),
                                      QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                                     70000);
    return stopped ? Status() : Status(stopped.error());
}

bool EmbeddedPostgres::isRunning() const
{
    // pg_ctl status exits 0 when a server runs on the folder (3 when none does).
    return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_cluster, QStringLiteral("status")}, 10000).ok();
}

} // namespace doudi::server
