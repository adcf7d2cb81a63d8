#include "server/requestauth.h"

#include "identity/areacode.h"
#include "server/serverstore.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>

#include <algorithm>

namespace doudi::server {

using namespace doudi::core;

QStringList Caller::prefixes() const
{
    // Without those inside another (a township and one of its villages): each area once.
    QStringList all;
    for (const QString &s : scopes)
        all << AreaCode::prefix(s);
    std::stable_sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    QStringList out;
    for (const QString &p : std::as_const(all)) {
        if (std::none_of(out.cbegin(), out.cend(), [&](const QString &kept) { return p.startsWith(kept); }))
            out << p;
    }
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

namespace {

// Authorization: Doudi-Device <device id>:<credential>; empty parts when it is not that.
std::pair<QString, QString> deviceHeader(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Doudi-Device "))
        return {};
    const QList<QByteArray> parts = header.mid(13).trimmed().split(':');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return {};
    return {QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1])};
}

} // namespace

Status RequestAuth::checkDevice(StoreQuery &q, const QString *credential)
{
    const Error unknown(ErrorCode::WrongCredentials, tr("This device is not enrolled with the county server."));
    if (!q.next() || (credential && q.value(0).toString() != hash(*credential)))
        return unknown;
    if (q.value(1).toBool())
        return Error(ErrorCode::NotAllowed, tr("The county has withdrawn this device: it can no longer sync. Ask the "
                                               "county for a new enrolment code if this is a mistake."));
    return {};
}

Result<Caller> RequestAuth::device(const QHttpServerRequest &request)
{
    const auto [deviceId, credential] = deviceHeader(request);
    if (deviceId.isEmpty())
        return Error(ErrorCode::WrongCredentials, tr("This device is not enrolled with the county server."));
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT credential_hash, revoked_at IS NOT NULL FROM devices WHERE id = ?"), {deviceId});
    if (!q)
        return q.error();
    if (Status st = checkDevice(*q, &credential); !st)
        return st.error();
    Caller c;
    c.deviceId = deviceId;
    return c;
}

Result<Caller> RequestAuth::user(const QHttpServerRequest &request)
{
    const auto [deviceId, credential] = deviceHeader(request);
    if (deviceId.isEmpty())
        return Error(ErrorCode::WrongCredentials, tr("This device is not enrolled with the county server."));
    const QString name = QString::fromUtf8(request.value("X-Doudi-User"));
    const QString token = QString::fromLatin1(request.value("X-Doudi-Token"));
    Result<bool> changed = m_store.heard(QLatin1String(kChannel));
    if (!changed)
        return changed.error();
    if (*changed || m_known.size() >= kMaxKnown)
        m_known.clear();
    const QString key = deviceId + u'\n' + name;
    const QString credentialHash = hash(credential), tokenHash = hash(token);
    const qint64 now = m_clock.elapsed();
    if (const auto it = m_known.constFind(key); it != m_known.constEnd() && it->credentialHash == credentialHash &&
                                                it->tokenHash == tokenHash && now - it->atMs < kKnownForMs)
        return it->caller;
    Result<Caller> c = signedIn(m_store, deviceId, name, token, &credential);
    if (c)
        m_known.insert(key, Known{credentialHash, tokenHash, *c, now});
    return c;
}

Result<Caller> RequestAuth::bundleUser(ServerStore &store, const QString &deviceId, const QString &user, const QString &token)
{
    return signedIn(store, deviceId, user, token, nullptr);
}

Result<Caller> RequestAuth::signedIn(ServerStore &store, const QString &deviceId, const QString &name, const QString &token,
                                     const QString *credential)
{
    // The device and its signed-in user in one query.
    Result<StoreQuery> q =
        store.exec(QStringLiteral("SELECT d.credential_hash, d.revoked_at IS NOT NULL, du.token_hash, u.active, u.role, "
                                  "array_to_string(u.scopes, ','), array_to_string(du.scopes, ',') FROM devices d "
                                  "LEFT JOIN device_users du ON du.device_id = d.id AND du.user_name = ? "
                                  "LEFT JOIN users u ON u.name = du.user_name WHERE d.id = ?"),
                   {name, deviceId});
    if (!q)
        return q.error();
    if (Status st = checkDevice(*q, credential); !st)
        return st.error();
    if (name.isEmpty() || token.isEmpty() || q->value(2).isNull() || q->value(2).toString() != hash(token))
        return Error(ErrorCode::WrongCredentials, tr("Sign in to the county server again on this device."));
    if (!q->value(3).toBool())
        return Error(ErrorCode::NotAllowed, tr("Your account has been disabled by the county."));
    Caller c;
    c.deviceId = deviceId;
    c.user = name;
    c.role = q->value(4).toString();
    c.scopes = q->value(5).toString().split(u',', Qt::SkipEmptyParts);
    c.tokenScopes = q->value(6).toString().split(u',', Qt::SkipEmptyParts);
    return c;
}

} // namespace doudi::server
