#include "domain/annualamount.h"

#include <QCoreApplication>

namespace doudi::core {

namespace {
// What a validation error calls the fields, in the contexts the two types had.
struct Labels
{
    const char *context;
    const char *kind;
    const char *amount;
    const char *note;
};
constexpr Labels labelsOf(IncomeKind)
{
    return {"Income", QT_TRANSLATE_NOOP("Income", "income type"), QT_TRANSLATE_NOOP("Income", "annual income"),
            QT_TRANSLATE_NOOP("Income", "note")};
}
constexpr Labels labelsOf(ExpenditureKind)
{
    return {"Expenditure", QT_TRANSLATE_NOOP("Expenditure", "expenditure type"),
            QT_TRANSLATE_NOOP("Expenditure", "annual amount"), QT_TRANSLATE_NOOP("Expenditure", "note")};
}
} // namespace

template <typename Kind> QVariantMap AnnualAmount<Kind>::toFields() const
{
    return {{QStringLiteral("person_id"), personId},
            {QStringLiteral("kind"), codeOf(kind)},
            {QStringLiteral("annual_fen"), annualFen},
            {QStringLiteral("note"), note}};
}

template <typename Kind> AnnualAmount<Kind> AnnualAmount<Kind>::fromFields(const QVariantMap &f, Validation &v)
{
    const Labels labels = labelsOf(Kind::Other);
    AnnualAmount a;
    a.meta = RecordMeta::readFrom(f);
    a.personId = f.value(QStringLiteral("person_id")).toString();
    a.kind = v.code(f, QStringLiteral("kind"), QCoreApplication::translate(labels.context, labels.kind), Kind::Other);
    a.annualFen = v.fen(f, QStringLiteral("annual_fen"), QCoreApplication::translate(labels.context, labels.amount));
    a.note = v.text(f, QStringLiteral("note"), QCoreApplication::translate(labels.context, labels.note), 500, false);
    return a;
}

template struct AnnualAmount<IncomeKind>;
template struct AnnualAmount<ExpenditureKind>;

} // namespace doudi::core
