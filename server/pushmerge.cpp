#include "server/pushmerge.h"

#include "server/blobstore.h"
#include "server/serverstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <optional>

namespace doudi::server {

using namespace doudi::core;
using protocol::Op;
using protocol::OpResult;

namespace {

// The first key of the advisory locks that keep one device's batches in turn ("Doud").
constexpr int kDeviceLockSpace = 0x446f7564;

// Bookkeeping of the laptop's own tables, which the server keeps for itself.
bool isBookkeeping(const QString &field)
{
    return field == QLatin1String("version") || field == QLatin1String("created_hlc") || field == QLatin1String("updated_hlc");
}

QString toText(const QJsonValue &v)
{
    // jsonb takes any JSON value; QJsonDocument only objects and arrays, so wrap and cut.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Records that belong to a case (or, for an attachment, to any record) rather than directly
// to a household: the fields that name the parent's type and id.
struct ParentFields
{
    QString type; // a field name, or the parent's type itself when typeIsField is false
    bool typeIsField = false;
    QString id;
};

std::optional<ParentFields> parentFieldsOf(const QString &type)
{
    if (type == QLatin1String("case_step") || type == QLatin1String("visit") || type == QLatin1String("document"))
        return ParentFields{QStringLiteral("case"), false, QStringLiteral("case_id")};
    if (type == QLatin1String("attachment"))
        return ParentFields{QStringLiteral("owner_type"), true, QStringLiteral("owner_id")};
    return std::nullopt;
}

} // namespace

OpResult PushMerge::refused(const Op &op, const QString &reason) const
{
    OpResult r;
    r.opId = op.opId;
    r.status = OpResult::Status::Refused;
    r.reason = reason;
    return r;
}

Result<PushMerge::Applied> PushMerge::apply(const QList<Op> &ops, qint64 seen)
{
    // This device's batches one at a time (a retry may reach another serve process while the
    // first try still runs); every serve process must agree on the key, hence a hash of the
    // device's id that does not depend on the process (qHash does).
    const QByteArray digest = QCryptographicHash::hash(m_caller.deviceId.toUtf8(), QCryptographicHash::Sha256);
    const qint32 deviceKey = qFromBigEndian<qint32>(digest.constData());
    // A commit that does not wait for the disk: the change counter's lock is held to the
    // commit, and one fsync each inside it would queue every push of the county behind the
    // disk. The answer waits for the disk instead (ApiServer, Durability; a bundle's own commit
    // waits for it), so nothing answered or pulled can be lost.
    Applied out;
    // Two round trips (issue 11): the lock and the preload with BEGIN, the batch's writes with
    // the COMMIT; statements in between only when an op needs one (a conflict, a move).
    Result<QString> preloading = preload(ops);
    if (!preloading)
        return preloading.error();
    Result<qint64> seq = m_store.quickTransaction(
        QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2); %3").arg(kDeviceLockSpace).arg(deviceKey).arg(*preloading),
        [&](const QVariantList &row) -> Result<QString> {
            QHash<QString, OpResult> given;
            if (Status pre = preloaded(seen, row, given); !pre)
                return pre.error();
            for (const Op &op : ops) {
                if (const auto it = given.constFind(op.opId); it != given.constEnd()) {
                    out.results << *it;
                    continue;
                }
                if (const auto it = m_answered.constFind(op.opId); it != m_answered.constEnd()) {
                    out.results << *it; // the same op twice in one batch: once
                    continue;
                }
                Result<OpResult> r = applyOne(op);
                if (!r)
                    return r.error();
                m_answered.insert(op.opId, *r);
                m_answeredOrder << op.opId;
                out.results << *r;
            }
            return writes();
        });
    if (!seq)
        return seq.error();
    out.seq = *seq;
    return out;
}

Result<QString> PushMerge::preload(const QList<Op> &ops)
{
    // The answers already given to ops of this batch (a retry), each op's record and, for an
    // insert, its household, locked as load() would lock them, and the county's change number
    // (a device that has seen more stops: preloaded()): one statement. An index
    // lookup per id and per key (an IN or a semi-join would be planned as a scan of the table),
    // locking in the keys' sorted order, so that two batches on the same records lock them in
    // the same order.
    QJsonArray ids;
    for (const Op &op : ops)
        ids << op.opId;
    QList<std::pair<QString, QString>> wanted; // type, id
    auto want = [&](const QString &type, const QString &id) {
        const QString key = keyOf(type, id);
        if (id.isEmpty() || m_cache.contains(key) || m_preloading.contains(key))
            return;
        m_preloading.insert(key);
        wanted.append({type, id});
    };
    for (const Op &op : ops) {
        want(op.recordType, op.recordId);
        const QJsonValue household = op.changedFields.value(QStringLiteral("household_id"));
        if (op.op == QLatin1String("insert") && household.isString())
            want(QStringLiteral("household"), household.toString());
    }
    std::sort(wanted.begin(), wanted.end());
    QJsonArray keys;
    for (const auto &[type, id] : std::as_const(wanted))
        keys << QJsonArray{type, id};
    return m_store.bound(
        QStringLiteral("SELECT (SELECT json_agg(json_build_array(op_id, result)) FROM applied_ops "
                       "WHERE op_id = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb))))::text, "
                       "(SELECT json_agg(json_build_array(r.record_type, r.record_id, r.household_id, r.area_code, r.version, "
                       "r.fields, r.field_versions, r.deleted, r.user_name, r.hlc)) "
                       "FROM jsonb_array_elements($2::jsonb) k CROSS JOIN LATERAL (SELECT * FROM records "
                       "WHERE record_type = k->>0 AND record_id = k->>1 FOR UPDATE) r)::text, "
                       "(SELECT value FROM change_counter WHERE id = 1)"),
        {toText(QJsonValue(ids)), toText(QJsonValue(keys))});
}

Status PushMerge::preloaded(qint64 seen, const QVariantList &row, QHash<QString, OpResult> &given)
{
    if (row.size() != 3 || row.at(2).isNull())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no preload row"));
    if (Status st = ServerStore::notBehind(seen, row.at(2).toLongLong()); !st)
        return st;
    for (const QJsonValue &v : QJsonDocument::fromJson(row.at(0).toString().toUtf8()).array()) {
        Result<OpResult> again = OpResult::fromJson(v[1].toObject());
        if (!again)
            return again.error();
        given.insert(v[0].toString(), *again);
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(row.at(1).toString().toUtf8()).array()) {
        Record r;
        r.exists = true;
        r.householdId = v[2].toString();
        r.areaCode = v[3].toString();
        r.version = v[4].toInteger();
        r.fields = v[5].toObject();
        r.fieldVersions = v[6].toObject();
        r.deleted = v[7].toBool();
        r.user = v[8].toString();
        r.hlc = v[9].toString();
        const QString key = keyOf(v[0].toString(), v[1].toString());
        m_preloading.remove(key);
        m_cache.insert(key, r);
    }
    for (const QString &key : std::as_const(m_preloading))
        m_cache.insert(key, Record()); // not on the server (yet)
    m_preloading.clear();
    return {};
}

Status PushMerge::flush()
{
    Result<QString> statement = writes();
    if (!statement)
        return statement.error();
    if (statement->isEmpty())
        return {};
    Result<QVariantList> done = m_store.script(*statement);
    return done ? Status() : Status(done.error());
}

Result<QString> PushMerge::writes()
{
    QJsonArray checks;
    for (auto it = m_checks.constBegin(); it != m_checks.constEnd(); ++it) {
        const protocol::CheckSum &sum = it.value();
        if (sum.count == 0 && !sum.h[0] && !sum.h[1] && !sum.h[2] && !sum.h[3])
            continue;
        // As text: a 64-bit hash does not fit a JSON number.
        checks << QJsonArray{it.key(),
                             QString::number(sum.count),
                             QString::number(qint64(sum.h[0])),
                             QString::number(qint64(sum.h[1])),
                             QString::number(qint64(sum.h[2])),
                             QString::number(qint64(sum.h[3]))};
    }
    QJsonArray answers; // those not written yet
    for (qsizetype i = m_answersWritten; i < m_answeredOrder.size(); ++i)
        answers << QJsonArray{m_answeredOrder.at(i), m_answered.value(m_answeredOrder.at(i)).toJson()};
    const bool numbered = !m_saved.isEmpty() || !checks.isEmpty(); // what needs the change counter
    if (!numbered && answers.isEmpty())
        return QString();
    std::sort(m_saved.begin(), m_saved.end(), [](const Saved &a, const Saved &b) { return a.order < b.order; });
    QJsonArray rows;
    for (const Saved &s : std::as_const(m_saved)) {
        rows << QJsonObject{{QStringLiteral("record_type"), s.type},
                            {QStringLiteral("record_id"), s.id},
                            {QStringLiteral("household_id"), s.record.householdId},
                            {QStringLiteral("area_code"), s.record.areaCode},
                            {QStringLiteral("version"), double(s.record.version)},
                            {QStringLiteral("fields"), s.record.fields},
                            {QStringLiteral("field_versions"), s.record.fieldVersions},
                            {QStringLiteral("deleted"), s.record.deleted},
                            {QStringLiteral("n"), double(rows.size() + 1)},
                            {QStringLiteral("hlc"), s.hlc},
                            {QStringLiteral("user_name"), s.user},
                            {QStringLiteral("device_id"), s.device}};
    }
    // One statement: the counter's row is locked (to the commit) and moved on by the number of
    // records, which take the numbers after it in the order they were saved, the villages'
    // checks are added and the answers written. Both joins read the counter's new value first,
    // so a batch locks the villages' rows only under the counter's lock: two batches never lock
    // them crosswise. Short on purpose: while one batch holds the lock, every other batch waits
    // for it; a batch with only answers (every op refused) does not take it. It checks itself
    // that the counter was there to number the records (quickTransaction()).
    Result<QString> statement = m_store.bound(
        QStringLiteral(
            "WITH c AS (UPDATE change_counter SET value = value + $1::bigint WHERE id = 1 AND $2::boolean "
            "RETURNING value - $1::bigint AS base), "
            "r AS (INSERT INTO records(record_type, record_id, household_id, area_code, version, fields, field_versions, "
            "deleted, change_seq, hlc, user_name, device_id) "
            "SELECT record_type, record_id, household_id, area_code, version, fields, field_versions, deleted, "
            "c.base + x.n, hlc, user_name, device_id FROM c, jsonb_to_recordset($3::jsonb) AS x(record_type text, "
            "record_id text, household_id text, area_code text, version bigint, fields jsonb, field_versions jsonb, "
            "deleted boolean, n bigint, hlc text, user_name text, device_id text) "
            "ON CONFLICT (record_type, record_id) DO UPDATE SET household_id = excluded.household_id, "
            "area_code = excluded.area_code, version = excluded.version, fields = excluded.fields, "
            "field_versions = excluded.field_versions, deleted = excluded.deleted, change_seq = excluded.change_seq, "
            "hlc = excluded.hlc, user_name = excluded.user_name, device_id = excluded.device_id), "
            "a AS (INSERT INTO area_checks(area_code, count, h1, h2, h3, h4) "
            "SELECT x->>0, (x->>1)::bigint, (x->>2)::bigint, (x->>3)::bigint, (x->>4)::bigint, (x->>5)::bigint "
            "FROM c, jsonb_array_elements($4::jsonb) x "
            "ON CONFLICT (area_code) DO UPDATE SET count = area_checks.count + excluded.count, "
            "h1 = area_checks.h1 # excluded.h1, h2 = area_checks.h2 # excluded.h2, "
            "h3 = area_checks.h3 # excluded.h3, h4 = area_checks.h4 # excluded.h4), "
            "o AS (INSERT INTO applied_ops(op_id, device_id, result) SELECT x->>0, $5, x->1 FROM jsonb_array_elements($6::jsonb) "
            "x) "
            "SELECT doudi_require(NOT $2::boolean OR (SELECT count(*) FROM c) = 1, 'change counter')"),
        {qint64(rows.size()), numbered, toText(QJsonValue(rows)), toText(QJsonValue(checks)), m_caller.deviceId,
         toText(QJsonValue(answers))});
    // What this batch kept in memory is written by that statement (the transaction fails with it).
    m_answersWritten = m_answeredOrder.size();
    m_saved.clear();
    m_savedAt.clear();
    m_checks.clear();
    return statement;
}

Result<qint64> PushMerge::nextSeq()
{
    // One number now, for a conflict, an eviction or a resolution (records get theirs in
    // flush()). The counter's row stays locked to the commit, so that the change sequence is in
    // commit order: a reader never pages past a number still uncommitted.
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no change counter"));
    return q->value(0).toLongLong();
}

Result<PushMerge::Record> PushMerge::load(const QString &type, const QString &id)
{
    const QString key = keyOf(type, id);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("SELECT household_id, area_code, version, fields::text, field_versions::text, deleted, user_name, hlc "
                       "FROM records WHERE record_type = ? AND record_id = ? FOR UPDATE"),
        {type, id});
    if (!q)
        return q.error();
    Record r;
    if (!q->next()) {
        m_cache.insert(key, r);
        return r;
    }
    r.exists = true;
    r.householdId = q->value(0).toString();
    r.areaCode = q->value(1).toString();
    r.version = q->value(2).toLongLong();
    r.fields = parseObject(q->value(3).toString());
    r.fieldVersions = parseObject(q->value(4).toString());
    r.deleted = q->value(5).toBool();
    r.user = q->value(6).toString();
    r.hlc = q->value(7).toString();
    m_cache.insert(key, r);
    return r;
}

