#include "storage/rostermappingrepository.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace doudi::core {

Result<std::optional<QJsonObject>> RosterMappingRepository::load(const QString &layoutKey)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT mapping FROM roster_mappings WHERE layout_key = ?"), {layoutKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toByteArray());
    if (!doc.isObject())
        return Error(ErrorCode::Corrupt, tr("The remembered column mapping of this layout cannot be read."));
    return std::optional<QJsonObject>(doc.object());
}

Status RosterMappingRepository::save(const QString &layoutKey, const QJsonObject &mapping)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO roster_mappings(layout_key, mapping, updated_at) VALUES (?, ?, ?)"),
                  {layoutKey, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)),
                   Clock::nowUtc().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return {};
}

} // namespace doudi::core
