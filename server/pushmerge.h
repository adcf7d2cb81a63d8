#pragma once

#include "common/result.h"
#include "server/requestauth.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace doudi::server {

class ServerStore;

// Applies a device's batch of operations in one transaction (DESIGN §6): each op once (a
// retried op gets its first answer again); fields nobody else changed since the op's base
// apply, equal values apply, and the same field changed elsewhere to another value becomes
// a conflict that a person decides; the server's value stays meanwhile. A case step that is
// no longer legal (another device moved the case on), and a delete against an edit, are
// conflicts too. Every op is checked for the user's role and areas and refused alone.
class PushMerge
{
    Q_DECLARE_TR_FUNCTIONS(PushMerge)
public:
    PushMerge(ServerStore &store, const Caller &caller, QString county)
        : m_store(store), m_caller(caller), m_county(std::move(county))
    {
    }

    struct Applied
    {
        QList<core::protocol::OpResult> results; // one per op, in order
        qint64 seq = 0;                          // the county's change number after the batch, which covers it
    };
    // Returns once the batch is on disk. seen: the highest change number the device has seen
    // (ServerStore::notBehind): beyond the county's, nothing is applied.
    core::Result<Applied> apply(const QList<core::protocol::Op> &ops, qint64 seen = 0);

private:
    struct Record
    {
        bool exists = false;
        QString householdId;
        QString areaCode;
        qint64 version = 0;
        QJsonObject fields;
        QJsonObject fieldVersions; // field → [version, device, user, hlc]
        bool deleted = false;
        QString user;
        QString hlc;
    };

    core::Result<core::protocol::OpResult> applyOne(const core::protocol::Op &op);
    core::Result<Record> load(const QString &type, const QString &id);
    // writerHasAll: the pushing device already holds every field of the result (nothing another
    // device changed since its base), so its pull may leave the record out.
    // before: the record as loaded (its check line comes out of its village's sum).
    core::Status save(const QString &type, const QString &id, const Record &r, const core::protocol::Op &op, bool writerHasAll,
                      const Record &before);
    // Adds (sign 1) or takes out (-1) records from a village's divergence check.
    core::Status addToCheck(const QString &area, const core::protocol::CheckSum &sum, int sign);
    // Whether another device changed the field (any field when empty) after baseVersion.
    bool changedElsewhereSince(const Record &r, qint64 baseVersion, const QString &field = {}) const;
    // The device that last changed the field.
    static QString lastChangedBy(const Record &r, const QString &field);
    static core::protocol::OpResult answer(const core::protocol::Op &op, core::protocol::OpResult::Status status, qint64 version);
    // The op by kind, once the record is placed (household, area) and the user may change it.
    core::Result<core::protocol::OpResult> insertNew(const core::protocol::Op &op, Record r);
    core::Result<core::protocol::OpResult> remove(const core::protocol::Op &op, Record r);
    core::Result<core::protocol::OpResult> update(const core::protocol::Op &op, Record r);
    core::Result<qint64> nextSeq();
    core::Result<qint64> conflict(const core::protocol::Op &op, const Record &r, const QString &kind, const QString &field,
                                  const QJsonValue &before, const QJsonValue &mine, const QJsonValue &theirs);
    // The household a record belongs to, from its own fields or its parent's.
    core::Result<QString> householdOf(const QString &type, const QJsonObject &fields);
    core::Status resolve(const core::protocol::Op &op, const Record &r);
    core::protocol::OpResult refused(const core::protocol::Op &op, const QString &reason) const;
    core::Status moveHousehold(const QString &householdId, const QString &area);
    // The statement that reads the answers given before to the batch's ops (a retry), and its
    // records, locked: one statement rather than one per op, sent with BEGIN.
    core::Result<QString> preload(const QList<core::protocol::Op> &ops);
    // Takes in what preload()'s statement read (its row): the answers given before, and the
    // records. seen: as for apply().
    core::Status preloaded(qint64 seen, const QVariantList &row, QHash<QString, core::protocol::OpResult> &given);
    // The statement that writes what the batch kept in memory so far (empty if nothing): the
    // records saved, with their change numbers, the village checks and the answers. Sent with
    // the COMMIT at the end, or on its own by flush().
    core::Result<QString> writes();
    // Writes it now, before a statement that reads records directly.
    core::Status flush();
    static QString keyOf(const QString &type, const QString &id) { return type + QChar(0x1f) + id; }

    struct Saved
    {
        QString type;
        QString id;
        Record record;
        qint64 order = 0; // when it was last saved in the batch: its change number follows it
        QString hlc;
        QString user;
        QString device;
    };

    ServerStore &m_store;
    const Caller &m_caller;
    QString m_county;
    QHash<QString, qint64> m_caseConflicts; // case id → its conflict in this batch (one per case)
    // The batch works in memory and writes once at the end, in one statement (flush()), rather
    // than six per op (issue 11): the records it read or wrote, by keyOf(); those to write, in
    // order; the village checks.
    QHash<QString, Record> m_cache;
    QSet<QString> m_preloading;          // keyOf() of the records preload() asks for
    QHash<QString, qsizetype> m_savedAt; // keyOf() → index in m_saved
    QList<Saved> m_saved;
    QHash<QString, QString> m_householdById; // keyOf() → household, of every record the batch saved
    qint64 m_savedCount = 0;
    QHash<QString, core::protocol::CheckSum> m_checks;
    QHash<QString, core::protocol::OpResult> m_answered; // op id → its answer in this batch
    QList<QString> m_answeredOrder;
    qsizetype m_answersWritten = 0; // of m_answeredOrder, by flush()
};

} // namespace doudi::server