bool PushMerge::changedElsewhereSince(const Record &r, qint64 baseVersion, const QString &field) const
{
    for (auto it = r.fieldVersions.constBegin(); it != r.fieldVersions.constEnd(); ++it) {
        if (!field.isEmpty() && it.key() != field)
            continue;
        const QJsonArray by = it.value().toArray();
        if (qint64(by.at(0).toDouble()) > baseVersion && by.at(1).toString() != m_caller.deviceId)
            return true;
    }
    return false;
}

QString PushMerge::lastChangedBy(const Record &r, const QString &field)
{
    return r.fieldVersions.value(field).toArray().at(1).toString();
}

Status PushMerge::addToCheck(const QString &area, const protocol::CheckSum &sum, int sign)
{
    // Kept per village until the batch ends (finish()): XOR and count, in any order.
    if (sum.count == 0 && !sum.h[0] && !sum.h[1] && !sum.h[2] && !sum.h[3])
        return {};
    m_checks[area].merge(sum, sign);
    return {};
}

Status PushMerge::save(const QString &type, const QString &id, const Record &r, const Op &op, bool writerHasAll,
                       const Record &before)
{
    // The village's check: the line as it was out, the line as it is now in (XOR either way).
    protocol::CheckSum delta;
    if (before.exists && !before.deleted)
        delta.remove(protocol::checkLine(type, id, before.version));
    if (!r.deleted)
        delta.add(protocol::checkLine(type, id, r.version));
    if (Status st = addToCheck(r.areaCode, delta, 1); !st)
        return st;
    // Written with the batch (flush(), which numbers the changes in the order they were last
    // saved); read back from memory meanwhile.
    Saved saved{type,
                id,
                r,
                ++m_savedCount,
                op.hlc,
                op.user,
                writerHasAll ? m_caller.deviceId : QStringLiteral("")}; // "" (not NULL): every device pulls it
    const QString key = keyOf(type, id);
    m_householdById.insert(key, r.householdId);
    if (const auto at = m_savedAt.constFind(key); at != m_savedAt.constEnd())
        m_saved[*at] = saved; // one row per record in the statement: the latest
    else {
        m_savedAt.insert(key, m_saved.size());
        m_saved << saved;
    }
    Record now = r;
    now.exists = true;
    now.user = op.user;
    now.hlc = op.hlc;
    m_cache.insert(key, now);
    return {};
}

