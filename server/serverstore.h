#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

struct pg_conn;

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
        QString host; // a socket folder or a host name
        int port = 5432;
        QString user;
        QString database;
        QString options; // more libpq options, e.g. "sslmode=require"
        QString password;
    };
    // A libpq connection string ("host=… dbname=…") as a county gives it with --database.
    static core::Result<Connection> parse(const QString &conninfo);

    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    static core::Result<std::unique_ptr<ServerStore>> open(const Connection &connection);
    int schemaVersion();

    // Each SQL text with values is prepared once per connection and kept (a push runs the
    // same few statements thousands of times), and planned once (plan_cache_mode
    // force_generic_plan: planning a pull took longer than running it, issue 11); without
    // values it is run as it is (it may hold several statements, as a migration does).
    core::Result<StoreQuery> exec(const QString &sql, const QVariantList &values = {});
    // Runs f in a transaction: any error from it rolls everything back.
    core::Status transaction(const std::function<core::Status()> &f);
    // A statement with values as text that can travel with others in one round trip:
    // "EXECUTE name(the values as literals)" of the statement, which is prepared on this
    // connection the first time (a round trip of its own) and planned once, as exec()'s are. The
    // SQL numbers its values $1, $2, … (a value may be used twice).
    core::Result<QString> bound(const QString &sql, const QVariantList &values);
    // Statements without values, or from bound(), in one round trip, each of which must
    // succeed (PostgreSQL skips the rest after an error): the first row of the last of them
    // that returned rows.
    core::Result<QVariantList> script(const QString &sql);
    // Statements as for script(), in one round trip: the first row of each of them that returned
    // rows, in order. After an error, a transaction the text opened is rolled back (PostgreSQL
    // skipped the rest, its COMMIT too).
    core::Result<QList<QVariantList>> scriptRows(const QString &sql);
    // Statements (as for script()) as a transaction of their own whose commit does not wait for
    // the disk, as text to send with others (scriptRows()): for a write that may be lost in a
    // crash because it is made again (the audit head that a laptop reports with every pull).
    static QString unsynced(const QString &sql);
    // sql with its values marked ? instead numbered $1, $2, … in order, for bound() (a ? between
    // quotes stays).
    static QString numbered(const QString &sql);
    // A transaction whose commit does not wait for the disk, so that the locks it holds to its
    // commit (the change counter's) are held for less time: returns the county's change number
    // then, which covers the transaction. What it wrote is on disk only after a barrier
    // (makeDurable(), Durability) that begins after it returned: none may be answered or handed
    // out before. Two round trips where the work allows (issue 11):
    // `opening` (as for script()) goes with BEGIN, and its row is given to f, which does the
    // work and returns the statement that ends it (as for script(), or empty), sent with the
    // COMMIT. That statement must check what it did itself, failing with an SQL error
    // (doudi_require()): its result is not read before the commit. Any error rolls everything
    // back.
    core::Result<qint64> quickTransaction(const QString &opening,
                                          const std::function<core::Result<QString>(const QVariantList &opened)> &f);
    // Returns once every transaction committed before it is on disk, including those that
    // committed without waiting (synchronous_commit off), with the county's change number
    // (the highest given out) as it then was. Call it before answering with anything such a
    // transaction wrote.
    core::Result<qint64> makeDurable();
    // Whether a notification on `channel` reached this connection since the last call: true on
    // the first call, which starts listening (what was remembered before may be out of date).
    // Reads only what the connection has already received, without a round trip; a remembered
    // answer that this says is old must be asked again.
    core::Result<bool> heard(const QString &channel);
    // The county's change number (the highest given out).
    core::Result<qint64> countyChange();
    // Stale when a device has seen (`seen`) a change number beyond the county's: the county's
    // database was restored from an older backup. Its next pages would skip what the county
    // numbers anew, and a rescan would drop what only the laptop still has, so it is told to
    // stop instead.
    static core::Status notBehind(qint64 seen, qint64 countyChange);

private:
    explicit ServerStore(const QSqlDatabase &db) : m_db(db) {}
    core::Status migrate();
    void rollback();
    // libpq's connection under Qt's driver, or null when the driver is not libpq's.
    pg_conn *connection() const;
    // script() and scriptRows() without the rollback.
    core::Result<QList<QVariantList>> firstRows(const QString &sql);

    QSqlDatabase m_db;
    int m_backend = 0;                  // the connection's PostgreSQL process: its row of durability_barrier
    QSet<QString> m_listening, m_heard; // notification channels
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QHash<QString, QString> m_prepared; // SQL → its name on the connection (bound())
    int m_preparedCount = 0;
};

} // namespace doudi::server
