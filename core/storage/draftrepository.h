#pragma once

#include "common/result.h"
#include "domain/draft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace doudi::core {

class Database;

// Unfinished work of one user on this device, in the encrypted store.
class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)
public:
    DraftRepository(Database &db, QString user) : m_db(db), m_user(std::move(user)) {}

    // Inserts or replaces; fills in id (when empty) and updatedAt.
    Status save(Draft &d);
    Result<Draft> load(const QString &id);
    // Newest first, without their data.
    Result<QList<Draft>> list(const QString &kind);
    Status remove(const QString &id);

private:
    Database &m_db;
    QString m_user;
};

} // namespace doudi::core
