#include "domain/income.h"

namespace doudi::core {

QVariantMap Income::toFields() const
{
    return {{QStringLiteral("person_id"), personId}, {QStringLiteral("kind"), codeOf(kind)},
            {QStringLiteral("annual_fen"), annualFen}, {QStringLiteral("note"), note}};
}

Income Income::fromFields(const QVariantMap &f, Validation &v)
{
    Income i;
    i.meta = RecordMeta::readFrom(f);
    i.personId = f.value(QStringLiteral("person_id")).toString();
    i.kind = v.code(f, QStringLiteral("kind"), tr("income type"), IncomeKind::Other);
    i.annualFen = v.fen(f, QStringLiteral("annual_fen"), tr("annual income"));
    i.note = v.text(f, QStringLiteral("note"), tr("note"), 500, false);
    return i;
}

} // namespace doudi::core
