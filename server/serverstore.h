#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace doudi::server {

// A statement's result, borrowed from the store, which keeps the statement prepared: read it
// before the same SQL runs again (the next run reuses the statement and its result).
class StoreQuery
{
public:
    explicit StoreQuery(QSqlQuery *query) : m_q(query) {}
    bool next() { return m_q->next(); }
    QVariant value(int column) const { return m_q->value(column); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }

private:
    QSqlQuery *m_q;
};

// The county's store in PostgreSQL, through Qt's QPSQL driver: one connection per thread,
// migrations (server/migrations/*.sql in a qrc) applied in order at open, each in its own
// transaction. Money is integer fen in bigint; numeric comes back as a string (high
// precision), never as a double.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)
public:
    struct Connection
    {
        QString host;        // a socket folder or a host name
        int port = 5432;
        QString user;
        QString database;
        QString options;     // more libpq options, e.g. "sslmode=require"
        QString password;
    };
    // A libpq connection string ("host=… dbname=…") as a county gives it with --database.
    static core::Result<Connection> parse(const QString &conninfo);

    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    static core::Result<std::unique_ptr<ServerStore>> open(const Connection &connection);
    int schemaVersion();

    // Each SQL text is prepared once per connection and kept (a push runs the same few
    // statements thousands of times); without values it is run as it is (it may hold several
    // statements, as a migration does).
    core::Result<StoreQuery> exec(const QString &sql, const QVariantList &values = {});
    // Runs f in a transaction: any error from it rolls everything back.
    core::Status transaction(const std::function<core::Status()> &f);
    // Returns once every transaction committed before it is on disk, including those that
    // committed without waiting (synchronous_commit off). Call it before answering with
    // anything such a transaction wrote.
    core::Status makeDurable();
    // The county's change number: the highest given out and committed.
    core::Result<qint64> changeNumber();

private:
    explicit ServerStore(QSqlDatabase db) : m_db(std::move(db)) {}
    core::Status migrate();

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace doudi::server
