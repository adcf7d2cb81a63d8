#include "domain/asset.h"

namespace doudi::core {

QVariantMap Asset::toFields() const
{
    return {{QStringLiteral("kind"), codeOf(kind)},
            {QStringLiteral("value_fen"), valueFen},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("description"), description}};
}

Asset Asset::fromFields(const QVariantMap &f, Validation &v)
{
    Asset a;
    a.meta = RecordMeta::readFrom(f);
    a.kind = v.code(f, QStringLiteral("kind"), tr("asset type"), AssetKind::Other);
    a.valueFen = v.fen(f, QStringLiteral("value_fen"), tr("value"));
    a.quantity =
        f.contains(QStringLiteral("quantity")) ? int(v.integer(f, QStringLiteral("quantity"), tr("quantity"), 0, 1000)) : 1;
    a.description = v.text(f, QStringLiteral("description"), tr("description"), 500, false);
    return a;
}

} // namespace doudi::core
