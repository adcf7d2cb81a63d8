#include "storage/sqlcipherdriver.h"

#include "security/secretbytes.h"
#include "storage/sqlcipherresult.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlcipher/sqlite3.h>

namespace doudi::core {

namespace {
class Creator : public QSqlDriverCreatorBase
{
public:
    QSqlDriver *createObject() const override { return new SqlCipherDriver; }
};

struct OpenOptions
{
    QString cipher;
    bool create = false;
    bool readOnly = false;
    bool plaintext = false; // benchmarks only: the same code without encryption
    int busyTimeoutMs = 5000;
};

OpenOptions parseOptions(const QString &connOpts)
{
    OpenOptions o;
    const QStringList parts = connOpts.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        if (key == QLatin1String("QSQLCIPHER_CIPHER"))
            o.cipher = value;
        else if (key == QLatin1String("QSQLCIPHER_CREATE"))
            o.create = true;
        else if (key == QLatin1String("QSQLCIPHER_READONLY"))
            o.readOnly = true;
        else if (key == QLatin1String("QSQLCIPHER_PLAINTEXT_FOR_BENCHMARK"))
            o.plaintext = true;
        else if (key == QLatin1String("QSQLCIPHER_BUSY_TIMEOUT"))
            o.busyTimeoutMs = value.toInt();
    }
    return o;
}

bool isHexKey(const QString &key)
{
    return key.size() == 64 && std::all_of(key.begin(), key.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
}
} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool once = [] {
        // Before SQLite's first use: without the allocation statistics (which nothing reads),
        // each of its allocations takes no global lock.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kName), new Creator);
        return true;
    }();
    Q_UNUSED(once);
}

