#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariantMap>

namespace doudi::core {

class ChangeLog;
class Database;

// A change that came from the county server: the record's state as the server has it.
struct RemoteChange
{
    QString recordType; // RecordType::name
    QString recordId;
    QString op;         // insert, update or delete
    QVariantMap fields; // the record's stored columns, less bookkeeping (empty for a delete)
    qint64 version = 0; // the server's version of the record
    QString hlc;        // when it was changed, on the device that changed it
    QString user;       // who changed it
};

// The second write path (DESIGN §6): changes from the server are written without outbox
// operations (they are not this device's to push), but with audit entries in the name of who
// made them, the search index kept current and the clock moved past their timestamps. A
// record this device deleted stays deleted (its tombstone wins until the server has seen the
// deletion). Every column named by the server is checked against the table first.
class RemoteApplier
{
    Q_DECLARE_TR_FUNCTIONS(RemoteApplier)
public:
    RemoteApplier(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    struct Outcome
    {
        int applied = 0;
        int skippedTombstoned = 0;
        int clockRefused = 0; // timestamps implausibly far ahead: applied, the clock not moved
    };
    // All or nothing, in one transaction.
    Result<Outcome> apply(const QList<RemoteChange> &changes);
    // A household that left this device's areas (moved, or the user's areas changed): it and
    // every record of it are removed, each with an audit entry, and no tombstone, so that it
    // comes back whole if it is ever in the areas again. It is noted for user's work lists
    // (sync_evictions: "moved out of your area"). Returns how many records went.
    Result<int> evict(const QString &householdId, const QString &user);
    // One record the county does not have (after a rescan): removed with an audit entry and no
    // tombstone. A household goes with all its records (evict).
    Status forget(const QString &recordType, const QString &recordId, const QString &user);
    // Whether the records a change refers to are here (its household, its case, its step).
    Result<bool> hasParents(const RemoteChange &change);

private:
    Status applyOne(const RemoteChange &c, Outcome &outcome, QStringList &touchedHouseholds);

    // A table's columns, read once per table (PRAGMA table_info is not free per record).
    const QSqlRecord &columnsOf(const QString &table);

    Database &m_db;
    ChangeLog &m_changes;
    QHash<QString, QSqlRecord> m_columns;
};

} // namespace doudi::core
