#include "storage/sqlcipherresult.h"

#include "common/utf8.h"
#include "security/secretbytes.h"
#include "storage/sqlcipherdriver.h"

#include <QDateTime>

#include <QSqlField>
#include <limits>

#include <sqlcipher/sqlite3.h>

namespace doudi::core {

namespace {
QMetaType typeFromDecl(const char *decl)
{
    const QByteArray d = QByteArray(decl ? decl : "").toUpper();
    if (d.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (d.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}
// '?' followed by a digit outside quoted literals.
bool hasNumberedParameter(const QString &sql)
{
    QChar quote;
    for (qsizetype i = 0; i + 1 < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?' && sql[i + 1].isDigit()) {
            return true;
        }
    }
    return false;
}

// Qt 6's QVariant::isNull() no longer looks inside the value; Qt's own SQL drivers still bind
// a null QString, QByteArray or QDate (and an invalid QDateTime) as SQL NULL, and so do we.
// The store's text columns are NOT NULL: a caller meaning "no text" binds storedText().
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    default:
        return false;
    }
}
} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const auto *d = static_cast<const SqlCipherDriver *>(driver()))
        d->m_results.removeOne(this);
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    SecretBytes::wipe(m_text); // the texts last bound: personal data, or a key (ATTACH … KEY)
    m_rows.clear();
    m_done = true;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt); // "sqlite3_stmt*", as Qt's SQLite driver gives it
}

void SqlCipherResult::setError(const QString &text, QSqlError::ErrorType type)
{
    const auto *d = static_cast<const SqlCipherDriver *>(driver());
    setLastError(d->makeError(text, type, d->m_db ? sqlite3_extended_errcode(d->m_db) : SQLITE_MISUSE));
}

bool SqlCipherResult::refuseBinding(const QString &text)
{
    setLastError(static_cast<const SqlCipherDriver *>(driver())->makeError(text, QSqlError::StatementError, SQLITE_RANGE));
    return false;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    const auto *d = static_cast<const SqlCipherDriver *>(driver());
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!d->m_db) {
        setLastError(d->makeError(tr("The database is not open."), QSqlError::ConnectionError, SQLITE_MISUSE));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(d->m_db, utf8.constData(), int(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(tr("The statement could not be prepared."), QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        setLastError(d->makeError(tr("Only one statement can be executed at a time."), QSqlError::StatementError, SQLITE_MISUSE));
        finalize();
        return false;
    }
    // Qt rewrites each '?' to a generated name (:0, :1 …) before the query reaches us, so
    // SQLite's numbered parameters (?1) would arrive as ":01" and bind the wrong values.
    // The original text tells; such a query is refused rather than run wrongly.
    if (hasNumberedParameter(lastQuery())) {
        setLastError(d->makeError(tr("Numbered parameters (?1, ?2 …) are not supported; use ? or :name."),
                                  QSqlError::StatementError, SQLITE_MISUSE));
        finalize();
        return false;
    }
    m_record.clear();
    const int columns = m_stmt ? sqlite3_column_count(m_stmt) : 0;
    for (int i = 0; i < columns; ++i) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), typeFromDecl(sqlite3_column_decltype(m_stmt, i)));
        m_record.append(field);
    }
    setSelect(columns > 0);
    return true;
}

void SqlCipherResult::reserveText(const QVariantList &values)
{
    // All the room appendUtf8 may take: the buffer never moves while it is filled, so each
    // text can be bound where it lies.
    qsizetype need = 0;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString)
            need += utf8Room(static_cast<const QString *>(v.constData())->size());
    }
    m_text.resize(0);
    m_text.reserve(need);
}

