#pragma once

#include "common/result.h"
#include "domain/storedpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace doudi::core {

class ChangeLog;
class Database;

// The policy documents imported on this device; the newest is in force.
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
public:
    PolicyRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    // Stores a document that has already been checked, with an audit entry. One imported here
    // also goes up to the county (an outbox operation); one the county sent (fromCounty) does not.
    Result<StoredPolicy> store(const QString &title, const QByteArray &content, const QString &user, bool fromCounty = false);
    // Whether a document with this hash is stored (the county's newest may already be here).
    Result<bool> contains(const QString &sha256);
    Result<std::optional<StoredPolicy>> current();

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace doudi::core
