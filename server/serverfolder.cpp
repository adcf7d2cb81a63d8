#include "server/serverfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace doudi::server {

using namespace doudi::core;

ServerFolder::ServerFolder(const QString &dir) : m_dir(QDir(dir).absolutePath()) {}

bool ServerFolder::exists() const
{
    return QFile::exists(settingsFile());
}

Result<ServerFolder::Settings> ServerFolder::load() const
{
    QFile f(settingsFile());
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("There is no server in %1; create one with doudi-server init.").arg(m_dir));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &parseError);
    const QJsonObject o = doc.object();
    Settings s{o.value(QStringLiteral("county")).toString(), o.value(QStringLiteral("database")).toString()};
    if (!doc.isObject() || s.county.size() != 6)
        return Error(ErrorCode::Corrupt, tr("The server settings in %1 cannot be read.").arg(settingsFile()),
                     parseError.errorString());
    return s;
}

Status ServerFolder::create(const Settings &settings, bool traversableByOthers) const
{
    if (exists())
        return Error(ErrorCode::AlreadyExists, tr("%1 already holds a server.").arg(m_dir));
    if (!QDir().mkpath(m_dir + QStringLiteral("/tls")))
        return Error(ErrorCode::Storage, tr("The folder %1 cannot be created.").arg(m_dir));
    // The database user (when the server runs as root) must reach postgres/ and run/ inside.
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(m_dir, traversableByOthers ? owner | QFile::ExeGroup | QFile::ExeOther : owner);
    QFile::setPermissions(m_dir + QStringLiteral("/tls"), owner);
    QSaveFile f(settingsFile());
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Storage, tr("The server settings cannot be written to %1.").arg(settingsFile()));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(
        QJsonDocument(QJsonObject{{QStringLiteral("county"), settings.county}, {QStringLiteral("database"), settings.database}})
            .toJson());
    if (!f.commit())
        return Error(ErrorCode::Storage, tr("The server settings cannot be written to %1.").arg(settingsFile()));
    return {};
}

} // namespace doudi::server
