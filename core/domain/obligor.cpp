#include "domain/obligor.h"

namespace doudi::core {

QVariantMap Obligor::toFields() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("relation"), codeOf(relation)},
            {QStringLiteral("annual_income_fen"), annualIncomeFen},
            {QStringLiteral("capacity"), codeOf(capacity)},
            {QStringLiteral("note"), note}};
}

Obligor Obligor::fromFields(const QVariantMap &f, Validation &v)
{
    Obligor o;
    o.meta = RecordMeta::readFrom(f);
    o.name = v.text(f, QStringLiteral("name"), tr("name"), 40, true);
    v.personName(QStringLiteral("name"), tr("name"), o.name);
    const QString rawId = v.text(f, QStringLiteral("id_number"), tr("ID number"), 24, false);
    if (!rawId.isEmpty()) {
        const Result<IdNumber::Info> id = IdNumber::parse(rawId);
        if (id)
            o.idNumber = id->number;
        else
            v.add(QStringLiteral("id_number"), tr("ID number"), id.error().message());
    }
    o.relation = v.code(f, QStringLiteral("relation"), tr("relation"), Relation::Child);
    o.annualIncomeFen = v.fen(f, QStringLiteral("annual_income_fen"), tr("annual income"));
    o.capacity = v.code(f, QStringLiteral("capacity"), tr("capacity to support"), ObligorCapacity::Able);
    o.note = v.text(f, QStringLiteral("note"), tr("note"), 500, false);
    return o;
}

} // namespace doudi::core
