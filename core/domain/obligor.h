#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

namespace doudi::core {

// Someone outside the household with a legal duty of support (赡养、抚养、扶养义务人).
struct Obligor
{
    Q_DECLARE_TR_FUNCTIONS(Obligor)
public:
    RecordMeta meta;
    QString name;
    QString idNumber;
    Relation relation = Relation::Child;
    Fen annualIncomeFen = 0;
    ObligorCapacity capacity = ObligorCapacity::Able;
    QString note;

    QVariantMap toFields() const;
    static Obligor fromFields(const QVariantMap &fields, Validation &v);
};

} // namespace doudi::core
