#include "storage/changelog.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "common/utf8.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/recordaudit.h"
#include "storage/recordtypes.h"

#include <QSqlError>

#include <algorithm>

namespace doudi::core {

namespace {
QString opName(ChangeLog::Op op)
{
    switch (op) {
    case ChangeLog::Op::Insert:
        return QStringLiteral("insert");
    case ChangeLog::Op::Update:
        return QStringLiteral("update");
    case ChangeLog::Op::Delete:
        return QStringLiteral("delete");
    case ChangeLog::Op::Attest:
        return QStringLiteral("attest");
    case ChangeLog::Op::Refuse:
        return QStringLiteral("refuse");
    }
    return {};
}

Status setMeta(Database &db, const QString &key, const QVariant &value)
{
    Result<Query> q = db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), {key, storedValue(value)});
    return q ? Status() : Status(q.error());
}

// Outbox and audit rows go in many to a statement (ChangeLog::flush); 64 rows stay well under
// SQLite 3.15's 999 bound values.
constexpr int kRowsPerInsert = 64;
const char *const kOutboxTable = "outbox";
const char *const kOutboxColumns = "op_id, record_type, record_id, op, base_version, changed_fields, hlc, device_seq, user_name";
constexpr int kOutboxColumnCount = 9;
const char *const kAuditTable = "audit_log";
const char *const kAuditColumns = "seq, hlc, device_time, user_name, action, record_type, record_id, before_hash, after_hash, "
                                  "prev_hash, entry_hash";
constexpr int kAuditColumnCount = 11;

bool needsJsonEscape(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
}

// A JSON value: null, an integer or a string (what records hold).
void appendJson(QByteArray &out, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Double:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QString text = v.toString();
    out += '"';
    if (!needsJsonEscape(text)) { // nearly always: names, addresses, codes
        appendUtf8(out, text);
        out += '"';
        return;
    }
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xf];
                out += "0123456789abcdef"[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QVariant metaValue(Database &db, const QString &key)
{
    Result<Query> q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return (q && q->next()) ? q->value(0) : QVariant();
}
} // namespace

Result<std::unique_ptr<ChangeLog>> ChangeLog::open(Database &db, const QString &user)
{
    std::unique_ptr<ChangeLog> log(new ChangeLog(db, user));
    log->m_node = metaValue(db, QStringLiteral("device_node")).toString();
    if (log->m_node.isEmpty()) {
        log->m_node = newNode();
        if (Status st = setMeta(db, QStringLiteral("device_node"), log->m_node); !st)
            return st.error();
    }
    log->m_hlc.setNode(log->m_node);
    return log;
}

QString ChangeLog::newNode()
{
    // Random, not a UUID's prefix: UUIDs begin with the time they were made.
    return QString::fromLatin1(RandomSource::bytes(4).toHex());
}

