#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace doudi::server {

// The server's data folder: its settings (server.json), its TLS identity and, by default,
// its private PostgreSQL cluster.
//
//   server.json        county code, database connection ("" = the private cluster)
//   tls/cert.pem       self-signed certificate (its SHA-256 goes into every enrolment code)
//   tls/key.pem        its private key
//   postgres/          the private cluster (owned by the database user when run as root)
//   run/               the cluster's socket folder; no TCP port is opened for it
//   postgres.log       the cluster's log
class ServerFolder
{
    Q_DECLARE_TR_FUNCTIONS(ServerFolder)
public:
    struct Settings
    {
        QString county;   // 6-digit county code
        QString database; // a libpq connection string for a county's own PostgreSQL, or ""
        bool embedded() const { return database.isEmpty(); }
    };

    // Relative folders are made absolute: the database server changes into its own folder.
    explicit ServerFolder(const QString &dir);

    const QString &path() const { return m_dir; }
    QString settingsFile() const { return m_dir + QStringLiteral("/server.json"); }
    QString certificateFile() const { return m_dir + QStringLiteral("/tls/cert.pem"); }
    QString keyFile() const { return m_dir + QStringLiteral("/tls/key.pem"); }
    QString clusterDir() const { return m_dir + QStringLiteral("/postgres"); }
    QString socketDir() const { return m_dir + QStringLiteral("/run"); }
    QString clusterLog() const { return m_dir + QStringLiteral("/postgres.log"); }

    bool exists() const;
    core::Result<Settings> load() const;
    // Creates the folder (0700, or 0711 when the database runs as another user) and writes
    // the settings; refuses a folder that already holds a server.
    core::Status create(const Settings &settings, bool traversableByOthers) const;

private:
    QString m_dir;
};

} // namespace doudi::server
