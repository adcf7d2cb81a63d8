#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>

#include <functional>

namespace doudi::core {

class ChangeLog;
class Database;

// The county's data coming down (docs/sync-protocol.md §5): when a last pull page names a
// policy or an area list other than the one this profile holds, it is fetched, checked as an
// import would be (a damaged or unreadable one is refused whole, and the old one stays in
// force) and stored with an audit entry.
class CountyUpdate
{
    Q_DECLARE_TR_FUNCTIONS(CountyUpdate)
public:
    // GET path from the county server: the answer's body.
    using Fetch = std::function<Result<QByteArray>(const QString &path)>;

    struct Outcome
    {
        bool policy = false; // a new policy is in force
        bool areas = false;  // a new area list is in use
    };

    CountyUpdate(Database &db, ChangeLog &changes, QString user) : m_db(db), m_changes(changes), m_user(std::move(user)) {}

    Result<Outcome> bringUpToDate(const protocol::CountyHeads &heads, const Fetch &fetch);

private:
    Result<protocol::CountyDocument> fetchKind(const QString &kind, const Fetch &fetch);

    Database &m_db;
    ChangeLog &m_changes;
    QString m_user;
};

} // namespace doudi::core
