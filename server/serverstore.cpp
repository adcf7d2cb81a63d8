#include "server/serverstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

namespace doudi::server {

using namespace doudi::core;

namespace {

Error storeError(const QString &message, const QSqlError &e)
{
    // A deadlock or a serialisation failure: PostgreSQL rolled the transaction back, and the
    // same work tried again succeeds (ApiServer retries a push).
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return Error(ErrorCode::Busy, ServerStore::tr("The county server is busy: try again in a moment."), e.text());
    return Error(ErrorCode::Storage, message, e.text());
}

// Opens a transaction whose commit does not wait for the disk.
constexpr QLatin1String kBeginUnsynced("BEGIN; SET LOCAL synchronous_commit = off; ");

} // namespace

Result<ServerStore::Connection> ServerStore::parse(const QString &conninfo)
{
    Connection c;
    QStringList rest;
    // key=value pairs separated by spaces (values with spaces are not supported here).
    for (const QString &pair : conninfo.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return Error(ErrorCode::InvalidInput,
                         tr("The database connection \"%1\" is not of the form key=value …").arg(conninfo));
        const QString key = pair.left(eq), value = pair.mid(eq + 1);
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            c.port = value.toInt();
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("dbname"))
            c.database = value;
        else if (key == QLatin1String("password"))
            c.password = value;
        else
            rest << pair;
    }
    c.options = rest.join(u';');
    if (c.database.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The database connection names no database (dbname=…)."));
    return c;
}

ServerStore::~ServerStore()
{
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const Connection &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!db.isValid())
        return Error(ErrorCode::Storage, tr("Qt's PostgreSQL driver is missing: install the libqt6sql6-psql package."));
    db.setHostName(connection.host);
    db.setPort(connection.port);
    db.setUserName(connection.user);
    db.setPassword(connection.password);
    db.setDatabaseName(connection.database);
    db.setConnectOptions(connection.options);
    std::unique_ptr<ServerStore> store(new ServerStore(db));
    if (!store->m_db.open())
        return storeError(tr("The county database cannot be reached."), store->m_db.lastError());
    store->m_db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (Status st = store->migrate(); !st)
        return st.error();
    // Every commit waits for the disk unless a transaction says otherwise (a push does, and is
    // made durable before its answer: makeDurable()), whatever the county's database defaults;
    // each statement is planned once (exec()).
    // The barrier rows of connections that have ended go.
    if (Result<StoreQuery> q =
            store->exec(QStringLiteral("SET synchronous_commit = on; SET plan_cache_mode = force_generic_plan; "
                                       "DELETE FROM durability_barrier WHERE backend NOT IN (SELECT pid FROM pg_stat_activity)"));
        !q)
        return q.error();
    Result<StoreQuery> backend = store->exec(QStringLiteral("SELECT pg_backend_pid()"));
    if (!backend)
        return backend.error();
    if (!backend->next())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no backend"));
    store->m_backend = backend->value(0).toInt();
    return store;
}

Result<StoreQuery> ServerStore::exec(const QString &sql, const QVariantList &values)
{
    std::unique_ptr<QSqlQuery> &kept = m_statements[sql];
    const bool fresh = !kept;
    if (fresh) {
        kept = std::make_unique<QSqlQuery>(m_db);
        kept->setForwardOnly(true);
        if (!values.isEmpty() && !kept->prepare(sql)) {
            const QSqlError e = kept->lastError();
            m_statements.erase(sql);
            return storeError(tr("The county database refused a request."), e);
        }
    }
    QSqlQuery &q = *kept;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (values.isEmpty() ? !q.exec(sql) : !q.exec()) {
        const QSqlError e = q.lastError();
        m_statements.erase(sql); // prepared again next time
        return storeError(tr("The county database refused a request."), e);
    }
    return StoreQuery(&q);
}

