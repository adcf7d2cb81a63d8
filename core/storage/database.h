#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <utility>

namespace doudi::core {

// A handle on a cached prepared statement after it ran. The Database keeps the statement;
// the handle resets it when it goes out of scope, because a SELECT read only partway keeps
// its read transaction open, and in WAL mode that pins an old snapshot (other connections'
// commits stay invisible and checkpoints cannot finish).
class Query
{
public:
    explicit Query(QSqlQuery &q) : m_q(&q) {}
    Query(Query &&other) noexcept : m_q(std::exchange(other.m_q, nullptr)) {}
    Query &operator=(Query &&other) noexcept
    {
        if (this != &other) {
            finish();
            m_q = std::exchange(other.m_q, nullptr);
        }
        return *this;
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query() { finish(); }

    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    void finish()
    {
        if (m_q)
            m_q->finish();
    }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    QSqlQuery &sql() const { return *m_q; }

private:
    QSqlQuery *m_q;
};

// One open, keyed connection to an encrypted database file. Owns a cache of prepared
// statements (a prepare costs more than most of our lookups) and the transaction depth.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // key: the raw 32-byte database key. cipher: "aes-256-cbc" or "sm4-cbc".
    static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &key,
                                                  const QString &cipher, bool create);

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    // A prepared statement for sql, reused across calls; bind and exec it.
    QSqlQuery &prepared(const QString &sql);
    // Runs a statement with positional values; the query is left positioned before the first row.
    Result<Query> exec(const QString &sql, const QVariantList &values = {});
    Status execScript(const QString &sql);

    // Runs f in one transaction (BEGIN IMMEDIATE); a nested call joins the outer one.
    // Any error rolls everything back: nothing is ever half-saved.
    template <typename F>
    Status transaction(F &&f)
    {
        if (Status st = begin(); !st)
            return st;
        Status st = f();
        return finish(st);
    }

    // Forward-only migrations from the qrc, each in a transaction with its version recorded.
    Status migrate();
    int schemaVersion();
    static int latestSchemaVersion();

    // PRAGMA integrity_check; empty list when the file is sound.
    Result<QStringList> integrityCheck();
    // A complete encrypted copy (sqlcipher_export) under key and cipher, to a new file.
    Status exportTo(const QString &path, const QByteArray &key, const QString &cipher);

    Error sqlError(const QSqlError &e, const QString &what) const;

private:
    Database() = default;
    Status begin();
    Status finish(Status st);

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
};

} // namespace doudi::core
