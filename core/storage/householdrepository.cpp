#include "storage/householdrepository.h"

#include "common/randomsource.h"
#include "storage/areafilter.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

#include <algorithm>

namespace doudi::core {

namespace {
const QString kHouseholds = QStringLiteral("households");

QVariantMap rowToMap(const QSqlQuery &q)
{
    QVariantMap m;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        m.insert(rec.fieldName(i), q.value(i));
    return m;
}

// What the outbox and the audit chain see of a record: its fields, its id, its parent and
// its place among its siblings: exactly its stored columns less the bookkeeping ones.
QVariantMap withIdentity(QVariantMap fields, const QString &id, const QVariantMap &parent, int position = -1)
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(parent);
    if (position >= 0)
        fields.insert(QStringLiteral("position"), position);
    return fields;
}
} // namespace

const QString &HouseholdRepository::insertSql(const QString &table, const QVariantMap &record)
{
    // The text for a table's column set, made once: an import inserts hundreds of thousands
    // of rows, each with the same columns as the last.
    InsertSql &cached = m_insertSql[table];
    const bool same =
        cached.columns.size() == record.size() && std::equal(cached.columns.cbegin(), cached.columns.cend(), record.keyBegin());
    if (!same) {
        cached.columns = record.keys();
        const QStringList columns =
            QStringList{QStringLiteral("version"), QStringLiteral("created_hlc"), QStringLiteral("updated_hlc")} + cached.columns;
        cached.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','));
    }
    return cached.sql;
}

Status HouseholdRepository::writeRow(const QString &table, const QString &type, RecordMeta &meta, const QVariantMap &parent,
                                     QVariantMap fields, const QVariantMap *before, int position, int oldPosition,
                                     const QString &hlc, bool *changed)
{
    if (!before) {
        if (meta.id.isEmpty())
            meta.id = RandomSource::uuidString();
        meta.createdHlc = hlc;
        meta.updatedHlc = hlc;
        const QVariantMap record = withIdentity(std::move(fields), meta.id, parent, position); // no copy
        QVariantList values = {meta.version, hlc, hlc};
        values.reserve(3 + record.size());
        for (auto it = record.cbegin(); it != record.cend(); ++it)
            values << storedValue(it.value());
        if (Result<Query> q = m_db.exec(insertSql(table, record), values); !q)
            return q.error();
        *changed = true;
        return m_changes.record(ChangeLog::Op::Insert, type, meta.id, meta.version, {}, record, hlc);
    }
    if (fields == *before && position == oldPosition)
        return {};
    *changed = true;
    meta.updatedHlc = hlc;
    QStringList sets = {QStringLiteral("updated_hlc = ?")};
    QVariantList values = {hlc};
    if (position >= 0 && position != oldPosition) { // the member order is a change sync carries too
        sets << QStringLiteral("position = ?");
        values << position;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (before->value(it.key()) != it.value()) {
            sets << it.key() + QStringLiteral(" = ?");
            values << storedValue(it.value());
        }
    }
    values << meta.id;
    if (Result<Query> q = m_db.execOnce(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u',')), values); !q)
        return q.error();
    return m_changes.record(ChangeLog::Op::Update, type, meta.id, meta.version,
                            withIdentity(*before, meta.id, parent, oldPosition),
                            withIdentity(std::move(fields), meta.id, parent, position), hlc);
}

