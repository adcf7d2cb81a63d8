#include "storage/sqlcipherdriver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace doudi::core;

namespace {
const QString kKey = QStringLiteral("2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99");
const QString kOtherKey = QStringLiteral("0dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99");
}

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QSqlDatabase open(const QString &file, const QString &key = kKey, const QString &options = QStringLiteral("QSQLCIPHER_CREATE"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName),
                                                    QStringLiteral("c%1").arg(++m_n));
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
        const QStringList texts = {QString(), QStringLiteral("a"), QStringLiteral("王"), QStringLiteral("𠀀é王"),
                                   QString(3000, u'桂'), QStringLiteral("x")};
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
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
