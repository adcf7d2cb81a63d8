#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

namespace doudi::core {

// A yearly amount of money of one kind, of a member or of the whole household, kept as an
// annual amount (年值口径, DOMAIN §2): an income (Kind = IncomeKind) or a necessary
// expenditure (Kind = ExpenditureKind). Whether a kind is counted or deducted is the policy
// data's decision, not this type's. One type for both: they are stored, synced and edited alike.
template <typename Kind> struct AnnualAmount
{
    RecordMeta meta;
    QString personId; // the member it belongs to; empty for the household's (e.g. land rent)
    Kind kind = Kind::Other;
    Fen annualFen = 0;
    QString note;

    QVariantMap toFields() const;
    static AnnualAmount fromFields(const QVariantMap &fields, Validation &v);
};

using Income = AnnualAmount<IncomeKind>;
using Expenditure = AnnualAmount<ExpenditureKind>;

extern template struct AnnualAmount<IncomeKind>;
extern template struct AnnualAmount<ExpenditureKind>;

} // namespace doudi::core