template <typename T>
Status HouseholdRepository::writeChildren(const QString &table, const QString &type, const QString &householdId,
                                          const QList<T> &before, QList<T> &after, const QString &hlc, bool *changed)
{
    const QVariantMap parent = {{QStringLiteral("household_id"), householdId}};
    struct Old
    {
        QVariantMap fields;
        int position;
        qint64 version;
    };
    QHash<QString, Old> old;
    for (int i = 0; i < before.size(); ++i)
        old.insert(before[i].meta.id, {before[i].toFields(), i, before[i].meta.version});
    for (int i = 0; i < after.size(); ++i) {
        T &item = after[i];
        const auto it = old.constFind(item.meta.id);
        const bool known = it != old.cend() && !item.meta.id.isEmpty();
        if (!known && !item.meta.updatedHlc.isEmpty())
            return stale(); // it was loaded from the store, and someone else deleted it meanwhile
        if (Status st = writeRow(table, type, item.meta, parent, item.toFields(), known ? &it->fields : nullptr, i,
                                 known ? it->position : -1, hlc, changed);
            !st)
            return st;
        old.remove(item.meta.id);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        *changed = true;
        if (Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {it.key()}); !q)
            return q.error();
        if (Status st = m_changes.tombstone(type, it.key(), householdId, hlc); !st)
            return st;
        if (Status st = m_changes.record(ChangeLog::Op::Delete, type, it.key(), it->version,
                                         withIdentity(it->fields, it.key(), parent, it->position), {}, hlc);
            !st)
            return st;
    }
    return {};
}

Error HouseholdRepository::stale()
{
    return Error(ErrorCode::Stale, tr("This household was changed by someone else since you opened it. Open it again to "
                                      "see the changes, then make yours."));
}

template <typename T> Result<QList<T>> HouseholdRepository::loadChildren(const QString &table, const QString &householdId)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE household_id = ? ORDER BY position").arg(table), {householdId});
    if (!q)
        return q.error();
    QList<T> out;
    while (q->next()) {
        Validation ignored; // stored data was checked when it was saved
        out.append(T::fromFields(rowToMap(q->sql()), ignored));
    }
    return out;
}

Result<Household> HouseholdRepository::load(const QString &id)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT * FROM households WHERE id = ? AND deleted = 0"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("This household does not exist or has been deleted."));
    Validation ignored;
    Household h = Household::fromFields(rowToMap(q->sql()), ignored);
    q->finish();
    Result<QList<Person>> members = loadChildren<Person>(QStringLiteral("persons"), id);
    Result<QList<Income>> incomes = loadChildren<Income>(QStringLiteral("incomes"), id);
    Result<QList<Asset>> assets = loadChildren<Asset>(QStringLiteral("assets"), id);
    Result<QList<Expenditure>> expenditures = loadChildren<Expenditure>(QStringLiteral("expenditures"), id);
    Result<QList<Obligor>> obligors = loadChildren<Obligor>(QStringLiteral("obligors"), id);
    if (!members || !incomes || !assets || !expenditures || !obligors)
        return Error(ErrorCode::Storage, tr("The household could not be read completely."));
    h.members = *members;
    h.incomes = *incomes;
    h.assets = *assets;
    h.expenditures = *expenditures;
    h.obligors = *obligors;
    return h;
}

