#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace doudi::core {

class Database;

// The column mappings confirmed on this device, one per roster layout (issue 16). Kept as the
// JSON RosterMapping writes, so that storage need not know rosters.
class RosterMappingRepository
{
    Q_DECLARE_TR_FUNCTIONS(RosterMappingRepository)
public:
    explicit RosterMappingRepository(Database &db) : m_db(db) {}

    // The mapping remembered for this layout, if any.
    Result<std::optional<QJsonObject>> load(const QString &layoutKey);
    Status save(const QString &layoutKey, const QJsonObject &mapping);

private:
    Database &m_db;
};

} // namespace doudi::core