bool SqlCipherResult::bindAll(const QVariantList *direct)
{
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (direct) {
        reserveText(*direct);
        if (direct->size() != count) {
            return refuseBinding(tr("The statement has %1 parameters but %2 values were given.").arg(count).arg(direct->size()));
        }
        for (int i = 1; i <= count; ++i) {
            if (!bindOne(i, direct->at(i - 1)))
                return false;
        }
        return true;
    }
    const QList<QVariant> values = boundValues();
    reserveText(values);
    int positional = 0;
    for (int i = 1; i <= count; ++i) {
        const char *name = sqlite3_bind_parameter_name(m_stmt, i);
        QVariant v;
        if (name && name[0] != '?') {
            v = boundValue(QString::fromUtf8(name));
            // A named statement bound by position (addBindValue) still works.
            if (!v.isValid() && positional < values.size())
                v = values.at(positional);
            ++positional;
        } else if (positional < values.size()) {
            v = values.at(positional++);
        }
        // A parameter no value was bound to (Qt sizes the list to the statement): an error, as
        // Qt's own driver makes a count that does not match one, never NULL in its place.
        if (!v.isValid()) {
            return refuseBinding(tr("A value is missing for a statement parameter."));
        }
        if (!bindOne(i, v))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int i, const QVariant &v)
{
    int rc = SQLITE_OK;
    if (isNullValue(v)) {
        rc = sqlite3_bind_null(m_stmt, i);
    } else {
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::UChar:
        case QMetaType::Long:
            rc = sqlite3_bind_int64(m_stmt, i, v.toLongLong());
            break;
        case QMetaType::ULongLong:
        case QMetaType::ULong: {
            // SQLite's integers are signed 64-bit: a larger value is refused, never wrapped
            // into a negative one.
            const qulonglong n = v.toULongLong();
            if (n > qulonglong(std::numeric_limits<qint64>::max())) {
                return refuseBinding(tr("The number %1 is too large for the database.").arg(n));
            }
            rc = sqlite3_bind_int64(m_stmt, i, qint64(n));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, i, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDate:
            rc = sqlite3_bind_text(m_stmt, i, v.toDate().toString(Qt::ISODate).toUtf8().constData(), -1, SQLITE_TRANSIENT);
            break;
        case QMetaType::QDateTime:
            rc = sqlite3_bind_text(m_stmt, i, v.toDateTime().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                                   SQLITE_TRANSIENT);
            break;
        case QMetaType::QString: {
            // Encoded into m_text, which lives until the bindings are cleared, so SQLite need
            // not copy it (an import binds some two million texts).
            const QString &s = *static_cast<const QString *>(v.constData());
            const qsizetype start = m_text.size();
            if (start + utf8Room(s.size()) > m_text.capacity()) { // never, as reserveText sized it; but never dangle
                const QByteArray copy = s.toUtf8();
                rc = sqlite3_bind_text(m_stmt, i, copy.constData(), int(copy.size()), SQLITE_TRANSIENT);
                break;
            }
            appendUtf8(m_text, s); // within the reserved capacity: earlier texts stay put
            rc = sqlite3_bind_text(m_stmt, i, m_text.constData() + start, int(m_text.size() - start), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray s = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc != SQLITE_OK) {
        setError(tr("A value could not be bound to the statement."), QSqlError::StatementError);
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    return execute(nullptr);
}

bool SqlCipherResult::execWithValues(const QVariantList &values)
{
    return execute(&values);
}

bool SqlCipherResult::execute(const QVariantList *direct)
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setError(tr("There is no prepared statement to execute."), QSqlError::StatementError);
        return false;
    }
    const auto *d = static_cast<const SqlCipherDriver *>(driver());
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_firstCached = 0;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());
    if (!bindAll(direct))
        return false;
    // Step once now: statements without results finish here, and errors (constraints,
    // locks, a wrong key) surface from exec() as callers expect.
    m_done = false;
    if (!stepRow() && lastError().isValid())
        return false;
    m_rowsAffected = isSelect() ? 0 : sqlite3_changes(d->m_db);
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    if (rc != SQLITE_ROW) {
        m_done = true;
        setError(tr("The statement failed."), QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        return false;
    }
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            row.append(qint64(sqlite3_column_int64(m_stmt, i)));
            break;
        case SQLITE_FLOAT:
            row.append(sqlite3_column_double(m_stmt, i));
            break;
        case SQLITE_BLOB:
            row.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)), sqlite3_column_bytes(m_stmt, i)));
            break;
        case SQLITE_NULL:
            row.append(QVariant(m_record.field(i).metaType()));
            break;
        default:
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                         sqlite3_column_bytes(m_stmt, i)));
            break;
        }
    }
    if (isForwardOnly() && !m_rows.isEmpty()) {
        m_firstCached += int(m_rows.size());
        m_rows.clear();
    }
    m_rows.append(row);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || index < m_firstCached)
        return false;
    while (m_firstCached + m_rows.size() <= index) {
        if (!stepRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    while (stepRow()) {
    }
    if (m_rows.isEmpty() || lastError().isValid())
        return false;
    setAt(m_firstCached + int(m_rows.size()) - 1);
    return true;
}

const QVariantList *SqlCipherResult::currentRow() const
{
    const int i = at() - m_firstCached;
    return (i >= 0 && i < m_rows.size()) ? &m_rows[i] : nullptr;
}

QVariant SqlCipherResult::data(int field)
{
    const QVariantList *row = currentRow();
    return row ? row->value(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    const QVariantList *row = currentRow();
    return !row || field >= row->size() || row->at(field).isNull();
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    const auto *d = static_cast<const SqlCipherDriver *>(driver());
    if (isActive() && d->m_db) {
        const qint64 id = sqlite3_last_insert_rowid(d->m_db);
        if (id)
            return id;
    }
    return {};
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

} // namespace doudi::core