Status HouseholdRepository::save(Household &h, Household *stored)
{
    Validation v;
    h.validateStructure(v);
    if (!v.ok())
        return v.toStatus();
    Household saved = h;
    Status st = m_db.transaction([&]() -> Status {
        Household before;
        bool exists = false;
        if (!saved.meta.id.isEmpty()) {
            Result<Household> old = load(saved.meta.id);
            if (old) {
                before = *old;
                exists = true;
            } else if (old.error().code() != ErrorCode::NotFound) {
                return old.error();
            }
        }
        // Saved from the copy the person loaded: if the stored household moved on since (another
        // window, another process, a change from the server), this save would overwrite it.
        if (exists && saved.meta.updatedHlc != before.meta.updatedHlc)
            return stale();
        if (!exists && !saved.meta.id.isEmpty() && !saved.meta.updatedHlc.isEmpty())
            return stale(); // loaded once, deleted since
        if (stored)
            *stored = before;
        const QString hlc = m_changes.tick();
        const QVariantMap fields = saved.toFields();
        const QVariantMap beforeFields = before.toFields();
        bool changed = false;
        if (Status s = writeRow(kHouseholds, QStringLiteral("household"), saved.meta, {}, fields,
                                exists ? &beforeFields : nullptr, -1, -1, hlc, &changed);
            !s)
            return s;
        const QString hid = saved.meta.id;
        Status s =
            writeChildren(QStringLiteral("persons"), QStringLiteral("person"), hid, before.members, saved.members, hlc, &changed);
        if (s)
            s = writeChildren(QStringLiteral("incomes"), QStringLiteral("income"), hid, before.incomes, saved.incomes, hlc,
                              &changed);
        if (s)
            s = writeChildren(QStringLiteral("assets"), QStringLiteral("asset"), hid, before.assets, saved.assets, hlc, &changed);
        if (s)
            s = writeChildren(QStringLiteral("expenditures"), QStringLiteral("expenditure"), hid, before.expenditures,
                              saved.expenditures, hlc, &changed);
        if (s)
            s = writeChildren(QStringLiteral("obligors"), QStringLiteral("obligor"), hid, before.obligors, saved.obligors, hlc,
                              &changed);
        if (!s || !changed)
            return s;
        // The household's own timestamp moves with any change in it: the one thing a later save
        // compares with. (Written already when the household's own row was.)
        if (saved.meta.updatedHlc != hlc) {
            if (Result<Query> q = m_db.exec(QStringLiteral("UPDATE households SET updated_hlc = ? WHERE id = ?"), {hlc, hid}); !q)
                return q.error();
            saved.meta.updatedHlc = hlc;
        }
        return reindex(saved, exists);
    });
    if (!st)
        return Error(st.error().code(), tr("The household was not saved: %1").arg(st.error().message()), st.error().detail());
    h = saved; // only now: a failed save leaves the caller's copy as it was
    return {};
}

Status HouseholdRepository::reindex(const Household &h, bool existed)
{
    if (existed) {
        if (Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM search_index WHERE household_id = ?"), {h.meta.id}); !q)
            return q.error();
    }
    for (const Person &p : h.members) {
        const QString phones = (p.phone + u' ' + h.phone).trimmed();
        Result<Query> q = m_db.exec(
            QStringLiteral("INSERT INTO search_index(person_id, household_id, name, id_number, phones, area_code, is_head) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {p.meta.id, h.meta.id, p.name, storedText(p.idNumber), phones, h.areaCode, p.relation == Relation::Head ? 1 : 0});
        if (!q)
            return q.error();
    }
    return {};
}

Status HouseholdRepository::reindexStored(const QString &id)
{
    Result<Household> h = load(id);
    if (h)
        return reindex(*h, true);
    if (h.error().code() != ErrorCode::NotFound)
        return h.error();
    Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM search_index WHERE household_id = ?"), {id});
    return q ? Status() : Status(q.error());
}

Status HouseholdRepository::remove(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        Result<Household> h = load(id);
        if (!h)
            return h.error();
        const QString hlc = m_changes.tick();
        Result<Query> q = m_db.exec(QStringLiteral("UPDATE households SET deleted = 1, updated_hlc = ? WHERE id = ?"), {hlc, id});
        if (!q)
            return q.error();
        q = m_db.exec(QStringLiteral("DELETE FROM search_index WHERE household_id = ?"), {id});
        if (!q)
            return q.error();
        return m_changes.record(ChangeLog::Op::Delete, QStringLiteral("household"), id, h->meta.version,
                                withIdentity(h->toFields(), id, {}), {}, hlc);
    });
}

Result<qint64> HouseholdRepository::count(const QStringList &prefixes)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0 ") +
                        withinAreas(QStringLiteral("area_code"), prefixes, values);
    Result<Query> q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

namespace {
const QString kSummarySelect =
    QStringLiteral("SELECT h.id, h.area_code, s.name, s.id_number, "
                   "(SELECT count(*) FROM search_index c WHERE c.household_id = h.id) "
                   "FROM households h LEFT JOIN search_index s ON s.household_id = h.id AND s.is_head = 1 WHERE h.deleted = 0 ");

QList<HouseholdSummary> summariesFrom(Query &q)
{
    QList<HouseholdSummary> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    return out;
}
} // namespace

Result<QList<HouseholdSummary>> HouseholdRepository::list(int offset, int limit, const QStringList &prefixes)
{
    QVariantList values;
    const QString sql = kSummarySelect + withinAreas(QStringLiteral("h.area_code"), prefixes, values) +
                        QStringLiteral("ORDER BY h.created_hlc, h.id LIMIT ? OFFSET ?");
    values << limit << offset;
    Result<Query> q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return summariesFrom(*q);
}

Result<HouseholdSummary> HouseholdRepository::summary(const QString &id)
{
    Result<Query> q = m_db.exec(kSummarySelect + QStringLiteral("AND h.id = ?"), {id});
    if (!q)
        return q.error();
    const QList<HouseholdSummary> one = summariesFrom(*q);
    if (one.isEmpty())
        return Error(ErrorCode::NotFound, tr("This household does not exist or has been deleted."));
    return one.first();
}

Status HouseholdRepository::addChange(const HouseholdChange &change)
{
    const QString id = RandomSource::uuidString();
    const QString hlc = m_changes.tick();
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT INTO household_changes(id, household_id, hlc, at, user_name, reason, changes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, change.householdId, hlc, change.at.toString(Qt::ISODateWithMs), change.user, change.reason,
                   QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(change.changes)).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return m_changes.recordInserted(QStringLiteral("household_change"), id, hlc);
}

Result<QList<HouseholdChange>> HouseholdRepository::changes(const QString &householdId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT at, user_name, reason, changes FROM household_changes "
                                               "WHERE household_id = ? ORDER BY hlc DESC"),
                                {householdId});
    if (!q)
        return q.error();
    QList<HouseholdChange> out;
    while (q->next()) {
        QStringList lines;
        for (const QJsonValue &v : QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array())
            lines << v.toString();
        out.append({householdId, QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs), q->value(1).toString(),
                    q->value(2).toString(), lines});
    }
    return out;
}

