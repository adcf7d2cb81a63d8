#pragma once

#include "common/result.h"
#include "domain/case.h"

#include <QCoreApplication>

namespace doudi::core {

class ChangeLog;
class Database;

// Cases as stored: each save writes the changed columns, an outbox operation and an audit
// entry in one transaction.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    CaseRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    Status save(const Case &c);
    Result<Case> load(const QString &id);
    // Cases whose area lies within scope (a code prefix; empty: all), open ones only if asked.
    Result<QList<Case>> list(const QString &scopePrefix, bool openOnly);
    Result<QList<Case>> forHousehold(const QString &householdId);
    struct Brief
    {
        QString programme;
        QString state;
        bool open = false;
    };
    // The programme and state of every application of these households, oldest first.
    Result<QMultiHash<QString, Brief>> briefsFor(const QStringList &householdIds);

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace doudi::core
