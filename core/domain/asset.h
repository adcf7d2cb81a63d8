#pragma once

#include "domain/recordmeta.h"
#include "domain/validation.h"

namespace doudi::core {

struct Asset
{
    Q_DECLARE_TR_FUNCTIONS(Asset)
public:
    RecordMeta meta;
    AssetKind kind = AssetKind::Other;
    Fen valueFen = 0;
    int quantity = 1; // e.g. two flats, one car
    QString description;

    QVariantMap toFields() const;
    static Asset fromFields(const QVariantMap &fields, Validation &v);
};

} // namespace doudi::core
