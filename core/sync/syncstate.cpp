#include "sync/syncstate.h"

#include "common/clock.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/recordtypes.h"
#include "storage/storedtext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace doudi::core {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QString();
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue valueOf(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]").array();
    return a.isEmpty() ? QJsonValue() : a.at(0);
}

} // namespace

Result<QString> SyncState::value(const QString &key)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status SyncState::adoptScopes(ChangeLog &changes, const QString &user, const QStringList &scopes)
{
    if (scopes.isEmpty())
        return {};
    const RecordType *type = RecordType::find(QStringLiteral("user"));
    return m_db.transaction([&]() -> Status {
        Result<QVariantMap> before = type->stored(m_db, user);
        if (!before)
            return before.error();
        const QString joined = scopes.join(u' ');
        if (before->value(QStringLiteral("scopes")).toString() == joined)
            return {};
        if (Result<Query> q = m_db.exec(QStringLiteral("UPDATE users SET scopes = ? WHERE name = ?"), {joined, user}); !q)
            return q.error();
        Result<QVariantMap> after = type->stored(m_db, user);
        if (!after)
            return after.error();
        return changes.audit(ChangeLog::Op::Update, QStringLiteral("user"), user, *before, *after, changes.tick());
    });
}

Status SyncState::setValue(const QString &key, const QString &value)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"), {key, storedText(value)});
    return q ? Status() : Status(q.error());
}

Result<bool> SyncState::isJoined()
{
    Result<QString> device = value(QStringLiteral("device_id"));
    if (!device)
        return device.error();
    return !device->isEmpty();
}

Status SyncState::saveConflict(const protocol::Conflict &c)
{
    // SQLite 3.15 has no upsert: insert it if new, then bring what may change up to date. A
    // conflict decided here and not yet pushed keeps its local decision.
    Result<Query> q = m_db.exec(
        QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflicts(id, kind, record_type, record_id, household_id, field, before_value, "
            "mine, theirs, mine_user, mine_hlc, theirs_user, theirs_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.id, c.kind, c.recordType, c.recordId, c.householdId, c.field, valueText(c.before), valueText(c.mine),
         valueText(c.theirs), c.mineUser, c.mineHlc, c.theirsUser, c.theirsHlc});
    if (!q)
        return q.error();
    if (!c.resolved)
        return {};
    q = m_db.exec(QStringLiteral("UPDATE sync_conflicts SET resolved = 1, resolved_by = ?, resolve_pending = 0 WHERE id = ?"),
                  {c.resolvedBy, c.id});
    return q ? Status() : Status(q.error());
}

Result<QList<protocol::Conflict>> SyncState::conflicts(bool openOnly)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT id, kind, record_type, record_id, household_id, field, before_value, mine, theirs, mine_user, "
                       "mine_hlc, theirs_user, theirs_hlc, resolved OR resolve_pending, resolved_by FROM sync_conflicts %1 "
                       "ORDER BY id")
            .arg(openOnly ? QStringLiteral("WHERE resolved = 0 AND resolve_pending = 0") : QString()));
    if (!q)
        return q.error();
    QList<protocol::Conflict> out;
    while (q->next()) {
        protocol::Conflict c;
        c.id = q->value(0).toLongLong();
        c.kind = q->value(1).toString();
        c.recordType = q->value(2).toString();
        c.recordId = q->value(3).toString();
        c.householdId = q->value(4).toString();
        c.field = q->value(5).toString();
        c.before = valueOf(q->value(6).toString());
        c.mine = valueOf(q->value(7).toString());
        c.theirs = valueOf(q->value(8).toString());
        c.mineUser = q->value(9).toString();
        c.mineHlc = q->value(10).toString();
        c.theirsUser = q->value(11).toString();
        c.theirsHlc = q->value(12).toString();
        c.resolved = q->value(13).toBool();
        c.resolvedBy = q->value(14).toString();
        out << c;
    }
    return out;
}

Status SyncState::markResolving(qint64 id)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("UPDATE sync_conflicts SET resolve_pending = 1 WHERE id = ? AND resolved = 0"), {id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0 ? Status()
                                    : Status(Error(ErrorCode::NotFound, tr("There is no open conflict %1 here.").arg(id)));
}

Result<QList<qint64>> SyncState::resolving(const QString &recordType, const QString &recordId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id FROM sync_conflicts WHERE resolve_pending = 1 AND record_type = ? "
                                               "AND record_id = ?"),
                                {recordType, recordId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status SyncState::refuse(const protocol::Op &op, const QString &reason)
{
    Result<Query> q = m_db.exec(
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_refusals(op_id, record_type, record_id, op, changed_fields, user_name, reason, "
            "refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {op.opId, op.recordType, op.recordId, op.op,
         QString::fromUtf8(QJsonDocument(op.changedFields).toJson(QJsonDocument::Compact)), op.user, storedText(reason),
         Clock::nowUtc().toString(Qt::ISODateWithMs)});
    return q ? Status() : Status(q.error());
}

namespace {

QString syncedTypes()
{
    QStringList types;
    for (const QString &t : protocol::recordTypes())
        types << u'\'' + t + u'\'';
    return QStringLiteral("record_type IN (%1)").arg(types.join(u','));
}

} // namespace

QString SyncState::outboxToSend()
{
    return QStringLiteral("user_name = ? AND ") + syncedTypes();
}

Result<SyncState::Waiting> SyncState::waiting(const QString &user)
{
    Result<Query> q = m_db.execOnce(QStringLiteral("SELECT coalesce(sum(CASE WHEN user_name = ? THEN 1 ELSE 0 END), 0), count(*) "
                                                   "FROM outbox WHERE %1")
                                        .arg(syncedTypes()),
                                    {user});
    if (!q)
        return q.error();
    Waiting w;
    if (q->next()) {
        w.toSend = q->value(0).toInt();
        w.other = q->value(1).toInt() - w.toSend;
    }
    return w;
}

Result<int> SyncState::refusalCount()
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT count(*) FROM sync_refusals"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QJsonArray> SyncState::refusals(int limit)
{
    Result<Query> q =
        m_db.execOnce(QStringLiteral("SELECT record_type, record_id, op, user_name, reason, refused_at FROM sync_refusals "
                                     "ORDER BY refused_at DESC LIMIT %1")
                          .arg(limit));
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out << QJsonObject{
            {QStringLiteral("record_type"), q->value(0).toString()}, {QStringLiteral("record_id"), q->value(1).toString()},
            {QStringLiteral("op"), q->value(2).toString()},          {QStringLiteral("user"), q->value(3).toString()},
            {QStringLiteral("reason"), q->value(4).toString()},      {QStringLiteral("refused_at"), q->value(5).toString()}};
    return out;
}

Result<QList<SyncState::MovedOut>> SyncState::movedOut(const QString &user)
{
    Result<Query> q =
        m_db.execOnce(QStringLiteral("SELECT household_id, head_name, area_code, cases, evicted_at FROM sync_evictions "
                                     "WHERE user_name = ? ORDER BY evicted_at DESC"),
                      {user});
    if (!q)
        return q.error();
    QList<MovedOut> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                    QDateTime::fromString(q->value(4).toString(), Qt::ISODate)});
    return out;
}

Result<QList<protocol::Duplicate>> SyncState::duplicates()
{
    Result<QString> kept = value(QStringLiteral("duplicates"));
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return QList<protocol::Duplicate>();
    Result<protocol::DuplicateList> list = protocol::DuplicateList::fromJson(kept->toUtf8());
    if (!list)
        return list.error();
    return list->duplicates;
}

} // namespace doudi::core