Result<qint64> PushMerge::conflict(const Op &op, const Record &r, const QString &kind, const QString &field,
                                   const QJsonValue &before, const QJsonValue &mine, const QJsonValue &theirs)
{
    Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    const QJsonArray who = r.fieldVersions.value(field).toArray();
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("INSERT INTO conflicts(kind, record_type, record_id, household_id, area_code, field, before_value, mine, "
                       "theirs, mine_user, mine_device, mine_hlc, theirs_user, theirs_hlc, change_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {kind, op.recordType, op.recordId, r.householdId, r.areaCode, field, toText(before), toText(mine), toText(theirs),
         op.user, m_caller.deviceId, op.hlc, who.size() > 2 ? who.at(2).toString() : r.user,
         who.size() > 3 ? who.at(3).toString() : r.hlc, *seq});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::Storage, tr("The county database refused a request."));
    // The record goes down again with the conflict to every device (the one that pushed too),
    // so that both sides show the server's value.
    if (r.exists) {
        if (Status st = flush(); !st) // its row as this batch left it
            return st.error();
        Result<StoreQuery> bump = m_store.exec(
            QStringLiteral("UPDATE records SET change_seq = ?, device_id = '' WHERE record_type = ? AND record_id = ?"),
            {*seq, op.recordType, op.recordId});
        if (!bump)
            return bump.error();
    }
    return q->value(0).toLongLong();
}