Result<QList<RegisteredElsewhere>> HouseholdRepository::registeredElsewhere(const QStringList &idNumbers,
                                                                            const QString &householdId)
{
    QList<RegisteredElsewhere> out;
    if (idNumbers.isEmpty())
        return out;
    QVariantList values;
    for (const QString &n : idNumbers)
        values << n;
    values << storedText(householdId); // none yet: a new household
    const QString marks = QStringList(idNumbers.size(), QStringLiteral("?")).join(u',');
    Result<Query> q =
        m_db.execOnce(QStringLiteral("SELECT p.id_number, p.id, p.name, h.id, h.area_code, p.relation = 'head', "
                                     "(SELECT name FROM persons x WHERE x.household_id = h.id AND x.relation = 'head'), "
                                     "(SELECT count(*) FROM persons x WHERE x.household_id = h.id) "
                                     "FROM persons p JOIN households h ON h.id = p.household_id "
                                     "WHERE h.deleted = 0 AND p.id_number IN (%1) AND h.id <> ? ORDER BY p.id_number")
                          .arg(marks),
                      values);
    if (!q)
        return q.error();
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(6).toString(), q->value(4).toString(), q->value(5).toBool(), q->value(7).toInt()});
    return out;
}

Result<QList<HouseholdSummary>> HouseholdRepository::browse(const HouseholdFilter &f, int limit)
{
    QString sql = kSummarySelect + QStringLiteral("AND substr(h.area_code, 1, length(?)) = ? ");
    const QString area = storedText(f.areaPrefix);
    QVariantList values = {area, area};
    if (f.hasCaseFilter()) {
        sql += QStringLiteral("AND EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id "
                              "AND (? = '' OR c.programme = ?) AND (? = '' OR c.state = ?)) ");
        const QString programme = storedText(f.programme), state = storedText(f.state);
        values << programme << programme << state << state;
    }
    sql += QStringLiteral("ORDER BY h.area_code, s.name LIMIT ?");
    values << limit;
    Result<Query> q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return summariesFrom(*q);
}

} // namespace doudi::core
