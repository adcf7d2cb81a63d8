#include "security/secretbytes.h"
#include "storage/database.h"
#include "storage/sqlcipherdriver.h"
#include "storage/storedtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlResult>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace doudi::core;

namespace {
const QString kKey = QStringLiteral("2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99");
const QString kOtherKey = QStringLiteral("0dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99");
} // namespace

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QSqlDatabase open(const QString &file, const QString &key = kKey,
                      const QString &options = QStringLiteral("QSQLCIPHER_CREATE"))
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName), QStringLiteral("c%1").arg(++m_n));
        db.setDatabaseName(m_dir.filePath(file));
        db.setPassword(key);
        db.setConnectOptions(options);
        db.open();
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SqlCipherDriver::registerDriver();
        QVERIFY(QSqlDatabase::isDriverAvailable(QString::fromLatin1(SqlCipherDriver::kName)));
    }

    void bindsEveryTypeByNameAndPosition()
    {
        QSqlDatabase db = open(QStringLiteral("types.db"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, big INTEGER, d REAL, "
                                      "s TEXT, b BLOB, day TEXT, at TEXT, n TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, big, d, s, b, day, at, n) "
                                         "VALUES (:i, :big, :d, :s, :b, :day, :at, :n)")));
        q.bindValue(QStringLiteral(":i"), 42);
        q.bindValue(QStringLiteral(":big"), Q_INT64_C(9007199254740993));
        q.bindValue(QStringLiteral(":d"), 612.5);
        q.bindValue(QStringLiteral(":s"), QString::fromUtf8("张桂英 'quoted'; DROP TABLE t;--"));
        q.bindValue(QStringLiteral(":b"), QByteArray("\x00\x01\xff", 3));
        q.bindValue(QStringLiteral(":day"), QDate(2026, 2, 17));
        q.bindValue(QStringLiteral(":at"), QDateTime(QDate(2026, 2, 17), QTime(8, 30), Qt::UTC));
        q.bindValue(QStringLiteral(":n"), QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(q.lastInsertId().toLongLong(), 1);

        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
        q.addBindValue(7);
        q.addBindValue(QStringLiteral("second"));
        QVERIFY(q.exec());
        QCOMPARE(q.lastInsertId().toLongLong(), 2);

        QVERIFY(q.exec(QStringLiteral("SELECT i, big, d, s, b, day, at, n FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 42);
        QCOMPARE(q.value(1).toLongLong(), Q_INT64_C(9007199254740993));
        QCOMPARE(q.value(2).toDouble(), 612.5);
        QCOMPARE(q.value(3).toString(), QString::fromUtf8("张桂英 'quoted'; DROP TABLE t;--"));
        QCOMPARE(q.value(4).toByteArray(), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(q.value(5).toDate(), QDate(2026, 2, 17));
        QCOMPARE(q.value(6).toDateTime().toUTC(), QDateTime(QDate(2026, 2, 17), QTime(8, 30), Qt::UTC));
        QVERIFY(q.isNull(7));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        QVERIFY(!q.next());
        QCOMPARE(q.record().fieldName(3), QStringLiteral("s"));
    }

    void randomAccessAndForwardOnly()
    {
        QSqlDatabase db = open(QStringLiteral("rows.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE r (n INTEGER)")));
        QVERIFY(db.transaction());
        q.prepare(QStringLiteral("INSERT INTO r VALUES (?)"));
        for (int i = 0; i < 100; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM r ORDER BY n")));
        QVERIFY(q.seek(50));
        QCOMPARE(q.value(0).toInt(), 50);
        QVERIFY(q.previous());
        QCOMPARE(q.value(0).toInt(), 49);
        QVERIFY(q.last());
        QCOMPARE(q.value(0).toInt(), 99);
        QCOMPARE(q.at(), 99);
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 0);

        QSqlQuery f(db);
        f.setForwardOnly(true);
        QVERIFY(f.exec(QStringLiteral("SELECT n FROM r ORDER BY n")));
        int count = 0;
        while (f.next())
            ++count;
        QCOMPARE(count, 100);
    }

    // Texts are bound without a copy (SQLITE_STATIC from the result's own buffer): a query that
    // is stepped long after its values were bound, re-bound with longer texts, or bound with
    // characters of every width must still see exactly what was bound.
    void boundTextsOutliveTheCallersValues()
    {
        QSqlDatabase db = open(QStringLiteral("texts.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
        const QStringList texts = {
            QString(),          QStringLiteral("a"), QStringLiteral("王"), QStringLiteral("𠀀é王"), QString(3000, u'桂'),
            QStringLiteral("x")};
        for (const QString &a : texts) {
            q.addBindValue(a);
            q.addBindValue(a + a);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlQuery s(db);
        s.setForwardOnly(true);
        QVERIFY(s.prepare(QStringLiteral("SELECT a, b FROM t WHERE a <> ? AND length(b) >= length(?) ORDER BY rowid")));
        {
            QString gone = QStringLiteral("no such text");
            s.addBindValue(gone);
            s.addBindValue(QStringLiteral("x"));
            QVERIFY(s.exec());
            gone.fill(u'?'); // the caller's copy changes and goes; the bound text must not
        }
        QStringList seen;
        while (s.next()) {
            QCOMPARE(s.value(1).toString(), s.value(0).toString() + s.value(0).toString());
            seen << s.value(0).toString();
        }
        QCOMPARE(seen, texts.mid(1));
    }

    void transactionsRollBack()
    {
        QSqlDatabase db = open(QStringLiteral("tx.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE x (v TEXT)")));
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO x VALUES ('a')")));
        QVERIFY(db.rollback());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM x")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void modelsWork()
    {
        QSqlDatabase db = open(QStringLiteral("model.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)")));
        QVERIFY(q.exec(QString::fromUtf8("INSERT INTO person (name, age) VALUES ('张三', 40), ('李四', 61)")));
        QCOMPARE(db.tables(), QStringList{QStringLiteral("person")});
        QCOMPARE(db.primaryIndex(QStringLiteral("person")).fieldName(0), QStringLiteral("id"));
        QCOMPARE(db.record(QStringLiteral("person")).count(), 3);

        QSqlQueryModel qm;
        qm.setQuery(QStringLiteral("SELECT name, age FROM person ORDER BY id"), db);
        QCOMPARE(qm.rowCount(), 2);
        QCOMPARE(qm.data(qm.index(1, 0)).toString(), QString::fromUtf8("李四"));

        QSqlTableModel tm(nullptr, db);
        tm.setTable(QStringLiteral("person"));
        tm.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY2(tm.select(), qPrintable(tm.lastError().text()));
        QCOMPARE(tm.rowCount(), 2);
        QVERIFY(tm.setData(tm.index(0, 2), 41));
        const int row = tm.rowCount();
        QVERIFY(tm.insertRow(row));
        tm.setData(tm.index(row, 1), QString::fromUtf8("王五"));
        tm.setData(tm.index(row, 2), 30);
        QVERIFY2(tm.submitAll(), qPrintable(tm.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT sum(age), count(*) FROM person")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 41 + 61 + 30);
        QCOMPARE(q.value(1).toInt(), 3);
    }

    void errorsCarryTheSqliteCode()
    {
        QSqlDatabase db = open(QStringLiteral("err.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (v TEXT UNIQUE)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_UNIQUE));
        QVERIFY(!q.exec(QStringLiteral("SELEC nonsense")));
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_ERROR));
    }

    void numberedParameters_areRefusedNotMisbound()
    {
        QSqlDatabase db = open(QStringLiteral("numbered.db"));
        QSqlQuery q(db);
        QVERIFY(!q.prepare(QStringLiteral("SELECT ?1, ?2")));
        QVERIFY(q.lastError().driverText().contains(QStringLiteral("?1")));
        QVERIFY(q.prepare(QStringLiteral("SELECT :a, ?, 'what?1'")));
        q.bindValue(QStringLiteral(":a"), 1);
        q.bindValue(1, 2);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("what?1"));
    }

    void wrongKeyFailsOpen_andFileIsNotPlainSqlite()
    {
        {
            QSqlDatabase db = open(QStringLiteral("keyed.db"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QString::fromUtf8("CREATE TABLE s (name TEXT); INSERT INTO s VALUES ('张桂英')").section(u';', 0, 0)));
            QVERIFY(q.exec(QString::fromUtf8("INSERT INTO s VALUES ('张桂英')")));
            db.close();
        }
        QSqlDatabase wrong = open(QStringLiteral("keyed.db"), kOtherKey, QString());
        QVERIFY(!wrong.isOpen());
        QCOMPARE(wrong.lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
        QSqlDatabase none = open(QStringLiteral("keyed.db"), QString(), QString());
        QVERIFY(!none.isOpen());
        QSqlDatabase missing = open(QStringLiteral("missing.db"), kKey, QString());
        QVERIFY(!missing.isOpen());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));

        QFile f(m_dir.filePath(QStringLiteral("keyed.db")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(QString::fromUtf8("张桂英").toUtf8()));
    }

    void sm4CipherRoundTrips()
    {
        if (!SqlCipherDriver::supportsSm4())
            QSKIP("this SQLCipher has no PRAGMA cipher");
        {
            QSqlDatabase db = open(QStringLiteral("sm4.db"), kKey, QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_CIPHER=sm4-cbc"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE s (v TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO s VALUES ('sm4')")));
            db.close();
        }
        QSqlDatabase asAes = open(QStringLiteral("sm4.db"), kKey, QStringLiteral("QSQLCIPHER_CIPHER=aes-256-cbc"));
        QVERIFY(!asAes.isOpen());
        QSqlDatabase again = open(QStringLiteral("sm4.db"), kKey, QStringLiteral("QSQLCIPHER_CIPHER=sm4-cbc"));
        QVERIFY(again.isOpen());
        QSqlQuery q(again);
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM s")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sm4"));
    }

    void processNeverLoadsSystemSqlite()
    {
        open(QStringLiteral("maps.db"));
        QSqlDatabase::drivers(); // lists plugins, must not load one
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray text = maps.readAll();
        QVERIFY(text.contains("libsqlcipher"));
        QVERIFY2(!text.contains("libsqlite3"), "the system libsqlite3 is mapped into the process");
        QVERIFY(!text.contains("qsqlite"));
    }

    // Issue 17: where this driver differed from Qt's own SQLite driver.
    void unsignedTooLarge_isRefusedNotWrapped()
    {
        QSqlDatabase db = open(QStringLiteral("unsigned.db"));
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT ?")));
        q.addBindValue(QVariant::fromValue(qulonglong(std::numeric_limits<qint64>::max())));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), std::numeric_limits<qint64>::max());
        q.addBindValue(QVariant::fromValue(qulonglong(std::numeric_limits<qint64>::max()) + 1));
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_RANGE));
        QVERIFY2(q.lastError().driverText().contains(QStringLiteral("9223372036854775808")), qPrintable(q.lastError().text()));
    }

    void handles_areTheSqlitePointers_asQtsDriverGivesThem()
    {
        QSqlDatabase db = open(QStringLiteral("handle.db"));
        const QVariant h = db.driver()->handle();
        QCOMPARE(h.typeName(), "sqlite3*");
        sqlite3 *connection = *static_cast<sqlite3 *const *>(h.constData());
        QVERIFY(connection);
        QCOMPARE(sqlite3_get_autocommit(connection), 1);
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT 1")));
        const QVariant s = q.result()->handle();
        QCOMPARE(s.typeName(), "sqlite3_stmt*");
        sqlite3_stmt *statement = *static_cast<sqlite3_stmt *const *>(s.constData());
        QVERIFY(statement);
        QCOMPARE(sqlite3_db_handle(statement), connection);
    }

    void nullValues_bindNull_emptyOnesBindEmpty()
    {
        // As Qt's own drivers: a null QString, QByteArray or QDate, or an invalid QDateTime, is
        // SQL NULL; an empty but not null one is the empty value.
        const QVariantList nulls = {QString(), QByteArray(), QDate(), QDateTime()};
        const QVariantList empties = {storedText({}), QByteArray(""), QString::fromLatin1("")};
        QSqlDatabase db = open(QStringLiteral("nulls.db"));
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT ? IS NULL, typeof(?)")));
        for (const QVariant &v : nulls) {
            q.addBindValue(v);
            q.addBindValue(v);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(q.value(0).toBool(), v.typeName());
        }
        for (const QVariant &v : empties) {
            q.addBindValue(v);
            q.addBindValue(v);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(!q.value(0).toBool(), v.typeName());
            QCOMPARE(q.value(1).toString(),
                     v.typeId() == QMetaType::QByteArray ? QStringLiteral("blob") : QStringLiteral("text"));
        }
        // The store's direct path binds alike, and a NOT NULL text column refuses a null text
        // rather than storing '' in its place: the caller says which it means (storedText).
        Result<std::unique_ptr<Database>> store = Database::open(m_dir.filePath(QStringLiteral("nulls-store.db")),
                                                                 QByteArray(32, '\x07'), QStringLiteral("aes-256-cbc"), true);
        QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
        QVERIFY((*store)->execScript(QStringLiteral("CREATE TABLE t (s TEXT NOT NULL)")).ok());
        const QString insert = QStringLiteral("INSERT INTO t VALUES (?)");
        QCOMPARE((*store)->exec(insert, {QString()}).error().code(), ErrorCode::Storage);
        QVERIFY((*store)->exec(insert, {storedText(QString())}).ok());
        QVERIFY((*store)->exec(insert, {storedValue(QVariant(QString()))}).ok());
        QCOMPARE(storedValue(QVariant(7)), QVariant(7));
        Result<Query> rows = (*store)->exec(QStringLiteral("SELECT count(*) FROM t WHERE s = ''"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 2);
    }

    void tooFewOrTooManyValues_areAnError()
    {
        QSqlDatabase db = open(QStringLiteral("count.db"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a, b)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
        q.addBindValue(1);
        q.addBindValue(2);
        QVERIFY(q.exec());
        QSqlQuery fewer(db);
        QVERIFY(fewer.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
        fewer.addBindValue(3);
        QVERIFY(!fewer.exec());
        QCOMPARE(fewer.lastError().nativeErrorCode(), QString::number(SQLITE_RANGE));

        // The store's own path binds straight from a list: the count must match exactly, and a
        // statement run again never keeps the previous row's values.
        Result<std::unique_ptr<Database>> store = Database::open(m_dir.filePath(QStringLiteral("count-store.db")),
                                                                 QByteArray(32, '\x07'), QStringLiteral("aes-256-cbc"), true);
        QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
        QVERIFY((*store)->execScript(QStringLiteral("CREATE TABLE t (a, b)")).ok());
        const QString insert = QStringLiteral("INSERT INTO t VALUES (?, ?)");
        QVERIFY((*store)->exec(insert, {1, 2}).ok());
        QCOMPARE((*store)->exec(insert, {3}).error().code(), ErrorCode::Storage);
        QCOMPARE((*store)->exec(insert, {3, 4, 5}).error().code(), ErrorCode::Storage);
        Result<Query> rows = (*store)->exec(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);
    }

    void keyTexts_areWipedWhereTheyLie()
    {
        QString key = QString::fromLatin1("2dd29ca851e7b56e");
        const QString shared = key; // as a connection's password shares the caller's text
        SecretBytes::wipe(key);
        QVERIFY(key.isEmpty());
        QCOMPARE(shared, QString(16, QChar(0)));
        QString literal = QStringLiteral("in read-only memory");
        SecretBytes::wipe(literal); // let go, not written
        QVERIFY(literal.isEmpty());

        Result<std::unique_ptr<Database>> store = Database::open(m_dir.filePath(QStringLiteral("wiped.db")),
                                                                 QByteArray(32, '\x09'), QStringLiteral("aes-256-cbc"), true);
        QVERIFY(store.ok());
        QVERIFY((*store)->connection().password().isEmpty()); // the connection keeps no key text
    }

    // Two connections to one file (the app and doudi-cli, the sync worker): the second writer
    // waits for the first (busy timeout) and gets a clear error if it is held too long; readers
    // are never blocked (WAL), and nothing is lost either way.
    void twoConnections_contendForTheWriteLock()
    {
        QSqlDatabase a =
            open(QStringLiteral("contend.db"), kKey, QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_BUSY_TIMEOUT=300"));
        QSqlQuery qa(a);
        QVERIFY(qa.exec(QStringLiteral("CREATE TABLE t (who TEXT)")));
        QSqlDatabase b = open(QStringLiteral("contend.db"), kKey, QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=300"));
        QVERIFY2(b.isOpen(), qPrintable(b.lastError().text()));
        QSqlQuery qb(b);

        QVERIFY(qa.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(qa.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
        QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM t")) && qb.next()); // a reader goes on
        QCOMPARE(qb.value(0).toInt(), 0);                                        // and sees what is committed
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!qb.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed()))); // it waited, then gave up
        QCOMPARE(qb.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
        QVERIFY(qa.exec(QStringLiteral("COMMIT")));

        QVERIFY2(qb.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(qb.lastError().text()));
        QVERIFY(qb.exec(QStringLiteral("INSERT INTO t VALUES ('b')")));
        QVERIFY(qb.exec(QStringLiteral("COMMIT")));
        QVERIFY(qa.exec(QStringLiteral("SELECT group_concat(who, '') FROM (SELECT who FROM t ORDER BY who)")) && qa.next());
        QCOMPARE(qa.value(0).toString(), QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
