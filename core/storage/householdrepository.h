#pragma once

#include "domain/household.h"
#include "domain/householdchange.h"
#include "domain/householdlisting.h"

#include <QCoreApplication>
#include <QHash>

namespace doudi::core {

class ChangeLog;
class Database;

// Loads and saves households as whole aggregates. A save compares with what is stored and
// writes only what changed; each changed record gets an outbox operation and an audit entry,
// all in one transaction with the data itself.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
public:
    HouseholdRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    Result<Household> load(const QString &id);
    // Inserts or updates; gives new records their ids and timestamps (written back into h).
    // h must be the copy that was loaded (or a new household): when the stored one changed
    // since, the save is refused (ErrorCode::Stale) and nothing is written. stored, if given,
    // receives the household as it was before (empty for a new one), read once for both.
    Status save(Household &h, Household *stored = nullptr);
    // Marks the household deleted (a tombstone that sync will carry) and drops it from search.
    Status remove(const QString &id);

    // Brings the search rows of a household in line with what is stored (after changes that
    // came from the server); a deleted household leaves none.
    Status reindexStored(const QString &id);

    // Within the areas whose codes start with one of prefixes (everywhere when it is empty).
    Result<qint64> count(const QStringList &prefixes = {});
    Result<QList<HouseholdSummary>> list(int offset, int limit, const QStringList &prefixes = {});
    // Head and village of one household, in one query (lists need no more).
    Result<HouseholdSummary> summary(const QString &id);
    // Records why a household was edited (inside the edit's transaction).
    Status addChange(const HouseholdChange &change);
    // The household's edits, newest first.
    Result<QList<HouseholdChange>> changes(const QString &householdId);
    // Members of other households (not deleted) with one of these ID numbers.
    Result<QList<RegisteredElsewhere>> registeredElsewhere(const QStringList &idNumbers, const QString &householdId);
    // Households in an area with an application matching the filter, by village and head's name.
    Result<QList<HouseholdSummary>> browse(const HouseholdFilter &filter, int limit);

private:
    template <typename T>
    Status writeChildren(const QString &table, const QString &type, const QString &householdId, const QList<T> &before,
                         QList<T> &after, const QString &hlc, bool *changed);
    template <typename T> Result<QList<T>> loadChildren(const QString &table, const QString &householdId);
    // position: the record's place among its siblings (-1 for a household), oldPosition where
    // it stood before (-1: new). Sets *changed when anything was written.
    Status writeRow(const QString &table, const QString &type, RecordMeta &meta, const QVariantMap &parent, QVariantMap fields,
                    const QVariantMap *before, int position, int oldPosition, const QString &hlc, bool *changed);
    static Error stale();
    Status reindex(const Household &h, bool existed);
    const QString &insertSql(const QString &table, const QVariantMap &record);

    struct InsertSql
    {
        QStringList columns;
        QString sql;
    };

    Database &m_db;
    ChangeLog &m_changes;
    QHash<QString, InsertSql> m_insertSql; // by table
};

} // namespace doudi::core
