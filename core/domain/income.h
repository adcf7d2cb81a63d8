#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

namespace doudi::core {

// One income item, kept as an annual amount (年值口径, DOMAIN §2). Whether a kind is
// counted is the policy data's decision, not this type's.
struct Income
{
    Q_DECLARE_TR_FUNCTIONS(Income)
public:
    RecordMeta meta;
    QString personId; // the member who earns it; empty for household income (e.g. land rent)
    IncomeKind kind = IncomeKind::Other;
    Fen annualFen = 0;
    QString note;

    QVariantMap toFields() const;
    static Income fromFields(const QVariantMap &fields, Validation &v);
};

} // namespace doudi::core
