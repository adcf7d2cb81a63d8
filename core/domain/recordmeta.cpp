#include "domain/recordmeta.h"

namespace doudi::core {

void RecordMeta::writeTo(QVariantMap &fields) const
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("version"), version);
    fields.insert(QStringLiteral("created_hlc"), createdHlc);
    fields.insert(QStringLiteral("updated_hlc"), updatedHlc);
}

RecordMeta RecordMeta::readFrom(const QVariantMap &fields)
{
    RecordMeta m;
    m.id = fields.value(QStringLiteral("id")).toString();
    m.version = fields.value(QStringLiteral("version")).toLongLong();
    m.createdHlc = fields.value(QStringLiteral("created_hlc")).toString();
    m.updatedHlc = fields.value(QStringLiteral("updated_hlc")).toString();
    return m;
}

} // namespace doudi::core
