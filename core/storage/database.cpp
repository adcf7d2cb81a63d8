#include "storage/database.h"
#include "security/secretbytes.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "storage/privatefiles.h"
#include "storage/sqlcipherdriver.h"
#include "storage/sqlcipherresult.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlcipher/sqlite3.h>

namespace doudi::core {

namespace {
const QString kMigrationDir = QStringLiteral(":/doudi/migrations");

struct Migration
{
    int version;
    QString file;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QRegularExpressionMatch m = name.match(f);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), kMigrationDir + u'/' + f});
    }
    return out;
}

// The key as text for SQLCipher, written straight into the one string (no copy of it is left
// behind in a temporary); the caller wipes it (SecretBytes::wipe) when done.
QString hexKey(const QByteArray &key)
{
    static const char digits[] = "0123456789abcdef";
    QString out(key.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < key.size(); ++i) {
        out[2 * i] = QLatin1Char(digits[uchar(key[i]) >> 4]);
        out[2 * i + 1] = QLatin1Char(digits[uchar(key[i]) & 15]);
    }
    return out;
}
} // namespace

Result<std::unique_ptr<Database>> Database::openUnencryptedForBenchmark(const QString &path)
{
    return openWith(path, {}, QStringLiteral("QSQLCIPHER_PLAINTEXT_FOR_BENCHMARK;QSQLCIPHER_CREATE"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QByteArray &key, const QString &cipher, bool create)
{
    QString options = QStringLiteral("QSQLCIPHER_CIPHER=") + cipher;
    if (create)
        options += QStringLiteral(";QSQLCIPHER_CREATE");
    return openWith(path, key, options);
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path, const QByteArray &key, const QString &options)
{
    SqlCipherDriver::registerDriver();
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = QStringLiteral("doudi-") + RandomSource::uuidString();
    QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName), db->m_connectionName);
    if (Status st = db->connect(key, options); !st)
        return st.error();
    return db;
}

Status Database::connect(const QByteArray &key, const QString &options)
{
    QSqlDatabase c = connection();
    c.setDatabaseName(m_path);
    QString keyText = hexKey(key);
    c.setPassword(keyText);
    c.setConnectOptions(options);
    const bool opened = c.open();
    // The key text goes as soon as the connection holds the key: Qt's copy shares ours, and
    // wiping ours in place wipes both.
    SecretBytes::wipe(keyText);
    c.setPassword(QString());
    if (!opened) {
        const QSqlError e = c.lastError();
        const bool wrongKey = e.nativeErrorCode() == QString::number(SQLITE_NOTADB);
        const bool missing = e.nativeErrorCode() == QString::number(SQLITE_CANTOPEN);
        return Error(wrongKey  ? ErrorCode::WrongCredentials
                     : missing ? ErrorCode::NotFound
                               : ErrorCode::Storage,
                     e.driverText(), e.databaseText());
    }
    m_open = true;
    return {};
}

Error Database::closed()
{
    return Error(ErrorCode::Locked, tr("The profile is locked: unlock it to go on."));
}

void Database::close()
{
    m_open = false;
    trimCache(0);
    m_statements.clear(); // a statement still lent out would be a bug of its borrower's
    QSqlDatabase c = connection();
    if (c.isOpen())
        c.close();
}

Status Database::reopen(const QByteArray &key, const QString &cipher)
{
    close();
    return connect(key, QStringLiteral("QSQLCIPHER_CIPHER=") + cipher);
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase c = connection();
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_onDestroy)
        m_onDestroy();
}

Error Database::sqlError(const QSqlError &e, const QString &what) const
{
    return Error(ErrorCode::Storage, what, e.databaseText() + QStringLiteral(" [") + e.nativeErrorCode() + u']');
}

std::unique_ptr<QSqlQuery> Database::prepare(const QString &sql, QSqlError *error) const
{
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        *error = q->lastError();
        return nullptr;
    }
    return q;
}

void Database::trimCache(std::size_t keep)
{
    while (m_statements.size() > keep) {
        auto oldest = m_statements.end();
        for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
            if (!it->second->borrowed && (oldest == m_statements.end() || it->second->lastUse < oldest->second->lastUse))
                oldest = it;
        }
        if (oldest == m_statements.end())
            return; // every statement is held: none may go
        m_statements.erase(oldest);
    }
}

Result<Query> Database::run(QSqlQuery &q, bool *borrowed, std::unique_ptr<QSqlQuery> owned, const QVariantList &values)
{
    Query handle = borrowed ? Query(q, *borrowed) : Query(std::move(owned));
    // Our own driver's result, bound straight to SQLite (SqlCipherResult::execWithValues).
    auto *result = static_cast<SqlCipherResult *>(const_cast<QSqlResult *>(handle.sql().result()));
    if (!result->execWithValues(values))
        return sqlError(handle.sql().lastError(), tr("The database could not carry out a request."));
    return handle;
}

Result<Query> Database::exec(const QString &sql, const QVariantList &values)
{
    if (!m_open)
        return closed();
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && it->second->borrowed)
        return execOnce(sql, values); // the same statement is still being read: run a second one
    if (it == m_statements.end()) {
        QSqlError error;
        std::unique_ptr<QSqlQuery> q = prepare(sql, &error);
        if (!q) // a statement that failed to prepare is not kept
            return sqlError(error, tr("The database could not carry out a request."));
        trimCache(kMaxCachedStatements - 1);
        it = m_statements.emplace(sql, std::make_unique<Statement>()).first;
        it->second->query = std::move(q);
    }
    Statement &s = *it->second;
    s.lastUse = ++m_uses;
    return run(*s.query, &s.borrowed, nullptr, values);
}

