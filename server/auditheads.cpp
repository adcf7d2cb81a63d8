#include "server/auditheads.h"

#include "server/serverstore.h"

#include <QLoggingCategory>

#include <algorithm>

namespace doudi::server {

using namespace doudi::core;

Q_LOGGING_CATEGORY(lcAudit, "doudi.server.audit")

namespace {

// "SEQ:HASH" with SEQ ≥ 0 and HASH hex (empty for an entry the laptop no longer has).
bool parseHead(const QByteArray &text, qint64 &seq, QString &hash)
{
    const QList<QByteArray> parts = text.split(':');
    bool ok = false;
    seq = parts.value(0).toLongLong(&ok);
    hash = QString::fromLatin1(parts.value(1));
    const bool hex =
        std::all_of(hash.cbegin(), hash.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    return parts.size() == 2 && ok && seq >= 0 && hash.size() <= 128 && hex;
}

} // namespace

Result<QString> AuditHeads::statement(const QString &deviceId, const QByteArray &header)
{
    if (header.isEmpty())
        return QString();
    const QList<QByteArray> reports = header.split(',');
    const bool read = reports.size() <= 2 && parseHead(reports.at(0), m_head.seq, m_head.hash) &&
                      (reports.size() == 1 || parseHead(reports.at(1), m_before.seq, m_before.hash));
    if (!read)
        return Error(ErrorCode::InvalidInput, tr("The device's audit report could not be read."));
    m_deviceId = deviceId;

    // What the county holds of the chain, the device's highest entry and the two reported
    // entries' hashes as reported before, and the head recorded when none of the checks of
    // conclude() finds a problem (the same checks, in SQL). Its commit does not wait for the
    // disk: a head lost in a crash is reported again with the next pull, and checking it then
    // only starts one entry later.
    Result<QString> statement = m_store.bound(
        QStringLiteral(
            "WITH known AS (SELECT coalesce((SELECT max(seq) FROM device_audit_heads WHERE device_id = $1), -1) AS highest, "
            "(SELECT hash FROM device_audit_heads WHERE device_id = $1 AND seq = $2::bigint) AS head_then, "
            "(SELECT hash FROM device_audit_heads WHERE device_id = $1 AND seq = $4::bigint) AS before_then), "
            "kept AS (INSERT INTO device_audit_heads(device_id, seq, hash) SELECT $1, $2::bigint, $3 FROM known "
            "WHERE $2::bigint >= highest AND coalesce(head_then = $3, true) "
            "AND ($4::bigint < 0 OR coalesce(before_then = $5, true)) ON CONFLICT DO NOTHING) "
            "SELECT highest, head_then, before_then FROM known"),
        {deviceId, m_head.seq, m_head.hash, m_before.seq, m_before.hash});
    if (!statement)
        return statement.error();
    return ServerStore::unsynced(*statement);
}

Status AuditHeads::conclude(const QVariantList &row)
{
    if (m_deviceId.isEmpty())
        return {};
    if (row.size() != 3)
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no audit row"));
    const qint64 highest = row.at(0).toLongLong();
    const QVariant then[2] = {row.at(1), row.at(2)};

    QString problem;
    if (m_head.seq < highest) {
        problem = tr("The laptop's audit chain went back from entry %1 to entry %2: a backup was restored on it, or "
                     "entries were removed.")
                      .arg(highest)
                      .arg(m_head.seq);
    }
    const Head *told[2] = {&m_head, &m_before};
    for (int i = 0; i < 2; ++i) {
        const Head &h = *told[i];
        if (!problem.isEmpty() || h.seq < 0)
            continue;
        if (!then[i].isNull() && then[i].toString() != h.hash)
            problem = tr("Entry %1 of the laptop's audit chain is not what the laptop reported before: its history "
                         "was changed.")
                          .arg(h.seq);
    }
    if (!problem.isEmpty()) {
        // The device's id and the entry numbers only: nothing personal goes to the log.
        qCWarning(lcAudit) << "device" << m_deviceId << "audit chain problem at entry" << m_head.seq;
        Result<StoreQuery> noted = m_store.exec(QStringLiteral("UPDATE devices SET audit_problem = ?, audit_problem_at = now() "
                                                               "WHERE id = ? AND audit_problem IS NULL"),
                                                {problem, m_deviceId});
        return noted ? Status() : Status(noted.error());
    }
    return {};
}

} // namespace doudi::server
