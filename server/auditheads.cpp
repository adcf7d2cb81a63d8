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

    // One statement (issue 11: it runs with every pull): what the county holds of the chain,
    // the device's highest entry and the two reported entries' hashes as reported before, and
    // the head recorded when none of the checks below finds a problem (the same checks, in SQL).
    // Its commit does not wait for the disk: a head lost in a crash is reported again with the
    // next pull, and checking it then only starts one entry later.
    const Head prior = before.value_or(Head{});
    Result<QString> statement = m_store.bound(
        QStringLiteral(
            "WITH known AS (SELECT coalesce((SELECT max(seq) FROM device_audit_heads WHERE device_id = $1), -1) AS highest, "
            "(SELECT hash FROM device_audit_heads WHERE device_id = $1 AND seq = $2::bigint) AS head_then, "
            "(SELECT hash FROM device_audit_heads WHERE device_id = $1 AND seq = $4::bigint) AS before_then), "
            "kept AS (INSERT INTO device_audit_heads(device_id, seq, hash) SELECT $1, $2::bigint, $3 FROM known "
            "WHERE $2::bigint >= highest AND coalesce(head_then = $3, true) "
            "AND ($4::bigint < 0 OR coalesce(before_then = $5, true)) ON CONFLICT DO NOTHING) "
            "SELECT highest, head_then, before_then FROM known"),
        {deviceId, head->seq, head->hash, prior.seq, prior.hash});
    if (!statement)
        return statement.error();
    Result<QVariantList> row = m_store.scriptUnsynced(*statement);
    if (!row)
        return row.error();
    if (row->size() != 3)
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no audit row"));
    const qint64 highest = row->at(0).toLongLong();
    const QVariant then[2] = {row->at(1), row->at(2)};

    QString problem;
    if (head->seq < highest) {
        problem = tr("The laptop's audit chain went back from entry %1 to entry %2: a backup was restored on it, or "
                     "entries were removed.")
                      .arg(highest)
                      .arg(head->seq);
    }
    const Head told[2] = {*head, prior};
    for (int i = 0; i < 2; ++i) {
        const Head &h = told[i];
        if (!problem.isEmpty() || h.seq < 0)
            continue;
        if (!then[i].isNull() && then[i].toString() != h.hash)
            problem = tr("Entry %1 of the laptop's audit chain is not what the laptop reported before: its history "
                         "was changed.")
                          .arg(h.seq);
    }
    if (!problem.isEmpty()) {
        // The device's id and the entry numbers only: nothing personal goes to the log.
        qCWarning(lcAudit) << "device" << deviceId << "audit chain problem at entry" << head->seq;
        Result<StoreQuery> noted = m_store.exec(QStringLiteral("UPDATE devices SET audit_problem = ?, audit_problem_at = now() "
                                                               "WHERE id = ? AND audit_problem IS NULL"),
                                                {problem, deviceId});
        return noted ? Status() : Status(noted.error());
    }
    return {};
}

} // namespace doudi::server
