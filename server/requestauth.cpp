#include "server/requestauth.h"

#include "identity/areacode.h"
#include "server/serverstore.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>

namespace doudi::server {

using namespace doudi::core;

QStringList Caller::prefixes() const
{
    QStringList out;
    for (const QString &s : scopes)
        out << AreaCode::prefix(s);
    return out;
}

bool Caller::covers(const QString &areaCode) const
{
    for (const QString &s : scopes) {
        if (areaCode.startsWith(AreaCode::prefix(s)))
            return true;
    }
    return false;
}

QString Caller::scopeFilter(const QString &column, QVariantList &values) const
{
    QStringList terms;
    for (const QString &prefix : prefixes()) {
        terms << column + QStringLiteral(" LIKE ?");
        values << QString(prefix + u'%');
    }
    return terms.isEmpty() ? QStringLiteral("false") : u'(' + terms.join(QStringLiteral(" OR ")) + u')';
}

QString RequestAuth::hash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Caller> RequestAuth::device(ServerStore &store, const QHttpServerRequest &request)
{
    // Authorization: Doudi-Device <device id>:<credential>
    const QByteArray header = request.value("Authorization");
    const Error unknown(ErrorCode::WrongCredentials, tr("This device is not enrolled with the county server."));
    if (!header.startsWith("Doudi-Device "))
        return unknown;
    const QList<QByteArray> parts = header.mid(13).trimmed().split(':');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return unknown;
    Result<StoreQuery> q = store.exec(QStringLiteral("SELECT credential_hash, revoked_at IS NOT NULL FROM devices WHERE id = ?"),
                                     {QString::fromLatin1(parts[0])});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString() != hash(QString::fromLatin1(parts[1])))
        return unknown;
    if (q->value(1).toBool())
        return Error(ErrorCode::NotAllowed, tr("The county has withdrawn this device: it can no longer sync. Ask the "
                                               "county for a new enrolment code if this is a mistake."));
    Caller c;
    c.deviceId = QString::fromLatin1(parts[0]);
    return c;
}

Result<Caller> RequestAuth::user(ServerStore &store, const QHttpServerRequest &request)
{
    Result<Caller> c = device(store, request);
    if (!c)
        return c;
    const QString name = QString::fromUtf8(request.value("X-Doudi-User"));
    const QString token = QString::fromLatin1(request.value("X-Doudi-Token"));
    Result<StoreQuery> q = store.exec(
        QStringLiteral("SELECT du.token_hash, u.active, u.role, array_to_string(u.scopes, ','), array_to_string(du.scopes, ',') "
                       "FROM device_users du JOIN users u ON u.name = du.user_name WHERE du.device_id = ? AND du.user_name = ?"),
        {c->deviceId, name});
    if (!q)
        return q.error();
    if (name.isEmpty() || token.isEmpty() || !q->next() || q->value(0).toString() != hash(token))
        return Error(ErrorCode::WrongCredentials, tr("Sign in to the county server again on this device."));
    if (!q->value(1).toBool())
        return Error(ErrorCode::NotAllowed, tr("Your account has been disabled by the county."));
    c->user = name;
    c->role = q->value(2).toString();
    c->scopes = q->value(3).toString().split(u',', Qt::SkipEmptyParts);
    c->tokenScopes = q->value(4).toString().split(u',', Qt::SkipEmptyParts);
    return c;
}

} // namespace doudi::server
