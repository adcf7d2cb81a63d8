#include "server/auditheads.h"

#include "server/serverstore.h"

#include <QLoggingCategory>

#include <optional>

namespace doudi::server {

using namespace doudi::core;

Q_LOGGING_CATEGORY(lcAudit, "doudi.server.audit")

namespace {

struct Head
{
    qint64 seq = -1;
    QString hash;
};

// "SEQ:HASH" with SEQ ≥ 0 and HASH hex (empty for an entry the laptop no longer has).
std::optional<Head> parseHead(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    bool ok = false;
    Head h{parts.value(0).toLongLong(&ok), QString::fromLatin1(parts.value(1))};
    const bool hex =
        std::all_of(h.hash.cbegin(), h.hash.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    if (parts.size() != 2 || !ok || h.seq < 0 || h.hash.size() > 128 || !hex)
        return std::nullopt;
    return h;
}

} // namespace

Status AuditHeads::check(const QString &deviceId, const QByteArray &header)
{
    if (header.isEmpty())
        return {};
    const QList<QByteArray> reports = header.split(',');
    const std::optional<Head> head = parseHead(reports.value(0));
    const std::optional<Head> before = reports.size() == 2 ? parseHead(reports.at(1)) : std::nullopt;
    if (!head || reports.size() > 2 || (reports.size() == 2 && !before))
        return Error(ErrorCode::InvalidInput, tr("The device's audit report could not be read."));

    auto reported = [&](qint64 seq) -> Result<std::optional<QString>> {
        Result<StoreQuery> q =
            m_store.exec(QStringLiteral("SELECT hash FROM device_audit_heads WHERE device_id = ? AND seq = ?"), {deviceId, seq});
        if (!q)
            return q.error();
        return q->next() ? std::optional<QString>(q->value(0).toString()) : std::nullopt;
    };
    Result<StoreQuery> last =
        m_store.exec(QStringLiteral("SELECT coalesce(max(seq), -1) FROM device_audit_heads WHERE device_id = ?"), {deviceId});
    if (!last)
        return last.error();
    const qint64 highest = last->next() ? last->value(0).toLongLong() : -1;

    QString problem;
    if (head->seq < highest) {
        problem = tr("The laptop's audit chain went back from entry %1 to entry %2: a backup was restored on it, or "
                     "entries were removed.")
                      .arg(highest)
                      .arg(head->seq);
    }
    for (const Head &h : {*head, before.value_or(Head{})}) {
        if (!problem.isEmpty() || h.seq < 0)
            continue;
        Result<std::optional<QString>> then = reported(h.seq);
        if (!then)
            return then.error();
        if (*then && **then != h.hash)
            problem = tr("Entry %1 of the laptop's audit chain is not what the laptop reported before: its history "
                         "was changed.")
                          .arg(h.seq);
    }
    if (!problem.isEmpty()) {
        // The device's id and the entry numbers only: nothing personal goes to the log.
        qCWarning(lcAudit) << "device" << deviceId << "audit chain problem at entry" << head->seq;
        Result<StoreQuery> q = m_store.exec(QStringLiteral("UPDATE devices SET audit_problem = ?, audit_problem_at = now() "
                                                           "WHERE id = ? AND audit_problem IS NULL"),
                                            {problem, deviceId});
        return q ? Status() : Status(q.error());
    }
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("INSERT INTO device_audit_heads(device_id, seq, hash) VALUES (?, ?::bigint, ?) "
                                    "ON CONFLICT DO NOTHING"),
                     {deviceId, head->seq, head->hash});
    return q ? Status() : Status(q.error());
}

} // namespace doudi::server
