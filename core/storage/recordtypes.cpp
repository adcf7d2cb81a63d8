#include "storage/recordtypes.h"

#include "storage/database.h"

#include <QSqlRecord>

namespace doudi::core {

const QList<RecordType> &RecordType::all()
{
    const QString version = QStringLiteral("version"), created = QStringLiteral("created_hlc"),
                  updated = QStringLiteral("updated_hlc"), household = QStringLiteral("household_id");
    const QString id = QStringLiteral("id");
    const QStringList meta = {version, created, updated};
    static const QList<RecordType> types = {
        {QStringLiteral("household"), QStringLiteral("households"), id, meta, QStringLiteral("deleted"), {}},
        {QStringLiteral("person"), QStringLiteral("persons"), id, meta, {}, household},
        {QStringLiteral("income"), QStringLiteral("incomes"), id, meta, {}, household},
        {QStringLiteral("asset"), QStringLiteral("assets"), id, meta, {}, household},
        {QStringLiteral("expenditure"), QStringLiteral("expenditures"), id, meta, {}, household},
        {QStringLiteral("obligor"), QStringLiteral("obligors"), id, meta, {}, household},
        {QStringLiteral("household_change"), QStringLiteral("household_changes"), id, {}, {}, household},
        {QStringLiteral("case"), QStringLiteral("cases"), id, meta, {}, household},
        {QStringLiteral("case_step"), QStringLiteral("case_steps"), id, {}, {}, QStringLiteral("case_id")},
        {QStringLiteral("visit"), QStringLiteral("case_visits"), id, {}, {}, QStringLiteral("case_id")},
        // The picture itself is covered by its SHA-256, which is hashed (and checked apart).
        {QStringLiteral("attachment"),
         QStringLiteral("attachments"),
         id,
         {created, QStringLiteral("data")},
         {},
         QStringLiteral("owner_id")},
        {QStringLiteral("document"), QStringLiteral("documents"), QStringLiteral("number"), {}, {}, QStringLiteral("case_id")},
        {QStringLiteral("user"), QStringLiteral("users"), QStringLiteral("name"), {}, {}, {}},
        {QStringLiteral("policy"), QStringLiteral("policy_documents"), id, {}, {}, {}},
        {QStringLiteral("area_list"), QStringLiteral("area_lists"), id, {}, {}, {}},
    };
    return types;
}

const RecordType *RecordType::find(const QString &name)
{
    for (const RecordType &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Result<QVariantMap> RecordType::stored(Database &db, const QVariant &id) const
{
    Result<Query> q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, idColumn), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(name, id.toString()));
    QVariantMap row;
    const QSqlRecord rec = q->sql().record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q->value(i));
    return hashed(row);
}

QVariantMap RecordType::hashed(const QVariantMap &row) const
{
    QVariantMap out = row;
    for (const QString &c : unhashed)
        out.remove(c);
    if (!deletedFlag.isEmpty())
        out.remove(deletedFlag);
    return out;
}

} // namespace doudi::core