Result<ChangeLog::Counters *> ChangeLog::counters()
{
    if (!m_db.inTransaction())
        return Error(ErrorCode::Internal, tr("A change was written outside a transaction."));
    if (m_counters.transaction == m_db.transactionId())
        return &m_counters;
    Counters c;
    c.transaction = m_db.transactionId();
    c.deviceTime = Clock::nowUtc().toString(Qt::ISODateWithMs);
    c.deviceSeq = metaValue(m_db, QStringLiteral("device_seq")).toLongLong();
    Result<Query> q = m_db.exec(QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (q->next()) {
        c.auditSeq = q->value(0).toLongLong();
        c.auditHead = q->value(1).toString();
    }
    q->finish();
    m_hlc.restore(metaValue(m_db, QStringLiteral("hlc_last")).toString());
    m_counters = c;
    m_db.beforeCommit([this, tx = c.transaction]() -> Status {
        if (m_counters.transaction != tx)
            return {};
        if (Status st = flush(kOutboxTable, kOutboxColumns, kOutboxColumnCount, m_counters.outbox, true); !st)
            return st;
        if (Status st = flush(kAuditTable, kAuditColumns, kAuditColumnCount, m_counters.audit, true); !st)
            return st;
        if (Status st = setMeta(m_db, QStringLiteral("device_seq"), m_counters.deviceSeq); !st)
            return st;
        return setMeta(m_db, QStringLiteral("hlc_last"), m_hlc.last());
    });
    return &m_counters;
}

Status ChangeLog::flush(const char *table, const char *columns, int columnCount, QVariantList &rows, bool all)
{
    const qsizetype full = qsizetype(columnCount) * kRowsPerInsert;
    while (rows.size() >= full || (all && !rows.isEmpty())) {
        const qsizetype n = std::min(rows.size(), full) / columnCount;
        const QString one = u'(' + QStringList(columnCount, QStringLiteral("?")).join(u',') + u')';
        const QString sql = QStringLiteral("INSERT OR FAIL INTO %1(%2) VALUES %3")
                                .arg(QLatin1String(table), QLatin1String(columns), QStringList(n, one).join(u','));
        // A full batch always has the same text (cached); a remainder is prepared once.
        auto run = [&](const QVariantList &values) {
            return n == kRowsPerInsert ? m_db.exec(sql, values) : m_db.execOnce(sql, values);
        };
        // Rows are flushed as soon as a statement's worth is buffered, so all of them usually go.
        Result<Query> q = rows.size() == n * columnCount ? run(rows) : run(rows.mid(0, n * columnCount));
        if (!q)
            return q.error();
        rows.remove(0, n * columnCount); // keeps the capacity for the next batch
    }
    return {};
}

QString ChangeLog::tick()
{
    // Joins the caller's transaction (or makes one, so that the clock is kept). If the
    // counters cannot be read, the write this timestamp is for fails in the same transaction.
    QString hlc;
    (void)m_db.transaction([&]() -> Status {
        (void)counters();
        hlc = m_hlc.tick();
        return {};
    });
    return hlc;
}

bool ChangeLog::observe(const QString &remoteHlc)
{
    bool moved = false;
    (void)m_db.transaction([&]() -> Status {
        (void)counters();
        moved = m_hlc.observe(remoteHlc);
        return {};
    });
    return moved;
}

QString ChangeLog::hashFields(const QVariantMap &fields)
{
    if (fields.isEmpty())
        return storedText({}); // no record: before an insert, after a delete
    // A canonical encoding of the record: keys in order (QVariantMap sorts them), each value
    // as integer or text, separated by bytes that text cannot hold. A number reads back from
    // SQLite as an integer whatever type the domain gave it, so numbers are written alike.
    QByteArray canonical;
    canonical.reserve(512);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        appendUtf8(canonical, it.key());
        canonical += '\x1e';
        switch (it.value().typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            canonical += 'i';
            canonical += QByteArray::number(it.value().toLongLong());
            break;
        default:
            canonical += 's';
            appendUtf8(canonical, it.value().toString());
        }
        canonical += '\x1f';
    }
    return QString::fromLatin1(Crypto::sha256(canonical).toHex());
}

QString ChangeLog::entryHash(const QVariantList &entry)
{
    QByteArray data;
    data.reserve(512);
    for (const QVariant &v : entry) {
        appendUtf8(data, v.toString());
        data += '\x1f';
    }
    return QString::fromLatin1(Crypto::sha256(data).toHex());
}

Status ChangeLog::record(Op op, const QString &recordType, const QString &recordId, qint64 baseVersion, const QVariantMap &before,
                         const QVariantMap &after, const QString &hlc)
{
    return m_db.transaction([&] { return recordInTransaction(op, recordType, recordId, baseVersion, before, after, hlc); });
}

