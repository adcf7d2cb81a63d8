#pragma once

#include "common/hlc.h"
#include "common/result.h"
#include "domain/audit.h"
#include "storage/storedtext.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <memory>

namespace doudi::core {

class Database;

// Every write to a synced record passes through here, inside the writer's transaction:
// an outbox operation for sync (DESIGN §6) and an entry in the audit hash chain (§5).
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    // Attest: no change, the chain vouches for a record as stored (RecordAudit::attestAll).
    enum class Op
    {
        Insert,
        Update,
        Delete,
        Attest,
        Refuse
    }; // Refuse: a permission refused (Authorization)

    static Result<std::unique_ptr<ChangeLog>> open(Database &db, const QString &user);

    // This device's short id (part of every timestamp and document number).
    const QString &node() const { return m_node; }
    // A new device id (a new profile, or a backup restored: another device from then on).
    static QString newNode();
    const QString &user() const { return m_user; }
    // A timestamp for a change about to be written, inside the writer's transaction. The
    // clock's last value lives in the database, not in this object, so that two processes
    // writing the same profile one after the other never issue the same timestamp, and a
    // rolled-back transaction takes its timestamp back with it.
    QString tick();
    // Moves the clock past a timestamp that came from the server. False when that time is
    // implausibly far ahead (Hlc::observe); the change is still applied, the clock not moved.
    bool observe(const QString &remoteHlc);

    // before/after: the record's fields (with id and version), empty for insert/delete.
    // Only fields whose value differs are put in the outbox operation.
    Status record(Op op, const QString &recordType, const QString &recordId, qint64 baseVersion, const QVariantMap &before,
                  const QVariantMap &after, const QString &hlc);

    // A hard deletion leaves a tombstone, so that a change of the record arriving later from
    // another device does not bring it back (ChangeLog::applyRemote checks it).
    Status tombstone(const QString &recordType, const QString &recordId, const QString &parentId, const QString &hlc);
    static Result<bool> isTombstoned(Database &db, const QString &recordType, const QString &recordId);

    // An audit entry in another user's name: a change made on another device, applied here
    // from the server (RemoteApplier).
    Status auditAs(const QString &user, Op op, const QString &recordType, const QString &recordId, const QVariantMap &before,
                   const QVariantMap &after, const QString &hlc);

    // record() of an insert, with the record as it is now stored (RecordType::stored): for rows
    // written by plain SQL, whose stored form only the table knows (defaults, types).
    Status recordInserted(const QString &recordType, const QVariant &recordId, const QString &hlc);

    // recordInserted() for a record the county sent (its policy, its area list): the audit
    // entry holds the stored row like any record's, but there is no outbox operation.
    Status auditInserted(const QString &recordType, const QVariant &recordId, const QString &hlc);

    // An audit entry alone, for local records that sync does not push.
    Status audit(Op op, const QString &recordType, const QString &recordId, const QVariantMap &before, const QVariantMap &after,
                 const QString &hlc);

    // The audit entries of these records, newest first.
    Result<QList<AuditEntry>> entriesFor(const QStringList &recordIds, int limit = 500);

    // Recomputes every entry's hash and its link to the one before, then holds every stored
    // record against its latest entry (RecordAudit).
    Result<AuditReport> verifyAudit();
    // The chain alone.
    static Result<AuditReport> verifyChain(Database &db);

    static QString hashFields(const QVariantMap &fields);

private:
    ChangeLog(Database &db, const QString &user) : m_db(db), m_user(storedText(user)) {}
    static QString entryHash(const QVariantList &entry);
    Result<QVariantMap> storedForm(const QString &recordType, const QVariant &recordId);

    // The counters of the transaction being written: read once at its first write, kept here,
    // written back once before it commits (Database::beforeCommit). Writers are serialised by
    // the write transaction, so nobody else can move them meanwhile.
    struct Counters
    {
        quint64 transaction = 0;
        qint64 deviceSeq = 0;
        qint64 auditSeq = 0;
        QString auditHead;
        QString deviceTime; // the clock when the transaction first wrote: one moment a change
        // Outbox and audit rows not yet written: inserted many to a statement, before the
        // transaction commits (nothing reads them back inside the transaction that writes them).
        QVariantList outbox;
        QVariantList audit;
    };
    // Writes the buffered rows of a table once `columns` values × kRowsPerInsert are waiting,
    // or all of them when `all`.
    Status flush(const char *table, const char *columns, int columnCount, QVariantList &rows, bool all);
    Result<Counters *> counters();
    Status recordInTransaction(Op op, const QString &recordType, const QString &recordId, qint64 baseVersion,
                               const QVariantMap &before, const QVariantMap &after, const QString &hlc);
    Status auditInTransaction(const QString &user, Op op, const QString &recordType, const QString &recordId,
                              const QVariantMap &before, const QVariantMap &after, const QString &hlc);

    Database &m_db;
    QString m_user;
    QString m_node;
    Hlc m_hlc;
    Counters m_counters;
};

} // namespace doudi::core