Result<QString> PushMerge::householdOf(const QString &type, const QJsonObject &fields)
{
    const std::optional<ParentFields> parentFields = parentFieldsOf(type);
    if (!parentFields)
        return fields.value(QStringLiteral("household_id")).toString();
    const QString parentType = parentFields->typeIsField ? fields.value(parentFields->type).toString() : parentFields->type;
    const QString parent = fields.value(parentFields->id).toString();
    if (const auto it = m_householdById.constFind(keyOf(parentType, parent)); it != m_householdById.constEnd())
        return *it; // the parent came in this batch
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("SELECT household_id FROM records WHERE record_type = ? AND record_id = ?"), {parentType, parent});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status PushMerge::moveHousehold(const QString &householdId, const QString &area)
{
    // Every record of the household follows it: devices of the old area lose it (evicted),
    // devices of the new one get it whole. The statements below read and write the records
    // table: this batch's rows go first, and what it had read is read again after.
    if (Status st = flush(); !st)
        return st;
    m_cache.clear();
    Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("INSERT INTO evictions(change_seq, household_id, old_area) "
                                    "SELECT ?, ?, area_code FROM records WHERE record_type = 'household' AND record_id = ?"),
                     {*seq, householdId, householdId});
    if (!q)
        return q.error();
    // The household's records leave the old village's check and join the new one's.
    Result<StoreQuery> rows = m_store.exec(
        QStringLiteral("SELECT record_type, record_id, version, area_code FROM records WHERE household_id = ? AND NOT deleted"),
        {householdId});
    if (!rows)
        return rows.error();
    protocol::CheckSum sum;
    QString oldArea;
    while (rows->next()) {
        sum.add(protocol::checkLine(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toLongLong()));
        oldArea = rows->value(3).toString();
    }
    if (Status st = addToCheck(oldArea, sum, -1); !st)
        return st;
    if (Status st = addToCheck(area, sum, 1); !st)
        return st;
    Result<StoreQuery> moved = m_store.exec(
        QStringLiteral("UPDATE records SET area_code = ?, change_seq = ? WHERE household_id = ?"), {area, *seq, householdId});
    if (!moved)
        return moved.error();
    Result<StoreQuery> conflicts =
        m_store.exec(QStringLiteral("UPDATE conflicts SET area_code = ? WHERE household_id = ?"), {area, householdId});
    return conflicts ? Status() : Status(conflicts.error());
}

