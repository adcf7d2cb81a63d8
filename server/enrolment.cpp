#include "server/enrolment.h"

#include "security/passwordhash.h"
#include "server/requestauth.h"
#include "server/serverstore.h"
#include "sync/enrolmentcode.h"

#include <QRandomGenerator>

namespace doudi::server {

using namespace doudi::core;

namespace {

QString randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Result<protocol::EnrolResponse> Enrolment::enrol(ServerStore &store, const protocol::EnrolRequest &request, const QString &county)
{
    Result<EnrolmentCode> code = EnrolmentCode::parse(request.code);
    if (!code)
        return code.error();
    const QString credential = randomSecret();
    protocol::EnrolResponse out;
    out.county = county;
    out.credential = credential;
    // One UPDATE takes the code: a second use of the same code finds nothing to take.
    Result<StoreQuery> q =
        store.exec(QStringLiteral("UPDATE devices SET credential_hash = ?, enrolled_at = now(), code_hash = NULL, "
                                  "label = CASE WHEN ? = '' THEN label ELSE label || ' · ' || ? END "
                                  "WHERE code_hash = ? AND code_expires_at > now() AND revoked_at IS NULL RETURNING id"),
                   {RequestAuth::hash(credential), request.label.left(100), request.label.left(100), code->secretHash()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::WrongCredentials, tr("This enrolment code is not valid: it was used already, it expired "
                                                     "(codes last seven days) or the county withdrew it. Ask the county "
                                                     "for a new one."));
    out.deviceId = q->value(0).toString();
    return out;
}

Result<protocol::SignInResponse> Enrolment::signIn(ServerStore &store, const QString &deviceId,
                                                   const protocol::SignInRequest &request)
{
    Result<StoreQuery> q = store.exec(
        QStringLiteral(
            "SELECT display_name, role, array_to_string(scopes, ','), password_hash, active FROM users WHERE name = ?"),
        {request.user});
    if (!q)
        return q.error();
    const bool known = q->next();
    // An unknown user costs the same hash as a known one: timing does not tell who exists.
    static const QString dummy = PasswordHash::hash(QStringLiteral("not a password")).value();
    const bool good = PasswordHash::verify(known ? q->value(3).toString() : dummy, request.password) && known;
    if (!good)
        return Error(ErrorCode::WrongCredentials, tr("The user name or password is wrong."));
    if (!q->value(4).toBool())
        return Error(ErrorCode::NotAllowed, tr("Your account has been disabled by the county."));
    protocol::SignInResponse out;
    out.user = request.user;
    out.displayName = q->value(0).toString();
    out.role = q->value(1).toString();
    out.scopes = q->value(2).toString().split(u',', Qt::SkipEmptyParts);
    out.token = randomSecret();
    Result<StoreQuery> saved = store.exec(
        QStringLiteral(
            "INSERT INTO device_users(device_id, user_name, token_hash, scopes) VALUES (?, ?, ?, string_to_array(?, ',')) "
            "ON CONFLICT (device_id, user_name) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()"),
        {deviceId, request.user, RequestAuth::hash(out.token), out.scopes.join(u',')});
    if (!saved)
        return saved.error();
    return out;
}

} // namespace doudi::server