Status ChangeLog::recordInTransaction(Op op, const QString &recordType, const QString &recordId, qint64 baseVersion,
                                      const QVariantMap &before, const QVariantMap &after, const QString &hlc)
{
    // An insert carries the record {"field": value}; an update {"field": {"old": …, "new": …}}
    // for the fields that differ; a delete nothing (the audit entry keeps what was deleted).
    // Keys in order. Written by hand: this runs for every record of an import, and QJsonObject
    // costs several times more.
    QByteArray changed;
    changed.reserve(1024);
    changed += '{';
    auto field = [&](const QString &key, const QVariant &o, const QVariant &n) {
        if (o == n || op == Op::Delete)
            return;
        if (changed.size() > 1)
            changed += ',';
        appendJson(changed, key);
        changed += ':';
        if (op == Op::Insert) {
            appendJson(changed, n);
            return;
        }
        changed += "{\"old\":";
        appendJson(changed, o);
        changed += ",\"new\":";
        appendJson(changed, n);
        changed += '}';
    };
    // Both maps are sorted: walk them together.
    auto b = before.cbegin(), a = after.cbegin();
    while (b != before.cend() || a != after.cend()) {
        if (a == after.cend() || (b != before.cend() && b.key() < a.key())) {
            field(b.key(), b.value(), QVariant());
            ++b;
        } else if (b == before.cend() || a.key() < b.key()) {
            field(a.key(), QVariant(), a.value());
            ++a;
        } else {
            field(a.key(), b.value(), a.value());
            ++a;
            ++b;
        }
    }
    changed += '}';
    // Allocated in the writing transaction: a rollback takes the number back, and a second
    // process writing the same profile continues from the committed value.
    Result<Counters *> c = counters();
    if (!c)
        return c.error();
    const qint64 deviceSeq = (*c)->deviceSeq + 1;
    (*c)->outbox << RandomSource::uuidString() << recordType << recordId << opName(op) << baseVersion
                 << QString::fromUtf8(changed) << hlc << deviceSeq << m_user;
    if (Status st = flush(kOutboxTable, kOutboxColumns, kOutboxColumnCount, (*c)->outbox, false); !st)
        return st;
    (*c)->deviceSeq = deviceSeq;
    return auditInTransaction(m_user, op, recordType, recordId, before, after, hlc);
}

Result<QVariantMap> ChangeLog::storedForm(const QString &recordType, const QVariant &recordId)
{
    const RecordType *type = RecordType::find(recordType);
    if (!type)
        return Error(ErrorCode::Internal, tr("A record of an unknown kind was written."), recordType);
    return type->stored(m_db, recordId);
}

Status ChangeLog::recordInserted(const QString &recordType, const QVariant &recordId, const QString &hlc)
{
    Result<QVariantMap> stored = storedForm(recordType, recordId);
    if (!stored)
        return stored.error();
    return record(Op::Insert, recordType, recordId.toString(), 0, {}, *stored, hlc);
}

Status ChangeLog::auditInserted(const QString &recordType, const QVariant &recordId, const QString &hlc)
{
    Result<QVariantMap> stored = storedForm(recordType, recordId);
    if (!stored)
        return stored.error();
    return audit(Op::Insert, recordType, recordId.toString(), {}, *stored, hlc);
}

Status ChangeLog::tombstone(const QString &recordType, const QString &recordId, const QString &parentId, const QString &hlc)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO tombstones(record_type, record_id, parent_id, hlc, user_name) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {recordType, recordId, storedText(parentId), hlc, m_user}); // '' for a record without a parent
    return q ? Status() : Status(q.error());
}

Result<bool> ChangeLog::isTombstoned(Database &db, const QString &recordType, const QString &recordId)
{
    Result<Query> q =
        db.exec(QStringLiteral("SELECT 1 FROM tombstones WHERE record_type = ? AND record_id = ?"), {recordType, recordId});
    if (!q)
        return q.error();
    return q->next();
}

Status ChangeLog::audit(Op op, const QString &recordType, const QString &recordId, const QVariantMap &before,
                        const QVariantMap &after, const QString &hlc)
{
    return m_db.transaction([&] { return auditInTransaction(m_user, op, recordType, recordId, before, after, hlc); });
}