Status PushMerge::resolve(const Op &op, const Record &r)
{
    for (qint64 id : op.resolves) {
        Result<qint64> seq = nextSeq();
        if (!seq)
            return seq.error();
        Result<StoreQuery> q =
            m_store.exec(QStringLiteral("UPDATE conflicts SET resolved_at = now(), resolved_by = ?, change_seq = ? "
                                        "WHERE id = ? AND household_id = ? AND resolved_at IS NULL"),
                         {op.user, *seq, id, r.householdId});
        if (!q)
            return q.error();
    }
    return {};
}

Result<OpResult> PushMerge::applyOne(const Op &op)
{
    if (!protocol::recordTypes().contains(op.recordType))
        return refused(op, tr("Records of this kind (%1) are not taken from devices: the county keeps them.").arg(op.recordType));
    if (op.user != m_caller.user)
        return refused(
            op, tr("This change was made by another user of the device (%1), who must sync it after signing in.").arg(op.user));
    if (m_caller.role == QLatin1String("admin") || m_caller.role.isEmpty())
        return refused(op, tr("Your role does not work on households."));
    // An attachment's record names its bytes (docs/sync-protocol.md §8): a hash and a size the
    // county can hold them under, or nothing of it is taken.
    if (op.recordType == QLatin1String("attachment") && op.op == QLatin1String("insert")) {
        const QJsonValue size = op.changedFields.value(QStringLiteral("size"));
        const bool whole = size.isDouble() && size.toDouble() == std::floor(size.toDouble()) && size.toDouble() >= 1 &&
                           size.toDouble() <= double(protocol::kMaxBlobBytes);
        if (!whole || !BlobStore::isHash(op.changedFields.value(QStringLiteral("sha256")).toString()))
            return refused(op, tr("A photo's record must give its SHA-256 and its size (at most %1 MB).")
                                   .arg(protocol::kMaxBlobBytes / (1024 * 1024)));
    }

    Result<Record> loaded = load(op.recordType, op.recordId);
    if (!loaded)
        return loaded.error();
    Record r = *loaded;
    const bool isHousehold = op.recordType == QLatin1String("household");

    // Where the record belongs: its household, and that household's area on the server.
    if (!r.exists) {
        if (op.op != QLatin1String("insert"))
            return refused(op, tr("The county server does not have this record (it was never synced)."));
        if (isHousehold) {
            r.householdId = op.recordId;
            r.areaCode = op.changedFields.value(QStringLiteral("area_code")).toString();
        } else {
            Result<QString> household = householdOf(op.recordType, op.changedFields);
            if (!household)
                return household.error();
            Result<Record> h = load(QStringLiteral("household"), *household);
            if (!h)
                return h.error();
            if (household->isEmpty() || !h->exists)
                return refused(op, tr("The household this record belongs to is not on the county server."));
            r.householdId = *household;
            r.areaCode = h->areaCode;
        }
    }
    if (r.areaCode.size() != 12 || !r.areaCode.startsWith(m_county))
        return refused(op, tr("This household's area (%1) is not in this county.").arg(r.areaCode));
    if (!m_caller.covers(r.areaCode))
        return refused(op, tr("This household is outside your areas: you cannot change it."));
    if (isHousehold && op.op == QLatin1String("delete") && m_caller.role != QLatin1String("township_head") &&
        m_caller.role != QLatin1String("county"))
        return refused(op, tr("Only the township head or the county may delete a household."));

    if (op.op == QLatin1String("insert") && !r.exists)
        return insertNew(op, r);
    if (r.deleted) {
        if (op.op == QLatin1String("delete"))
            return answer(op, OpResult::Status::Applied, r.version);
        // An edit of something deleted elsewhere: the deletion stands until a person decides.
        Result<qint64> made = conflict(op, r, QStringLiteral("delete"), QStringLiteral("*"), QJsonValue(), op.changedFields,
                                       QStringLiteral("deleted"));
        return made ? answer(op, OpResult::Status::Conflict, op.baseVersion) : Result<OpResult>(made.error());
    }
    if (op.op == QLatin1String("delete"))
        return remove(op, r);
    return update(op, r);
}

