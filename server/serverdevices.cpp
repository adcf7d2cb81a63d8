#include "server/serverdevices.h"

#include "security/publickey.h"
#include "server/serverstore.h"

#include <QUuid>

namespace doudi::server {

using namespace doudi::core;

namespace {

const char kColumns[] =
    "id, label, created_at, enrolled_at, revoked_at, code_expires_at, "
    "CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN enrolled_at IS NOT NULL THEN 'enrolled' "
    "WHEN code_expires_at IS NULL OR code_expires_at <= now() THEN 'expired' ELSE 'waiting' END, coalesce(audit_problem, '')";

QString sql(const char *before, const char *after = "")
{
    return QLatin1String(before) + QLatin1String(kColumns) + QLatin1String(after);
}

ServerDevice fromRow(const StoreQuery &q)
{
    return ServerDevice{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toDateTime(), q.value(3).toDateTime(),
                        q.value(4).toDateTime(), q.value(5).toDateTime(), q.value(6).toString(),   q.value(7).toString()};
}

} // namespace

Result<ServerDevices::Enrolment> ServerDevices::add(const QString &label, const QString &fingerprint)
{
    const QString text = label.trimmed();
    if (text.isEmpty() || text.size() > 100)
        return Error(ErrorCode::InvalidInput,
                     tr("Say whose laptop this is with --label (1 to 100 characters), e.g. \"南麻街道 民政办 1\"."));
    Enrolment e{ServerDevice{}, EnrolmentCode::generate(fingerprint)};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<StoreQuery> q = m_store.exec(sql("INSERT INTO devices(id, label, code_hash, code_expires_at) "
                                            "VALUES (?, ?, ?, now() + make_interval(days => ?)) RETURNING "),
                                        {id, text, e.code.secretHash(), kCodeDays});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::Storage, tr("The county database refused a request."));
    e.device = fromRow(*q);
    return e;
}

Result<ServerDevice> ServerDevices::revoke(const QString &given)
{
    // Accepts the id as list prints it, and also with braces or in capitals.
    const QUuid uuid = QUuid::fromString(given.trimmed());
    const QString id = uuid.isNull() ? given : uuid.toString(QUuid::WithoutBraces);
    // The code goes too: a laptop that had not yet enrolled can then never do so, whatever the
    // enrolment route checks. The first revocation's time is kept.
    Result<StoreQuery> q = m_store.exec(
        sql("UPDATE devices SET revoked_at = coalesce(revoked_at, now()), code_hash = NULL WHERE id = ? RETURNING "), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound,
                     tr("There is no device \"%1\" on this server (doudi-server device list shows them).").arg(given.left(60)));
    return fromRow(*q);
}

Result<QList<ServerDevice>> ServerDevices::list()
{
    Result<StoreQuery> q = m_store.exec(sql("SELECT ", " FROM devices ORDER BY created_at, id"));
    if (!q)
        return q.error();
    QList<ServerDevice> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Status ServerDevices::setBundleKey(const QString &id, const QByteArray &publicPem)
{
    if (publicPem.size() > 4096 || !PublicKey::isPublicKey(publicPem))
        return Error(ErrorCode::InvalidInput, tr("That is not a device key."));
    Result<StoreQuery> q = m_store.exec(QStringLiteral("UPDATE devices SET bundle_key = ? WHERE id = ? "
                                                       "AND (bundle_key IS NULL OR bundle_key = ?)"),
                                        {QString::fromLatin1(publicPem), id, QString::fromLatin1(publicPem)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error(ErrorCode::NotAllowed, tr("This device gave the county another key before. Ask the county to enrol "
                                               "the laptop anew."));
    return {};
}

} // namespace doudi::server
