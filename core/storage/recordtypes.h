#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace doudi::core {

class Database;

// The kinds of record that sync carries and the audit chain attests, and where each lives.
// The audit entry of every write hashes the record's stored columns except the bookkeeping
// ones named here, so that `audit verify` can hash the row again and compare.
struct RecordType
{
    QString name; // as in the outbox and the audit log
    QString table;
    QString idColumn;
    QStringList unhashed; // columns the hash leaves out (versions, timestamps, derived data)
    QString deletedFlag;  // a soft-delete column (the row stays as a tombstone), or empty
    QString parentColumn; // the record it belongs to, or empty

    static const QList<RecordType> &all();
    static const RecordType *find(const QString &name);
    // What the audit hash covers of a stored row (all its columns, as read).
    QVariantMap hashed(const QVariantMap &row) const;
    // The stored record as the audit hash and the outbox see it; NotFound if there is none.
    Result<QVariantMap> stored(Database &db, const QVariant &id) const;
};

} // namespace doudi::core
