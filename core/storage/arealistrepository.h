#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace doudi::core {

class ChangeLog;
class Database;

// An area list as the county server sent it (the area_lists table).
struct StoredAreaList
{
    qint64 id = 0;
    QDateTime receivedAt;
    qint64 version = 0;
    QString title;
    QString sha256;
    QByteArray content; // CSV: code,name,level,parent
};

// The county's area lists received on this device; the newest is in use.
class AreaListRepository
{
    Q_DECLARE_TR_FUNCTIONS(AreaListRepository)
public:
    explicit AreaListRepository(Database &db) : m_db(db) {}

    // Stores a list that has already been checked, with an audit entry (not an outbox
    // operation: it came from the county, which has it).
    Result<StoredAreaList> store(ChangeLog &changes, qint64 version, const QString &title, const QByteArray &content);
    Result<std::optional<StoredAreaList>> current();

private:
    Database &m_db;
};

} // namespace doudi::core