Status ServerStore::transaction(const std::function<Status()> &f)
{
    if (!m_db.transaction())
        return storeError(tr("The county database refused a request."), m_db.lastError());
    Status st = f();
    if (!st) {
        m_db.rollback();
        return st;
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return storeError(tr("The county database refused a request."), e);
    }
    return {};
}

Result<QString> ServerStore::bound(const QString &sql, const QVariantList &values)
{
    pg_conn *conn = connection();
    if (!conn)
        return Error(ErrorCode::Storage, tr("The county database cannot be reached."), QStringLiteral("no libpq connection"));
    QString name = m_prepared.value(sql);
    if (name.isEmpty()) {
        // Prepared statements belong to the session, not to a transaction: one prepared in a
        // transaction that is then rolled back stays.
        name = QStringLiteral("doudi_%1").arg(++m_preparedCount);
        if (Result<QVariantList> p = script(QStringLiteral("PREPARE %1 AS %2").arg(name, sql)); !p)
            return p.error();
        m_prepared.insert(sql, name);
    }
    QString text = QStringLiteral("EXECUTE ") + name + u'(';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += u',';
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            text += QLatin1String("NULL");
        } else if (v.typeId() == QMetaType::Bool) {
            text += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            text += QString::number(v.toLongLong());
        } else {
            // Quoted and escaped by libpq for this connection's encoding and settings.
            const QByteArray raw = v.toString().toUtf8();
            char *quoted = PQescapeLiteral(conn, raw.constData(), size_t(raw.size()));
            if (!quoted)
                return Error(ErrorCode::Storage, tr("The county database refused a request."),
                             QString::fromUtf8(PQerrorMessage(conn)));
            text += QString::fromUtf8(quoted);
            PQfreemem(quoted);
        }
    }
    return text + u')';
}

QString ServerStore::unsynced(const QString &sql)
{
    return kBeginUnsynced + sql + QStringLiteral("; COMMIT");
}

QString ServerStore::numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    bool quoted = false;
    int n = 0;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted)
            out += u'$' + QString::number(++n);
        else
            out += c;
    }
    return out;
}

Result<qint64> ServerStore::quickTransaction(const QString &opening,
                                             const std::function<Result<QString>(const QVariantList &)> &f)
{
    Result<QString> closing = [&]() -> Result<QString> {
        Result<QVariantList> opened = script(kBeginUnsynced + opening);
        if (!opened)
            return opened.error();
        return f(*opened);
    }();
    if (!closing) {
        rollback();
        return closing.error();
    }
    // After an error in the closing statement PostgreSQL skips the COMMIT: the transaction
    // stays open, failed, until the rollback below.
    Result<QVariantList> end = script((closing->isEmpty() ? QString() : *closing + QStringLiteral("; ")) +
                                      QStringLiteral("COMMIT; SELECT value FROM change_counter WHERE id = 1"));
    if (!end) {
        rollback(); // after a COMMIT that failed there is none: PostgreSQL only warns
        return end.error();
    }
    if (end->isEmpty())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no change counter"));
    return end->constFirst().toLongLong();
}

void ServerStore::rollback()
{
    // Its own error changes nothing: the transaction ends with the connection at the latest.
    if (Result<QVariantList> done = script(QStringLiteral("ROLLBACK")); !done)
        return;
}

Result<qint64> ServerStore::makeDurable()
{
    // A write that waits for the disk: PostgreSQL flushes its log in order, so every commit
    // before it is on disk too, and concurrent barriers share one flush. One row per
    // connection, so that barriers never wait for each other's row lock. PostgreSQL commits a
    // statement of its own before it reports it complete.
    Result<QVariantList> row = script(QStringLiteral("INSERT INTO durability_barrier(backend) VALUES (%1) "
                                                     "ON CONFLICT (backend) DO UPDATE SET n = durability_barrier.n + 1 "
                                                     "RETURNING (SELECT value FROM change_counter WHERE id = 1)")
                                          .arg(m_backend));
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no change counter"));
    return row->constFirst().toLongLong();
}