QString SqlCipherDriver::cipherVersion()
{
    // cipher_version needs a keyed connection; an in-memory one costs nothing.
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_key(db, "probe", 5);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

QString SqlCipherDriver::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int SqlCipherDriver::cipherMajorVersion()
{
    // "3.4.1" (Debian 12), "4.14.0 community": the number before the first dot.
    static const int major = cipherVersion().section(u'.', 0, 0).toInt();
    return major;
}

bool SqlCipherDriver::supportsSm4()
{
    // SQLCipher 4 dropped PRAGMA cipher: only 3.x lets us choose SM4.
    return cipherMajorVersion() == 3;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature f) const
{
    switch (f) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

QSqlError SqlCipherDriver::makeError(const QString &text, QSqlError::ErrorType type, int code) const
{
    const QString dbText = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(text, dbText, type, QString::number(code));
}

bool SqlCipherDriver::failOpen(const QString &text, int code)
{
    setLastError(makeError(text, QSqlError::ConnectionError, code));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
        setLastError(makeError(what, QSqlError::StatementError, sqlite3_extended_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::execScript(const QString &sql)
{
    return execSimple(sql.toUtf8().constData(),
                      QCoreApplication::translate("SqlCipherDriver", "The database could not be updated."));
}

bool SqlCipherDriver::applyKey(const QByteArray &rawKey, const QString &cipher, bool legacy)
{
    int rc = sqlite3_key(m_db, rawKey.constData(), int(rawKey.size()));
    // SQLCipher 3's settings, then the page size: set the other way round, compatibility mode
    // would put the page size back to 3's 1 KB.
    if (rc == SQLITE_OK && legacy)
        rc = sqlite3_exec(m_db, "PRAGMA cipher_compatibility = 3;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The database key could not be applied."), rc);
    // SQLCipher 4 has no PRAGMA cipher (AES-256-CBC is its only cipher; SM4 was refused above).
    if (!cipher.isEmpty() && cipherMajorVersion() < 4) {
        const QByteArray pragma = "PRAGMA cipher = '" + cipher.toLatin1() + "';";
        if (!execSimple(pragma.constData(), QCoreApplication::translate("SqlCipherDriver", "The cipher could not be set.")))
            return failOpen(QCoreApplication::translate("SqlCipherDriver", "The cipher could not be set."), SQLITE_MISUSE);
    }
    // 4 KB cipher pages and a 64 MB cache (DESIGN §11): four times faster scans.
    if (!execSimple("PRAGMA cipher_page_size = 4096;",
                    QCoreApplication::translate("SqlCipherDriver", "The page size could not be set.")))
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The page size could not be set."), SQLITE_MISUSE);
    return true;
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &password, const QString &, int,
                           const QString &connOpts)
{
    if (isOpen())
        close();
    m_legacyFormat = false;
    const OpenOptions opts = parseOptions(connOpts);
    if (!opts.plaintext && !isHexKey(password))
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "No valid database key was given."), SQLITE_AUTH);
    if (!opts.create && !QFileInfo::exists(path))
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The database file does not exist."), SQLITE_CANTOPEN);

    // Existence was checked above; CREATE stays on so that ATTACH can make new files
    // (backups, rekey), which inherit the connection's flags. NOMUTEX: a connection belongs to
    // the thread that opened it (as every Qt SQL connection does; a worker opens its own), so
    // the per-call lock of the serialized mode guards nothing.
    const int flags = (opts.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The database file could not be opened."), rc);
    sqlite3_busy_timeout(m_db, opts.busyTimeoutMs);

    if (!opts.cipher.isEmpty() && !opts.plaintext) {
        if (opts.cipher != QLatin1String("aes-256-cbc") && opts.cipher != QLatin1String("sm4-cbc"))
            return failOpen(
                QCoreApplication::translate("SqlCipherDriver", "The cipher \"%1\" is not supported.").arg(opts.cipher),
                SQLITE_MISUSE);
        if (opts.cipher == QLatin1String("sm4-cbc") && !supportsSm4())
            return failOpen(
                QCoreApplication::translate("SqlCipherDriver", "This build of SQLCipher does not offer the SM4 cipher."),
                SQLITE_MISUSE);
    }
    // The key first: nothing may read the file before it (a raw key skips SQLCipher's KDF).
    // Written into one buffer (no temporary copies) and wiped whichever way open() ends.
    QByteArray rawKey;
    rawKey.reserve(password.size() + 3);
    rawKey.append("x'");
    for (const QChar c : password)
        rawKey.append(char(c.unicode()));
    rawKey.append('\'');
    const auto wipeKey = qScopeGuard([&rawKey] { SecretBytes::wipe(rawKey); });
    if (opts.plaintext) {
        if (!execSimple("PRAGMA page_size = 4096;",
                        QCoreApplication::translate("SqlCipherDriver", "The page size could not be set.")))
            return failOpen(QCoreApplication::translate("SqlCipherDriver", "The page size could not be set."), SQLITE_MISUSE);
    } else if (!applyKey(rawKey, opts.cipher, false)) {
        return false;
    }

    // The first read tells whether the key (and cipher) fit the file.
    const char *firstRead = "SELECT count(*) FROM sqlite_master;";
    rc = sqlite3_exec(m_db, firstRead, nullptr, nullptr, nullptr);
    if (rc == SQLITE_NOTADB && !opts.plaintext && cipherMajorVersion() >= 4) {
        // Under SQLCipher 4 a file in 3's format (HMAC-SHA1, PBKDF2-SHA1) does not open with
        // 4's defaults: key the same handle again in compatibility mode and read once more.
        if (!applyKey(rawKey, opts.cipher, true))
            return false;
        rc = sqlite3_exec(m_db, firstRead, nullptr, nullptr, nullptr);
        m_legacyFormat = rc == SQLITE_OK;
    }
    if (rc == SQLITE_NOTADB)
        return failOpen(QCoreApplication::translate("SqlCipherDriver",
                                                    "The key does not open this database, or the file is not a Doudi database."),
                        rc);
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The database could not be read."), rc);

    // synchronous=FULL: in WAL mode NORMAL may lose the last commits at a power cut, which
    // in a village is an ordinary event; a document number already on paper must survive it.
    const char *setup = opts.readOnly ? "PRAGMA cache_size = -65536; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"
                                      : "PRAGMA cache_size = -65536; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                                        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;";
    if (!execSimple(setup, QCoreApplication::translate("SqlCipherDriver", "The database could not be configured.")))
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "The database could not be configured."),
                        sqlite3_extended_errcode(m_db));

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *r : std::as_const(m_results))
        r->finalize();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_legacyFormat = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so two connections never deadlock on upgrade.
    return isOpen() &&
           execSimple("BEGIN IMMEDIATE;", QCoreApplication::translate("SqlCipherDriver", "A transaction could not be started."));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT;", QCoreApplication::translate("SqlCipherDriver", "The changes could not be saved."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() &&
           execSimple("ROLLBACK;", QCoreApplication::translate("SqlCipherDriver", "The changes could not be undone."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY name")
                   .arg(kinds.join(u',')));
        while (q.next())
            out << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)));
    while (q.next()) {
        const QByteArray decl = q.value(2).toString().toUpper().toLatin1();
        QMetaType type(QMetaType::QString);
        if (decl.contains("INT"))
            type = QMetaType(QMetaType::LongLong);
        else if (decl.contains("REAL") || decl.contains("FLOA") || decl.contains("DOUB"))
            type = QMetaType(QMetaType::Double);
        else if (decl.contains("BLOB"))
            type = QMetaType(QMetaType::QByteArray);
        QSqlField f(q.value(1).toString(), type, tableName);
        f.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        f.setDefaultValue(q.value(4));
        f.setAutoValue(q.value(5).toInt() > 0 && type.id() == QMetaType::LongLong);
        rec.append(f);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    const QSqlRecord rec = record(tableName);
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)));
    QList<QPair<int, QString>> keys;
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            keys.append({q.value(5).toInt(), q.value(1).toString()});
    }
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys)
        index.append(rec.field(k.second));
    index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.startsWith(u'"') && identifier.endsWith(u'"') && identifier.size() > 1)
        return identifier;
    QString id = identifier;
    id.replace(u'"', QStringLiteral("\"\""));
    return u'"' + id + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db); // "sqlite3*", as Qt's SQLite driver gives it
}

} // namespace doudi::core