OpResult PushMerge::answer(const Op &op, OpResult::Status status, qint64 version)
{
    OpResult r;
    r.opId = op.opId;
    r.status = status;
    r.version = version;
    return r;
}

Result<OpResult> PushMerge::insertNew(const Op &op, Record r)
{
    const Record before = r;
    // A case step that starts from a state the case is no longer in was taken on a stale
    // copy: a conflict for a person, and the step is not recorded.
    if (op.recordType == QLatin1String("case_step")) {
        const QString caseId = op.changedFields.value(QStringLiteral("case_id")).toString();
        Result<Record> c = load(QStringLiteral("case"), caseId);
        if (!c)
            return c.error();
        const QString from = op.changedFields.value(QStringLiteral("from_state")).toString();
        const QString current = c->fields.value(QStringLiteral("state")).toString();
        if (c->exists && current != from && lastChangedBy(*c, QStringLiteral("state")) != m_caller.deviceId) {
            if (!m_caseConflicts.contains(caseId)) {
                Op asCase = op;
                asCase.recordType = QStringLiteral("case");
                asCase.recordId = caseId;
                Result<qint64> made = conflict(asCase, *c, QStringLiteral("step"), QStringLiteral("state"), from,
                                               op.changedFields.value(QStringLiteral("to_state")), current);
                if (!made)
                    return made.error();
                m_caseConflicts.insert(caseId, *made);
            }
            return answer(op, OpResult::Status::Conflict, 0);
        }
    }
    // A visit goes with its step: not taken when the step was not (a conflict above).
    if (op.recordType == QLatin1String("visit")) {
        Result<Record> step = load(QStringLiteral("case_step"), op.changedFields.value(QStringLiteral("step_id")).toString());
        if (!step)
            return step.error();
        if (!step->exists) {
            if (!m_caseConflicts.contains(op.changedFields.value(QStringLiteral("case_id")).toString()))
                return refused(op, tr("The step this visit belongs to is not on the county server."));
            return answer(op, OpResult::Status::Conflict, 0);
        }
    }
    r.version = 1;
    const QJsonArray stamp{1.0, m_caller.deviceId, op.user, op.hlc};
    for (auto it = op.changedFields.constBegin(); it != op.changedFields.constEnd(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        r.fields.insert(it.key(), it.value());
        r.fieldVersions.insert(it.key(), stamp);
    }
    if (Status st = save(op.recordType, op.recordId, r, op, true, before); !st)
        return st.error();
    return answer(op, OpResult::Status::Applied, r.version);
}

Result<OpResult> PushMerge::remove(const Op &op, Record r)
{
    // Deleting what another device changed since this one last saw it: a person decides.
    if (changedElsewhereSince(r, op.baseVersion)) {
        Result<qint64> made =
            conflict(op, r, QStringLiteral("delete"), QStringLiteral("*"), QJsonValue(), QStringLiteral("deleted"), r.fields);
        return made ? answer(op, OpResult::Status::Conflict, op.baseVersion) : Result<OpResult>(made.error());
    }
    const Record before = r;
    r.deleted = true;
    ++r.version;
    if (Status st = save(op.recordType, op.recordId, r, op, true, before); !st)
        return st.error();
    return answer(op, OpResult::Status::Applied, r.version);
}

Result<OpResult> PushMerge::update(const Op &op, Record r)
{
    const Record before = r;
    // An insert of something the server has already: each field as if changed from null.
    const bool insertAgain = op.op == QLatin1String("insert");
    // A case moved on by another device meanwhile: this device's step and everything it
    // derived from it (deadlines, amounts) make one conflict, and none of it is applied.
    if (op.recordType == QLatin1String("case") && !insertAgain) {
        const QJsonObject state = op.changedFields.value(QStringLiteral("state")).toObject();
        const QJsonValue theirs = r.fields.value(QStringLiteral("state"));
        if (!state.isEmpty() && theirs != state.value(QStringLiteral("new")) &&
            changedElsewhereSince(r, op.baseVersion, QStringLiteral("state"))) {
            if (!m_caseConflicts.contains(op.recordId)) {
                Result<qint64> made = conflict(op, r, QStringLiteral("step"), QStringLiteral("state"),
                                               state.value(QStringLiteral("old")), state.value(QStringLiteral("new")), theirs);
                if (!made)
                    return made.error();
                m_caseConflicts.insert(op.recordId, *made);
            }
            return answer(op, OpResult::Status::Conflict, op.baseVersion);
        }
    }
    // A household that moves must move within the county (checked before anything is written).
    QString newArea;
    if (op.recordType == QLatin1String("household") && op.changedFields.contains(QStringLiteral("area_code"))) {
        const QJsonValue area = op.changedFields.value(QStringLiteral("area_code"));
        newArea = (insertAgain ? area : area.toObject().value(QStringLiteral("new"))).toString();
        if (newArea.size() != 12 || !newArea.startsWith(m_county))
            return refused(op, tr("A household can only move to an area of this county."));
    }
    const bool writerHasAll = !insertAgain && !changedElsewhereSince(r, op.baseVersion);
    const QJsonArray stamp{double(r.version + 1), m_caller.deviceId, op.user, op.hlc};
    bool changed = false;
    bool conflicted = false;
    for (auto it = op.changedFields.constBegin(); it != op.changedFields.constEnd(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        const QJsonValue mine = insertAgain ? it.value() : it.value().toObject().value(QStringLiteral("new"));
        const QJsonValue was = insertAgain ? QJsonValue() : it.value().toObject().value(QStringLiteral("old"));
        const QJsonValue theirs = r.fields.value(it.key());
        if (theirs == mine)
            continue; // equal values apply
        // Another device changed the field after this one's base. (A decision, Op::resolves, is
        // an operation of its own with no fields: it never carries values past a conflict.)
        if (changedElsewhereSince(r, insertAgain ? 0 : op.baseVersion, it.key())) {
            Result<qint64> made = conflict(op, r, QStringLiteral("field"), it.key(), was, mine, theirs);
            if (!made)
                return made.error();
            conflicted = true;
            continue;
        }
        r.fields.insert(it.key(), mine);
        r.fieldVersions.insert(it.key(), stamp);
        changed = true;
    }
    if (changed) {
        ++r.version;
        if (Status st = save(op.recordType, op.recordId, r, op, writerHasAll, before); !st)
            return st.error();
        if (!newArea.isEmpty() && newArea != r.areaCode && r.fields.value(QStringLiteral("area_code")).toString() == newArea) {
            if (Status st = moveHousehold(r.householdId, newArea); !st)
                return st.error();
        }
    }
    if (Status st = resolve(op, r); !st)
        return st.error();
    // A device that did not hold every field of the result is not told the new version: it keeps
    // its base, so that its next edit is still judged against what it has not seen, and it pulls
    // the record (fault campaign, seed 93). Its base, not the version before this op: that one
    // may hold another device's change too (seed 66 of the next campaign lost a field so).
    return answer(op, conflicted ? OpResult::Status::Conflict : OpResult::Status::Applied,
                  writerHasAll ? r.version : op.baseVersion);
}

} // namespace doudi::server
