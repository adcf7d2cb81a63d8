#include "domain/expenditure.h"

namespace doudi::core {

QVariantMap Expenditure::toFields() const
{
    return {{QStringLiteral("person_id"), personId}, {QStringLiteral("kind"), codeOf(kind)},
            {QStringLiteral("annual_fen"), annualFen}, {QStringLiteral("note"), note}};
}

Expenditure Expenditure::fromFields(const QVariantMap &f, Validation &v)
{
    Expenditure e;
    e.meta = RecordMeta::readFrom(f);
    e.personId = f.value(QStringLiteral("person_id")).toString();
    e.kind = v.code(f, QStringLiteral("kind"), tr("expenditure type"), ExpenditureKind::Other);
    e.annualFen = v.fen(f, QStringLiteral("annual_fen"), tr("annual amount"));
    e.note = v.text(f, QStringLiteral("note"), tr("note"), 500, false);
    return e;
}

} // namespace doudi::core
