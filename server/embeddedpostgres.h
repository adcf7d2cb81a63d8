#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace doudi::server {

class ServerFolder;

// The server's private PostgreSQL cluster (the default, DESIGN §2): made by init, started and
// stopped by serve. It listens on a Unix socket in the data folder only, never on TCP, and
// lets in only the one database user, so nothing but this server reaches it. PostgreSQL
// refuses to run as root: started as root, the cluster belongs to the "postgres" system
// user (or "nobody") and its programs run as that user (setpriv).
class EmbeddedPostgres
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedPostgres)
public:
    static constexpr int kPort = 5432; // names the socket file only: no TCP port is opened
    static constexpr const char *kUser = "doudi";
    static constexpr const char *kDatabase = "doudi";

    explicit EmbeddedPostgres(const ServerFolder &folder);

    // Whether the cluster's programs will run as another user than this process.
    static bool runsAsOtherUser();
    core::Status init();
    core::Status start();
    core::Status stop();
    bool isRunning() const;
    // Connection options for QPSQL: the socket folder, the port, the user and the database.
    QString host() const;
    // pg_dump in its custom format (-Fc) into file, which must already exist: this process
    // opens it for pg_dump's output, so it keeps its owner and mode (root's, 0600) even where
    // pg_dump runs as the cluster's user. conninfo "" dumps this cluster; otherwise it is the
    // county's own database (libpq key=value, as init's --database), reached as this process's
    // user. No time limit: a county's database may take long.
    core::Status dump(const QString &file, const QString &conninfo = {}) const;

private:
    core::Result<QString> program(const QString &name) const;
    core::Result<QByteArray> run(const QString &name, const QStringList &args, int timeoutMs) const;

    QString m_cluster;
    QString m_sockets;
    QString m_log;
};

} // namespace doudi::server
