#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace doudi::core {

class SqlCipherDriver;

// One statement. SQLite steps forward only; rows already stepped are kept so that a
// non-forward-only query (QSqlQueryModel, QSqlTableModel) can move back.
class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    void finalize();
    // exec() with these values for the statement's positional parameters, bound straight to
    // SQLite: Database's path, which skips QSqlQuery::bindValue (it formats a parameter
    // name for every value, the larger part of a short statement's cost).
    bool execWithValues(const QVariantList &values);

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    bool bindAll(const QVariantList *direct);
    bool bindOne(int index, const QVariant &v);
    void reserveText(const QVariantList &values);
    bool execute(const QVariantList *direct);
    bool stepRow(); // appends the next row; false at the end or on error
    const QVariantList *currentRow() const;
    void setError(const QString &text, QSqlError::ErrorType type);
    // Values that cannot be bound as given (a count that does not match, one missing, a number
    // SQLite cannot hold): SQLITE_RANGE, and false.
    bool refuseBinding(const QString &text);

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QByteArray m_text;          // texts bound SQLITE_STATIC: refilled only after the bindings are cleared
    QList<QVariantList> m_rows; // cached rows; m_rows[0] is row number m_firstCached
    int m_firstCached = 0;
    bool m_done = true;
    int m_rowsAffected = -1;
};

} // namespace doudi::core
