#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace doudi::core {

// "AND (<column> starts with p1 OR …) " for a query limited to areas (Authorization::prefixes),
// appending the prefixes to values; nothing when prefixes is empty (no limit).
inline QString withinAreas(const QString &column, const QStringList &prefixes, QVariantList &values)
{
    if (prefixes.isEmpty())
        return {};
    QStringList terms;
    for (const QString &p : prefixes) {
        terms << QStringLiteral("substr(%1, 1, %2) = ?").arg(column).arg(p.size());
        values << p;
    }
    return QStringLiteral("AND (") + terms.join(QStringLiteral(" OR ")) + QStringLiteral(") ");
}

} // namespace doudi::core
