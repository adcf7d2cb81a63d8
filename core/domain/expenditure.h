#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

namespace doudi::core {

// A rigid expenditure (刚性支出) over the last twelve months.
struct Expenditure
{
    Q_DECLARE_TR_FUNCTIONS(Expenditure)
public:
    RecordMeta meta;
    QString personId;
    ExpenditureKind kind = ExpenditureKind::Other;
    Fen annualFen = 0;
    QString note;

    QVariantMap toFields() const;
    static Expenditure fromFields(const QVariantMap &fields, Validation &v);
};

} // namespace doudi::core
