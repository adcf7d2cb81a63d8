#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

// The statement cache: a Query borrows a cached statement; nothing the cache does while it is
// borrowed (growing, evicting, running the same SQL again) may touch it.
class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open()
    {
        const QByteArray key(32, '\x5a');
        Result<std::unique_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("db%1").arg(++m_n)), key, QStringLiteral("aes-256-cbc"), true);
        if (!db)
            return nullptr;
        std::unique_ptr<Database> d = std::move(db).value();
        if (!d->execScript(QStringLiteral("CREATE TABLE t(n INTEGER); INSERT INTO t VALUES (1), (2), (3);")))
            return nullptr;
        return d;
    }

private Q_SLOTS:
    void heldQuery_survivesTheCacheGrowingAndEvicting()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        Result<Query> held = db->exec(QStringLiteral("SELECT n FROM t ORDER BY n"));
        QVERIFY(held.ok());
        QVERIFY(held->next());
        QCOMPARE(held->value(0).toInt(), 1);
        // Three times the bound of other statements: the map rehashes and evicts meanwhile.
        for (int i = 0; i < 3 * Database::kMaxCachedStatements; ++i) {
            Result<Query> q = db->exec(QStringLiteral("SELECT n + %1 FROM t").arg(i));
            QVERIFY(q.ok());
            QVERIFY(q->next());
        }
        QVERIFY(db->cachedStatementCount() <= std::size_t(Database::kMaxCachedStatements));
        QVERIFY(held->next());
        QCOMPARE(held->value(0).toInt(), 2);
        QVERIFY(held->next());
        QCOMPARE(held->value(0).toInt(), 3);
        QVERIFY(!held->next());
    }

    void sameStatementTwice_readsIndependently()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const QString sql = QStringLiteral("SELECT n FROM t WHERE n >= ? ORDER BY n");
        Result<Query> outer = db->exec(sql, {1});
        QVERIFY(outer.ok() && outer->next());
        Result<Query> inner = db->exec(sql, {3});
        QVERIFY(inner.ok() && inner->next());
        QCOMPARE(inner->value(0).toInt(), 3);
        QVERIFY(outer->next());
        QCOMPARE(outer->value(0).toInt(), 2); // not reset by the inner run
    }

    void failedPrepare_isNotKept()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const QString sql = QStringLiteral("SELECT x FROM later");
        const std::size_t before = db->cachedStatementCount();
        QVERIFY(!db->exec(sql).ok());
        QCOMPARE(db->cachedStatementCount(), before);
        QVERIFY(db->execScript(QStringLiteral("CREATE TABLE later(x INTEGER); INSERT INTO later VALUES (7);")));
        Result<Query> q = db->exec(sql);
        QVERIFY2(q.ok(), "a failed prepare must not stay cached");
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 7);
    }

    void execOnce_neverFillsTheCache()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const std::size_t before = db->cachedStatementCount();
        for (int i = 0; i < 10; ++i)
            QVERIFY(
                db->execOnce(
                      QStringLiteral("SELECT n FROM t WHERE n IN (%1)").arg(QStringList(i + 1, QStringLiteral("?")).join(u',')),
                      QVariantList(i + 1, 1))
                    .ok());
        QCOMPARE(db->cachedStatementCount(), before);
    }

    void queryMovedAround_releasesItsStatementOnce()
    {
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const QString sql = QStringLiteral("SELECT n FROM t ORDER BY n");
        std::optional<Query> kept;
        {
            Result<Query> q = db->exec(sql);
            QVERIFY(q.ok());
            kept.emplace(std::move(q).value());
        }
        QVERIFY(kept->next());
        kept.reset(); // released: the next run borrows the cached statement again
        Result<Query> again = db->exec(sql);
        QVERIFY(again.ok() && again->next());
        QCOMPARE(again->value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
