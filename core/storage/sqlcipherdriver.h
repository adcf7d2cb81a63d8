#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

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
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *kName = "DOUDI_SQLCIPHER";
    // Registers the driver under kName once per process.
    static void registerDriver();
    // The SQLCipher version the process runs ("3.4.1"), and whether it offers SM4.
    static QString cipherVersion();
    static bool supportsSm4();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature f) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
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
    // Runs one or more statements without results (migrations, pragmas).
    bool execScript(const QString &sql);

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what);
    QSqlError makeError(const QString &text, QSqlError::ErrorType type, int code) const;
    bool failOpen(const QString &text, int code);

    sqlite3 *m_db = nullptr;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace doudi::core