Result<bool> ServerStore::heard(const QString &channel)
{
    if (!m_listening.contains(channel)) {
        if (Result<StoreQuery> q = exec(QStringLiteral("LISTEN ") + channel); !q)
            return q.error();
        m_listening.insert(channel);
        return true;
    }
    // Qt's driver hands notifications out only through its event loop, a moment later: here
    // they are read from libpq at once, both those the last statements' results brought and
    // those waiting on the socket, so that a request after a revocation's commit is refused.
    PGconn *conn = connection();
    if (!conn || !PQconsumeInput(conn))
        return Error(ErrorCode::Storage, tr("The county database cannot be reached."),
                     conn ? QString::fromUtf8(PQerrorMessage(conn)) : QStringLiteral("no libpq connection"));
    while (PGnotify *n = PQnotifies(conn)) {
        m_heard.insert(QString::fromUtf8(n->relname));
        PQfreemem(n);
    }
    return m_heard.remove(channel);
}

pg_conn *ServerStore::connection() const
{
    const QVariant handle = m_db.driver()->handle();
    // Qt 6 names the type by the struct behind libpq's typedef.
    const bool isLibpq = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    return isLibpq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

Result<qint64> ServerStore::countyChange()
{
    Result<StoreQuery> q = exec(QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no change counter"));
    return q->value(0).toLongLong();
}

Status ServerStore::notBehind(qint64 seen, qint64 countyChange)
{
    if (seen <= countyChange)
        return {};
    return Error(ErrorCode::Stale, tr("The county server holds less than this laptop has already seen: its database was "
                                      "restored from an older backup. This laptop stops syncing so that nothing it holds "
                                      "is lost. Tell the county."));
}

Result<QVariantList> ServerStore::script(const QString &sql)
{
    Result<QList<QVariantList>> rows = firstRows(sql);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? QVariantList() : rows->constLast();
}

Result<QList<QVariantList>> ServerStore::scriptRows(const QString &sql)
{
    Result<QList<QVariantList>> rows = firstRows(sql);
    if (!rows)
        rollback(); // outside a transaction PostgreSQL only warns
    return rows;
}

Result<QList<QVariantList>> ServerStore::firstRows(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return storeError(tr("The county database refused a request."), q.lastError());
    QList<QVariantList> rows;
    do {
        if (q.isSelect() && q.next()) {
            QVariantList row;
            for (int i = 0, n = q.record().count(); i < n; ++i)
                row << q.value(i);
            rows << row;
        }
    } while (q.nextResult());
    if (q.lastError().isValid())
        return storeError(tr("The county database refused a request."), q.lastError());
    return rows;
}

int ServerStore::schemaVersion()
{
    Result<StoreQuery> q = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

Status ServerStore::migrate()
{
    Result<StoreQuery> known = exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
    if (!known || !known->next())
        return known ? Error(ErrorCode::Storage, tr("The county database refused a request.")) : known.error();
    if (!known->value(0).toBool()) {
        if (Result<StoreQuery> q =
                exec(QStringLiteral("CREATE TABLE schema_migrations ("
                                    "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"));
            !q)
            return q.error();
    }
    const int current = schemaVersion();
    QStringList files;
    for (QDirIterator it(QStringLiteral(":/doudi/server/migrations")); it.hasNext();)
        files << it.next();
    std::sort(files.begin(), files.end());
    for (const QString &path : std::as_const(files)) {
        const int version = QFileInfo(path).fileName().left(4).toInt();
        if (version <= current)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Storage, tr("Migration %1 cannot be read.").arg(path));
        const QString sql = QString::fromUtf8(f.readAll());
        Status st = transaction([&]() -> Status {
            if (Result<StoreQuery> q = exec(sql); !q)
                return q.error();
            Result<StoreQuery> mark = exec(QStringLiteral("INSERT INTO schema_migrations(version) VALUES (?)"), {version});
            return mark ? Status() : Status(mark.error());
        });
        if (!st)
            return st;
    }
    return {};
}

} // namespace doudi::server
