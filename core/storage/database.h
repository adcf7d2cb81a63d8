#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace doudi::core {

// A statement that ran, positioned before its first row. It is either one of the
// Database's cached statements, borrowed for as long as this handle lives (the cache never
// evicts or reuses a borrowed statement), or a statement of its own for SQL that is not
// cached. The handle resets the statement when it goes out of scope, because a SELECT read
// only partway keeps its read transaction open, and in WAL mode that pins an old snapshot
// (other connections' commits stay invisible and checkpoints cannot finish).
class Query
{
public:
    Query(QSqlQuery &cached, bool &borrowed) : m_q(&cached), m_borrowed(&borrowed) { borrowed = true; }
    explicit Query(std::unique_ptr<QSqlQuery> owned) : m_q(owned.get()), m_owned(std::move(owned)) {}
    Query(Query &&other) noexcept
        : m_q(std::exchange(other.m_q, nullptr)), m_borrowed(std::exchange(other.m_borrowed, nullptr)),
          m_owned(std::move(other.m_owned))
    {
    }
    Query &operator=(Query &&other) noexcept
    {
        if (this != &other) {
            release();
            m_q = std::exchange(other.m_q, nullptr);
            m_borrowed = std::exchange(other.m_borrowed, nullptr);
            m_owned = std::move(other.m_owned);
        }
        return *this;
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query() { release(); }

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
    void release()
    {
        finish();
        if (m_borrowed)
            *m_borrowed = false;
        m_borrowed = nullptr;
        m_owned.reset();
        m_q = nullptr;
    }

    QSqlQuery *m_q = nullptr;
    bool *m_borrowed = nullptr;
    std::unique_ptr<QSqlQuery> m_owned;
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
    static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &key, const QString &cipher, bool create);
    // Benchmarks only (bench_import): the same code on a file that is not encrypted, to
    // measure what encryption costs. Never used for personal data.
    static Result<std::unique_ptr<Database>> openUnencryptedForBenchmark(const QString &path);

    const QString &path() const { return m_path; }
    // Runs when this connection is destroyed (Profile counts its readers with it).
    void setOnDestroy(std::function<void()> f) { m_onDestroy = std::move(f); }
    // Closes the connection, keeping this object (services hold references to it), and opens
    // it again under another key: after a rekey has replaced the file.
    // Closed, every call gives a Locked error (Profile::lock() closes it: whoever still holds it
    // gets an answer, never a dangling object).
    void close();
    Status reopen(const QByteArray &key, const QString &cipher);
    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    // Runs a statement with positional values; the query is left positioned before the first
    // row. sql must be fixed text (values bound, never spliced in): its prepared statement is
    // cached and reused.
    Result<Query> exec(const QString &sql, const QVariantList &values = {});
    // The same for SQL assembled at run time (a list of columns, a number of '?' marks):
    // prepared for this call alone, so that such text never fills the cache.
    Result<Query> execOnce(const QString &sql, const QVariantList &values = {});
    static constexpr int kMaxCachedStatements = 96;
    std::size_t cachedStatementCount() const { return m_statements.size(); }
    Status execScript(const QString &sql);

    // Runs f in one transaction (BEGIN IMMEDIATE); a nested call joins the outer one.
    // Any error rolls everything back: nothing is ever half-saved.
    template <typename F> Status transaction(F &&f)
    {
        if (Status st = begin(); !st)
            return st;
        Status st = f();
        return finish(st);
    }

    // Inside a transaction: f runs once just before the outermost transaction commits (an error
    // rolls it back). Forgotten when the transaction ends either way. ChangeLog keeps its
    // counters in memory for a transaction and writes them here, once.
    void beforeCommit(std::function<Status()> f) { m_beforeCommit.push_back(std::move(f)); }
    bool inTransaction() const { return m_depth > 0; }
    // Differs for every outermost transaction: what was read in one is not trusted in the next.
    quint64 transactionId() const { return m_transactionId; }

    // Forward-only migrations from the qrc, each in a transaction with its version recorded.
    Status migrate();
    int schemaVersion();
    static int latestSchemaVersion();

    // PRAGMA integrity_check; empty list when the file is sound.
    Result<QStringList> integrityCheck();
    // Under SQLCipher 4: the file is in SQLCipher 3's format, opened in compatibility mode
    // (docs/adr/0006-sqlcipher-4.md). Always false under SQLCipher 3.
    bool isLegacyFormat() const;
    // The format of a copy: that of this file (a copy of a legacy file is legacy too, and still
    // opens under SQLCipher 3), or the library's own (under SQLCipher 4: 4's format, which is
    // how a later step migrates a legacy profile). Under SQLCipher 3 both are 3's format.
    enum class CopyFormat
    {
        SameAsThis,
        Native
    };
    // A complete encrypted copy (sqlcipher_export) under key and cipher, to a new file.
    Status exportTo(const QString &path, const QByteArray &key, const QString &cipher,
                    CopyFormat format = CopyFormat::SameAsThis);

    Error sqlError(const QSqlError &e, const QString &what) const;
    static Error closed();

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const QByteArray &key, const QString &options);
    Status connect(const QByteArray &key, const QString &options);
    Status begin();
    Status finish(Status st);
    Result<Query> run(QSqlQuery &q, bool *borrowed, std::unique_ptr<QSqlQuery> owned, const QVariantList &values);
    std::unique_ptr<QSqlQuery> prepare(const QString &sql, QSqlError *error) const;
    // Drops the least recently used statements that nobody holds, down to the bound.
    void trimCache(std::size_t keep);

    // A cached statement. Held by unique_ptr so that its address never moves while a Query
    // borrows it, whatever the map does.
    struct Statement
    {
        std::unique_ptr<QSqlQuery> query;
        bool borrowed = false;
        quint64 lastUse = 0;
    };

    QString m_path;
    bool m_open = false;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    quint64 m_uses = 0;
    quint64 m_transactionId = 0;
    std::vector<std::function<Status()>> m_beforeCommit;
    std::function<void()> m_onDestroy;
    int m_depth = 0;
};

} // namespace doudi::core
