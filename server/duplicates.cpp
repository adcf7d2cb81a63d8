#include "server/duplicates.h"

#include "domain/case.h"
#include "server/requestauth.h"
#include "server/serverstore.h"

#include <QDateTime>

namespace doudi::server {

using namespace doudi::core;

Status Duplicates::find(const QList<protocol::Op> &ops)
{
    QStringList persons;
    for (const protocol::Op &op : ops) {
        if (op.recordType == QLatin1String("person") && op.op != QLatin1String("delete") &&
            (op.op == QLatin1String("insert") || op.changedFields.contains(QStringLiteral("id_number"))))
            persons << op.recordId;
    }
    if (persons.isEmpty())
        return {};
    // One statement, on the ID-number index: a push of a township's first thousands of persons
    // looks each up once.
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral(
            "INSERT INTO duplicates(person_id, other_person_id) "
            "SELECT least(p.record_id, o.record_id), greatest(p.record_id, o.record_id) FROM records p "
            "JOIN records o ON o.record_type = 'person' AND NOT o.deleted AND o.fields->>'id_number' = p.fields->>'id_number' "
            "AND o.household_id <> p.household_id "
            "WHERE p.record_type = 'person' AND NOT p.deleted AND p.record_id = ANY(string_to_array(?, ',')) "
            "AND coalesce(p.fields->>'id_number', '') <> '' ON CONFLICT DO NOTHING"),
        {persons.join(u',')});
    return q ? Status() : Status(q.error());
}

Result<QList<protocol::Duplicate>> Duplicates::list(const Caller *caller)
{
    QVariantList values;
    QString inScope = QStringLiteral("true");
    if (caller) {
        const QString a = caller->scopeFilter(QStringLiteral("p.area_code"), values);
        const QString b = caller->scopeFilter(QStringLiteral("o.area_code"), values);
        inScope = QStringLiteral("(%1 OR %2)").arg(a, b);
    }
    // The programmes of a household's open cases, by the domain's own list of open states.
    QStringList open;
    for (int st = 0; st <= int(CaseState::Withdrawn); ++st) {
        if (Case::isOpenState(CaseState(st)))
            open << Case::stateCode(CaseState(st));
    }
    const QString programmes = QStringLiteral(
        "(SELECT coalesce(string_agg(DISTINCT c.fields->>'programme', ','), '') FROM records c WHERE c.record_type = 'case' "
        "AND c.household_id = %1.household_id AND NOT c.deleted AND c.fields->>'state' = ANY(string_to_array(?, ',')))");
    QVariantList all{open.join(u','), open.join(u',')};
    all += values;
    // Still so: both persons there, not deleted, in two households, with the same number.
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral(
            "SELECT d.id, p.fields->>'id_number', p.household_id, p.area_code, o.household_id, o.area_code, d.found_at, "
            "%3, %4 FROM duplicates d JOIN records p ON p.record_type = 'person' AND p.record_id = d.person_id AND NOT p.deleted "
            "JOIN records o ON o.record_type = 'person' AND o.record_id = d.other_person_id AND NOT o.deleted "
            "WHERE o.fields->>'id_number' = p.fields->>'id_number' AND o.household_id <> p.household_id AND %1 "
            "ORDER BY d.id LIMIT %2")
            .arg(inScope)
            .arg(protocol::kMaxChangesPerPull)
            .arg(programmes.arg(QStringLiteral("p")), programmes.arg(QStringLiteral("o"))),
        all);
    if (!q)
        return q.error();
    QList<protocol::Duplicate> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), q->value(6).toDateTime().toUTC().toString(Qt::ISODate),
                    q->value(7).toString().split(u',', Qt::SkipEmptyParts),
                    q->value(8).toString().split(u',', Qt::SkipEmptyParts)});
    return out;
}

} // namespace doudi::server