Result<Query> Database::execOnce(const QString &sql, const QVariantList &values)
{
    if (!m_open)
        return closed();
    QSqlError error;
    std::unique_ptr<QSqlQuery> q = prepare(sql, &error);
    if (!q)
        return sqlError(error, tr("The database could not carry out a request."));
    QSqlQuery &ref = *q;
    return run(ref, nullptr, std::move(q), values);
}

Status Database::execScript(const QString &sql)
{
    if (!m_open)
        return closed();
    auto *driver = static_cast<SqlCipherDriver *>(connection().driver());
    if (!driver->execScript(sql))
        return sqlError(driver->lastError(), tr("The database could not be updated."));
    return {};
}

Status Database::begin()
{
    if (!m_open)
        return closed();
    if (m_depth++ > 0)
        return {};
    ++m_transactionId;
    m_beforeCommit.clear();
    if (!connection().transaction()) {
        m_depth = 0;
        return sqlError(connection().lastError(), tr("The database is busy; please try again."));
    }
    return {};
}

Status Database::finish(Status st)
{
    if (--m_depth > 0)
        return st;
    QSqlDatabase c = connection();
    for (std::size_t i = 0; st && i < m_beforeCommit.size(); ++i)
        st = m_beforeCommit[i]();
    m_beforeCommit.clear();
    ++m_transactionId;
    if (!st) {
        c.rollback();
        return st;
    }
    if (!c.commit()) {
        const Error e = sqlError(c.lastError(), tr("The changes could not be saved."));
        c.rollback();
        return e;
    }
    return {};
}

int Database::latestSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Database::schemaVersion()
{
    Result<Query> q = exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!q || !q->next() || q->value(0).toInt() == 0)
        return 0;
    q = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    return (q && q->next()) ? q->value(0).toInt() : 0;
}

Status Database::migrate()
{
    if (Status st = execScript(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"));
        !st)
        return st;
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return Error(ErrorCode::Unsupported,
                     tr("This database was written by a newer version of Doudi (schema %1); please update Doudi.").arg(current));
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Internal, tr("A database update is missing from this build."), m.file);
        const QString sql = QString::fromUtf8(f.readAll());
        Status st = transaction([&]() -> Status {
            if (Status s = execScript(sql); !s)
                return s;
            return exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)"),
                        {m.version, Clock::nowUtc().toString(Qt::ISODateWithMs)})
                           .ok()
                       ? Status()
                       : Status(Error(ErrorCode::Storage, tr("The database could not be updated.")));
        });
        if (!st)
            return Error(st.error().code(), tr("Updating the database to version %1 failed.").arg(m.version),
                         st.error().detail());
    }
    return {};
}

Result<QStringList> Database::integrityCheck()
{
    if (!m_open)
        return closed();
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError(), tr("The database could not be checked."));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q.lastError(), tr("The database could not be checked."));
    while (q.next())
        problems << tr("A %1 record refers to a missing %2 record.").arg(q.value(0).toString(), q.value(2).toString());
    return problems;
}

bool Database::isLegacyFormat() const
{
    const auto *driver = static_cast<const SqlCipherDriver *>(connection().driver());
    return driver && driver->isLegacyFormat();
}

Status Database::exportTo(const QString &path, const QByteArray &key, const QString &cipher, CopyFormat format)
{
    if (!m_open)
        return closed();
    // Created here, private, so that SQLite fills an empty file that only its owner can read.
    if (Status st = PrivateFiles::createEmpty(path); !st)
        return st;
    trimCache(0); // no idle statement may hold a read while the schema is attached
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS export_target KEY ?"));
    q.addBindValue(path);
    QString keyText = QStringLiteral("x'") + hexKey(key) + u'\'';
    q.addBindValue(keyText);
    const bool attached = q.exec();
    SecretBytes::wipe(keyText); // the bound copy shares it; the statement's own is wiped when it goes
    if (!attached) {
        QFile::remove(path);
        return sqlError(q.lastError(), tr("The copy could not be created."));
    }
    // No journal and no syncing while the copy is written: it is not live until the caller has
    // synced it and put it in place, and a half-written copy is thrown away.
    // Under SQLCipher 4 an attached file gets 4's format whatever this one's is; a legacy copy
    // asks for 3's settings first (compatibility mode resets the page size, so it comes after).
    const bool legacyCopy = format == CopyFormat::SameAsThis && isLegacyFormat();
    const QString setup =
        (legacyCopy ? QStringLiteral("PRAGMA export_target.cipher_compatibility = 3;") : QString()) +
        QStringLiteral("PRAGMA export_target.cipher_page_size = 4096;"
                       "PRAGMA export_target.journal_mode = OFF; PRAGMA export_target.synchronous = OFF;") +
        (SqlCipherDriver::supportsSm4() ? QStringLiteral("PRAGMA export_target.cipher = '%1';").arg(cipher) : QString());
    Status st = execScript(setup);
    if (st && !q.exec(QStringLiteral("SELECT sqlcipher_export('export_target')")))
        st = sqlError(q.lastError(), tr("The copy could not be written."));
    q.finish();
    QSqlQuery detach(connection());
    detach.exec(QStringLiteral("DETACH DATABASE export_target"));
    if (!st)
        QFile::remove(path);
    return st;
}

} // namespace doudi::core