Status ChangeLog::auditAs(const QString &user, Op op, const QString &recordType, const QString &recordId,
                          const QVariantMap &before, const QVariantMap &after, const QString &hlc)
{
    return m_db.transaction([&] { return auditInTransaction(user, op, recordType, recordId, before, after, hlc); });
}

Status ChangeLog::auditInTransaction(const QString &user, Op op, const QString &recordType, const QString &recordId,
                                     const QVariantMap &before, const QVariantMap &after, const QString &hlc)
{
    Result<Counters *> c = counters();
    if (!c)
        return c.error();
    const qint64 seq = (*c)->auditSeq + 1;
    const QString prev = storedText((*c)->auditHead); // '' before the first entry
    QVariantList entry = {seq,        hlc,      (*c)->deviceTime,   storedText(user),  opName(op),
                          recordType, recordId, hashFields(before), hashFields(after), prev};
    entry.append(entryHash(entry));
    (*c)->audit += entry;
    if (Status st = flush(kAuditTable, kAuditColumns, kAuditColumnCount, (*c)->audit, false); !st)
        return st;
    (*c)->auditSeq = seq;
    (*c)->auditHead = entry.last().toString();
    return {};
}

Result<QList<AuditEntry>> ChangeLog::entriesFor(const QStringList &recordIds, int limit)
{
    QList<AuditEntry> out;
    if (recordIds.isEmpty())
        return out;
    QVariantList values;
    for (const QString &id : recordIds)
        values << id;
    values << limit;
    const QString marks = QStringList(recordIds.size(), QStringLiteral("?")).join(u',');
    Result<Query> q =
        m_db.execOnce(QStringLiteral("SELECT seq, device_time, user_name, action, record_type, record_id FROM audit_log "
                                     "WHERE record_id IN (%1) ORDER BY seq DESC LIMIT ?")
                          .arg(marks),
                      values);
    if (!q)
        return q.error();
    while (q->next())
        out << AuditEntry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(),   q->value(4).toString(), q->value(5).toString()};
    return out;
}

Result<AuditReport> ChangeLog::verifyAudit()
{
    Result<AuditReport> report = verifyChain(m_db);
    if (!report)
        return report;
    Result<RecordAudit::Report> records = RecordAudit::verify(m_db);
    if (!records)
        return records.error();
    report->recordsChecked = records->checked;
    report->recordProblemCount = records->problemCount;
    for (const RecordAudit::Problem &p : std::as_const(records->problems))
        report->recordProblems << AuditReport::RecordProblem{p.recordType, p.recordId, p.what};
    return report;
}

Result<AuditReport> ChangeLog::verifyChain(Database &db)
{
    AuditReport report;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, hlc, device_time, user_name, action, record_type, record_id, "
                               "before_hash, after_hash, prev_hash, entry_hash FROM audit_log ORDER BY seq")))
        return db.sqlError(q.lastError(), tr("The audit log could not be read."));
    QString prev;
    qint64 expectedSeq = 1;
    while (q.next()) {
        QVariantList entry;
        for (int i = 0; i < 10; ++i)
            entry << q.value(i);
        const qint64 seq = entry[0].toLongLong();
        ++report.entries;
        QString problem;
        if (seq != expectedSeq)
            problem = tr("entry %1 is missing").arg(expectedSeq);
        else if (entry[9].toString() != prev)
            problem = tr("entry %1 does not follow the entry before it").arg(seq);
        else if (entryHash(entry) != q.value(10).toString())
            problem = tr("entry %1 was altered").arg(seq);
        if (!problem.isEmpty()) {
            report.firstBadSeq = seq;
            report.problem = problem;
            return report;
        }
        prev = q.value(10).toString();
        ++expectedSeq;
    }
    report.headHash = prev;
    return report;
}

} // namespace doudi::core
