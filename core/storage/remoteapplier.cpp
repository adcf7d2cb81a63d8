#include "storage/remoteapplier.h"

#include "common/clock.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/householdrepository.h"
#include "storage/recordtypes.h"
#include "storage/storedtext.h"

#include <QSqlField>
#include <QSqlRecord>

namespace doudi::core {

Result<RemoteApplier::Outcome> RemoteApplier::apply(const QList<RemoteChange> &changes)
{
    Outcome outcome;
    QStringList households;
    Status st = m_db.transaction([&]() -> Status {
        for (const RemoteChange &c : changes) {
            if (Status s = applyOne(c, outcome, households); !s)
                return s;
        }
        HouseholdRepository repo(m_db, m_changes);
        households.removeDuplicates();
        for (const QString &id : std::as_const(households)) {
            if (Status s = repo.reindexStored(id); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return Error(st.error().code(), tr("Changes from the server could not be saved: %1").arg(st.error().message()),
                     st.error().detail());
    return outcome;
}

const QSqlRecord &RemoteApplier::columnsOf(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, m_db.connection().record(table));
    return *it;
}

Result<int> RemoteApplier::evict(const QString &householdId, const QString &user)
{
    // Children before their parents (the foreign keys), each row audited as it goes.
    static const QList<QPair<QString, QString>> order = {
        {QStringLiteral("document"), QStringLiteral("case_id IN (SELECT id FROM cases WHERE household_id = ?)")},
        {QStringLiteral("attachment"), QStringLiteral("owner_id IN (SELECT id FROM cases WHERE household_id = ?)")},
        {QStringLiteral("visit"), QStringLiteral("case_id IN (SELECT id FROM cases WHERE household_id = ?)")},
        {QStringLiteral("case_step"), QStringLiteral("case_id IN (SELECT id FROM cases WHERE household_id = ?)")},
        {QStringLiteral("case"), QStringLiteral("household_id = ?")},
        {QStringLiteral("household_change"), QStringLiteral("household_id = ?")},
        {QStringLiteral("obligor"), QStringLiteral("household_id = ?")},
        {QStringLiteral("expenditure"), QStringLiteral("household_id = ?")},
        {QStringLiteral("asset"), QStringLiteral("household_id = ?")},
        {QStringLiteral("income"), QStringLiteral("household_id = ?")},
        {QStringLiteral("person"), QStringLiteral("household_id = ?")},
        {QStringLiteral("household"), QStringLiteral("id = ?")},
    };
    int removed = 0;
    Status st = m_db.transaction([&]() -> Status {
        // Noted for the work lists before it goes ("moved out of your area"); old notes go.
        Result<Query> noted = m_db.exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO sync_evictions(household_id, user_name, head_name, area_code, cases, evicted_at) "
                "SELECT h.id, ?, coalesce((SELECT name FROM persons WHERE household_id = h.id AND relation = 'head' "
                "ORDER BY position LIMIT 1), ''), h.area_code, (SELECT count(*) FROM cases WHERE household_id = h.id), "
                "? FROM households h WHERE h.id = ?"),
            {storedText(user), Clock::nowUtc().toString(Qt::ISODate), householdId});
        if (!noted)
            return noted.error();
        Result<Query> old = m_db.exec(QStringLiteral("DELETE FROM sync_evictions WHERE evicted_at < ?"),
                                      {Clock::nowUtc().addDays(-30).toString(Qt::ISODate)});
        if (!old)
            return old.error();
        const QString hlc = m_changes.tick();
        for (const auto &[typeName, where] : order) {
            const RecordType *type = RecordType::find(typeName);
            Result<Query> ids = m_db.execOnce(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(type->idColumn, type->table, where), {householdId});
            if (!ids)
                return ids.error();
            QStringList list;
            while (ids->next())
                list << ids->value(0).toString();
            for (const QString &id : std::as_const(list)) {
                Result<QVariantMap> before = type->stored(m_db, id);
                if (!before)
                    return before.error();
                Result<Query> q =
                    m_db.execOnce(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(type->table, type->idColumn), {id});
                if (!q)
                    return q.error();
                if (Status a =
                        m_changes.auditAs(QStringLiteral("(sync)"), ChangeLog::Op::Delete, type->name, id, *before, {}, hlc);
                    !a)
                    return a;
                ++removed;
            }
        }
        Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM search_index WHERE household_id = ?"), {householdId});
        return q ? Status() : Status(q.error());
    });
    if (!st)
        return st.error();
    return removed;
}

Status RemoteApplier::forget(const QString &recordType, const QString &recordId, const QString &user)
{
    if (recordType == QLatin1String("household")) {
        Result<int> gone = evict(recordId, user);
        return gone ? Status() : Status(gone.error());
    }
    const RecordType *type = RecordType::find(recordType);
    if (!type)
        return Error(ErrorCode::InvalidInput, QStringLiteral("unknown record type %1").arg(recordType));
    return m_db.transaction([&]() -> Status {
        Result<QVariantMap> before = type->stored(m_db, recordId);
        if (!before)
            return before.error().code() == ErrorCode::NotFound ? Status() : Status(before.error());
        // What hangs on a case step (its visit) goes with it.
        if (recordType == QLatin1String("case_step")) {
            Result<Query> visits = m_db.execOnce(QStringLiteral("SELECT id FROM case_visits WHERE step_id = ?"), {recordId});
            if (!visits)
                return visits.error();
            QStringList ids;
            while (visits->next())
                ids << visits->value(0).toString();
            for (const QString &v : std::as_const(ids)) {
                if (Status st = forget(QStringLiteral("visit"), v, user); !st)
                    return st;
            }
        }
        Result<Query> q =
            m_db.execOnce(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(type->table, type->idColumn), {recordId});
        if (!q)
            return q.error();
        return m_changes.auditAs(QStringLiteral("(sync)"), ChangeLog::Op::Delete, type->name, recordId, *before, {},
                                 m_changes.tick());
    });
}

Result<bool> RemoteApplier::hasParents(const RemoteChange &c)
{
    if (c.op == QLatin1String("delete"))
        return true;
    QList<QPair<QString, QString>> parents; // table, id
    const QString household = c.fields.value(QStringLiteral("household_id")).toString();
    if (!household.isEmpty() && c.recordType != QLatin1String("household"))
        parents << qMakePair(QStringLiteral("households"), household);
    if (c.recordType == QLatin1String("case_step") || c.recordType == QLatin1String("visit"))
        parents << qMakePair(QStringLiteral("cases"), c.fields.value(QStringLiteral("case_id")).toString());
    if (c.recordType == QLatin1String("visit"))
        parents << qMakePair(QStringLiteral("case_steps"), c.fields.value(QStringLiteral("step_id")).toString());
    // Statements from the cache (Database::exec), here and in applyOne: a first pull of a
    // township runs the same few tens of thousands of times (issue 11).
    for (const auto &[table, id] : std::as_const(parents)) {
        Result<Query> q = m_db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return false;
    }
    return true;
}

Status RemoteApplier::applyOne(const RemoteChange &c, Outcome &outcome, QStringList &touchedHouseholds)
{
    const RecordType *type = RecordType::find(c.recordType);
    const Error malformed(ErrorCode::Corrupt, tr("The server sent a change this version of Doudi does not understand."),
                          c.recordType + u' ' + c.recordId);
    if (!type || c.recordId.isEmpty() ||
        (c.op != QLatin1String("insert") && c.op != QLatin1String("update") && c.op != QLatin1String("delete")))
        return malformed;
    // Column names come from the server: each must be one of the table's own.
    const QSqlRecord &columns = columnsOf(type->table);
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (!columns.contains(it.key()) || type->unhashed.contains(it.key()) || it.key() == type->deletedFlag)
            return malformed;
    }
    Result<bool> tombstoned = ChangeLog::isTombstoned(m_db, type->name, c.recordId);
    if (!tombstoned)
        return tombstoned.error();
    if (*tombstoned && c.op != QLatin1String("delete")) {
        ++outcome.skippedTombstoned;
        return {};
    }
    if (!m_changes.observe(c.hlc))
        ++outcome.clockRefused;
    Result<QVariantMap> before = type->stored(m_db, c.recordId);
    const bool exists = before.ok();
    if (!exists && before.error().code() != ErrorCode::NotFound)
        return before.error();
    // The households whose search rows this change touches.
    auto touch = [&](const QVariantMap &row) {
        if (type->parentColumn == QLatin1String("household_id"))
            touchedHouseholds << row.value(type->parentColumn).toString();
        else if (type->name == QLatin1String("household"))
            touchedHouseholds << c.recordId;
    };
    const bool versioned = columns.contains(QStringLiteral("version"));
    const bool stamped = columns.contains(QStringLiteral("updated_hlc"));
    if (c.op == QLatin1String("delete")) {
        if (!exists)
            return {};
        Result<Query> q =
            type->deletedFlag.isEmpty()
                ? m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(type->table, type->idColumn), {c.recordId})
                : m_db.exec(
                      QStringLiteral("UPDATE %1 SET %2 = 1 WHERE %3 = ?").arg(type->table, type->deletedFlag, type->idColumn),
                      {c.recordId});
        if (!q)
            return q.error();
        if (type->deletedFlag.isEmpty()) {
            if (Status st = m_changes.tombstone(type->name, c.recordId, before->value(type->parentColumn).toString(), c.hlc); !st)
                return st;
        }
        touch(*before);
        ++outcome.applied;
        return m_changes.auditAs(c.user, ChangeLog::Op::Delete, type->name, c.recordId, *before, {}, c.hlc);
    }
    QStringList names;
    QVariantList values;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (it.key() == type->idColumn)
            continue;
        names << it.key();
        values << storedValue(it.value());
    }
    if (versioned) {
        names << QStringLiteral("version");
        values << c.version;
    }
    if (stamped) {
        names << QStringLiteral("updated_hlc");
        values << c.hlc;
    }
    // The server has the record: a soft deletion here that it did not take (a delete against
    // an edit, waiting for a person) is undone, so that both sides show the same.
    if (!type->deletedFlag.isEmpty()) {
        names << type->deletedFlag;
        values << 0;
    }
    Result<Query> q = Error(ErrorCode::Internal, QString());
    if (exists) {
        QStringList sets;
        for (const QString &n : std::as_const(names))
            sets << n + QStringLiteral(" = ?");
        values << c.recordId;
        q = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(type->table, sets.join(u','), type->idColumn), values);
    } else {
        names << type->idColumn;
        values << c.recordId;
        if (columns.contains(QStringLiteral("created_hlc"))) {
            names << QStringLiteral("created_hlc");
            values << c.hlc;
        }
        q = m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(type->table, names.join(u','), QStringList(names.size(), QStringLiteral("?")).join(u',')),
                      values);
    }
    if (!q)
        return q.error();
    Result<QVariantMap> after = type->stored(m_db, c.recordId);
    if (!after)
        return after.error();
    touch(*after);
    ++outcome.applied;
    return m_changes.auditAs(c.user, exists ? ChangeLog::Op::Update : ChangeLog::Op::Insert, type->name, c.recordId,
                             exists ? *before : QVariantMap(), *after, c.hlc);
}

} // namespace doudi::core
