#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;
// The handles' types by the names Qt's own SQLite driver gives them, so that code written for
// it (qstrcmp(handle.typeName(), "sqlite3*") == 0) works with this one.
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace doudi::core {

class SqlCipherResult;

// Qt SQL driver over SQLCipher's sqlite3 API, registered in-process (no plugin file) so the
// system libsqlite3 never enters the process (DESIGN §4, §11).
//
// The password given to QSqlDatabase is the raw 256-bit database key as 64 hex digits; it
// is applied before anything else is read. Connect options (semicolon-separated):
//   QSQLCIPHER_CIPHER=aes-256-cbc|sm4-cbc   cipher of a new or existing file (default AES)
//   QSQLCIPHER_CREATE                       create the file if it does not exist
//   QSQLCIPHER_READONLY                     open read-only
//   QSQLCIPHER_BUSY_TIMEOUT=<ms>            wait for locks held by other connections
//
// Under SQLCipher 4 a file in SQLCipher 3's format (every profile and backup written by a 3.x
// build) is opened in compatibility mode and isLegacyFormat() says so; new files get 4's
// format (docs/adr/0006-sqlcipher-4.md).
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *kName = "DOUDI_SQLCIPHER";
    // Registers the driver under kName once per process.
    static void registerDriver();
    // The SQLCipher version the process runs ("3.4.1"), and whether it offers SM4.
    static QString cipherVersion();
    // The SQLite inside SQLCipher, e.g. "3.40.1".
    static QString sqliteVersion();
    // The major version of cipherVersion() (3 or 4), worked out once per process.
    static int cipherMajorVersion();
    static bool supportsSm4();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature f) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    // The open file is in SQLCipher 3's format although the library is 4 or later: it was
    // opened with PRAGMA cipher_compatibility = 3. Always false under SQLCipher 3.
    bool isLegacyFormat() const { return m_legacyFormat; }
    // Runs one or more statements without results (migrations, pragmas).
    bool execScript(const QString &sql);

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what);
    QSqlError makeError(const QString &text, QSqlError::ErrorType type, int code) const;
    bool failOpen(const QString &text, int code);
    bool applyKey(const QByteArray &rawKey, const QString &cipher, bool legacy);

    sqlite3 *m_db = nullptr;
    bool m_legacyFormat = false;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace doudi::core
