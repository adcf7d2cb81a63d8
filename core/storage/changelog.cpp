#include "storage/changelog.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/recordaudit.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QJsonObject>
#include <QSet>

namespace doudi::core {

namespace {
QString opName(ChangeLog::Op op)
{
    switch (op) {
    case ChangeLog::Op::Insert: return QStringLiteral("insert");
    case ChangeLog::Op::Update: return QStringLiteral("update");
    case ChangeLog::Op::Delete: return QStringLiteral("delete");
    case ChangeLog::Op::Attest: return QStringLiteral("attest");
    }
    return {};
}

Status setMeta(Database &db, const QString &key, const QVariant &value)
{
    Result<Query> q = db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), {key, value});
    return q ? Status() : Status(q.error());
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
    return RandomSource::uuidString().left(8);
}

QString ChangeLog::tick()
{
    // If the database cannot be read or written here, the write this timestamp is for fails
    // in the same transaction, so the in-memory clock alone is a safe fallback.
    m_hlc.restore(metaValue(m_db, QStringLiteral("hlc_last")).toString());
    const QString hlc = m_hlc.tick();
    (void)setMeta(m_db, QStringLiteral("hlc_last"), hlc);
    return hlc;
}

bool ChangeLog::observe(const QString &remoteHlc)
{
    m_hlc.restore(metaValue(m_db, QStringLiteral("hlc_last")).toString());
    if (!m_hlc.observe(remoteHlc))
        return false;
    (void)setMeta(m_db, QStringLiteral("hlc_last"), m_hlc.last());
    return true;
}

QString ChangeLog::hashFields(const QVariantMap &fields)
{
    if (fields.isEmpty())
        return {};
    // QJsonObject sorts its keys: the same record always gives the same bytes.
    const QByteArray canonical = QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(Crypto::sha256(canonical).toHex());
}

QString ChangeLog::entryHash(const QVariantList &entry)
{
    QByteArray data;
    for (const QVariant &v : entry) {
        data += v.toString().toUtf8();
        data += '\x1f';
    }
    return QString::fromLatin1(Crypto::sha256(data).toHex());
}

Status ChangeLog::record(Op op, const QString &recordType, const QString &recordId, qint64 baseVersion,
                         const QVariantMap &before, const QVariantMap &after, const QString &hlc)
{
    QJsonObject changed;
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &k : std::as_const(keys)) {
        const QVariant o = before.value(k), n = after.value(k);
        if (o != n)
            changed.insert(k, QJsonObject{{QStringLiteral("old"), QJsonValue::fromVariant(o)},
                                          {QStringLiteral("new"), QJsonValue::fromVariant(n)}});
    }
    // Allocated in the writing transaction: a rollback takes the number back, and a second
    // process writing the same profile continues from the committed value.
    const qint64 deviceSeq = metaValue(m_db, QStringLiteral("device_seq")).toLongLong() + 1;
    Result<Query> q = m_db.exec(
        QStringLiteral("INSERT INTO outbox(op_id, record_type, record_id, op, base_version, changed_fields, hlc, "
                       "device_seq, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RandomSource::uuidString(), recordType, recordId, opName(op), baseVersion,
         QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)), hlc, deviceSeq, m_user});
    if (!q)
        return q.error();
    if (Status st = setMeta(m_db, QStringLiteral("device_seq"), deviceSeq); !st)
        return st;
    return audit(op, recordType, recordId, before, after, hlc);
}

Status ChangeLog::tombstone(const QString &recordType, const QString &recordId, const QString &parentId, const QString &hlc)
{
    Result<Query> q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO tombstones(record_type, record_id, parent_id, hlc, user_name) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {recordType, recordId, parentId, hlc, m_user});
    return q ? Status() : Status(q.error());
}

Result<bool> ChangeLog::isTombstoned(Database &db, const QString &recordType, const QString &recordId)
{
    Result<Query> q = db.exec(QStringLiteral("SELECT 1 FROM tombstones WHERE record_type = ? AND record_id = ?"),
                              {recordType, recordId});
    if (!q)
        return q.error();
    return q->next();
}

Status ChangeLog::audit(Op op, const QString &recordType, const QString &recordId, const QVariantMap &before,
                        const QVariantMap &after, const QString &hlc)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    qint64 seq = 1;
    QString prev;
    if (q->next()) {
        seq = q->value(0).toLongLong() + 1;
        prev = q->value(1).toString();
    }
    q->finish();
    QVariantList entry = {seq,
                          hlc,
                          Clock::nowUtc().toString(Qt::ISODateWithMs),
                          m_user,
                          opName(op),
                          recordType,
                          recordId,
                          hashFields(before),
                          hashFields(after),
                          prev};
    entry.append(entryHash(entry));
    q = m_db.exec(QStringLiteral("INSERT INTO audit_log(seq, hlc, device_time, user_name, action, record_type, "
                                 "record_id, before_hash, after_hash, prev_hash, entry_hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  entry);
    return q ? Status() : Status(q.error());
}

Result<QList<ChangeLog::AuditEntry>> ChangeLog::entriesFor(const QStringList &recordIds, int limit)
{
    QList<AuditEntry> out;
    if (recordIds.isEmpty())
        return out;
    QVariantList values;
    for (const QString &id : recordIds)
        values << id;
    values << limit;
    const QString marks = QStringList(recordIds.size(), QStringLiteral("?")).join(u',');
    Result<Query> q = m_db.execOnce(QStringLiteral("SELECT seq, device_time, user_name, action, record_type, record_id FROM audit_log "
                                               "WHERE record_id IN (%1) ORDER BY seq DESC LIMIT ?").arg(marks),
                                values);
    if (!q)
        return q.error();
    while (q->next())
        out << AuditEntry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString()};
    return out;
}

Result<ChangeLog::AuditReport> ChangeLog::verifyAudit()
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

Result<ChangeLog::AuditReport> ChangeLog::verifyChain(Database &db)
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
