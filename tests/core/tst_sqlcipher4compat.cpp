// Optional test (DOUDI_SQLCIPHER4_AMALGAMATION, docs/adr/0006-sqlcipher-4.md): our driver and
// Database compiled against a SQLCipher 4 amalgamation instead of the system's SQLCipher 3.
// It shows that files written by SQLCipher 3 (every profile and backup of today) open under 4
// in compatibility mode, that new files get 4's format, what format copies get, and that SM4
// is refused.
//
// tests/data/sqlcipher3/notes-v3.db was written by Debian 12's SQLCipher 3.4.1 with
// tests/data/sqlcipher3/make_fixture.c under kFixtureKey; it holds made-up rows only.
// A whole profile made by a SQLCipher 3 build (doudi-cli init) is checked too when
// DOUDI_V3_PROFILE (its folder), DOUDI_V3_PROFILE_USER and DOUDI_V3_PROFILE_PASSWORD are set.
#include "security/keyslots.h"
#include "storage/database.h"
#include "storage/sqlcipherdriver.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace doudi::core;

namespace {
// The raw 32-byte key of notes-v3.db (make_fixture.c), as the driver takes it.
const QString kFixtureKey = QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QString kOtherKey = QStringLiteral("2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99");

QByteArray keyBytes(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

// Opens path with the raw sqlite3 API in the given format, no driver involved: which format a
// file really has, independently of the code under test.
int readsAs(const QString &path, const QString &hexKey, bool v3)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray raw = "x'" + hexKey.toLatin1() + '\'';
    if (rc == SQLITE_OK)
        rc = sqlite3_key(db, raw.constData(), int(raw.size()));
    if (rc == SQLITE_OK && v3)
        rc = sqlite3_exec(db, "PRAGMA cipher_compatibility = 3;", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

QStringList notes(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT body FROM note ORDER BY id")))
        return {q.lastError().text()};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool driverIsLegacy(const QSqlDatabase &db)
{
    return static_cast<const SqlCipherDriver *>(db.driver())->isLegacyFormat();
}

const QStringList kFixtureNotes{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
                                QString::fromUtf8("汉字")};
} // namespace

class TestSqlCipher4Compat : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QSqlDatabase open(const QString &path, const QString &key, const QString &options)
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kName), QStringLiteral("c%1").arg(++m_n));
        db.setDatabaseName(path);
        db.setPassword(key);
        db.setConnectOptions(options);
        db.open();
        return db;
    }

    // A writable copy of the fixture (opening it read-write switches it to WAL).
    QString fixtureCopy(const QString &name)
    {
        const QString src = qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/sqlcipher3/notes-v3.db");
        const QString dst = m_dir.filePath(name);
        if (!QFile::copy(src, dst))
            return {};
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
        return dst;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqlCipherDriver::registerDriver();
        // The library in this process is the amalgamation, and it is SQLCipher 4.
        QCOMPARE(QByteArray(sqlite3_libversion()), QByteArray(SQLITE_VERSION));
        qInfo("SQLCipher %s (SQLite %s)", qPrintable(SqlCipherDriver::cipherVersion()), sqlite3_libversion());
        QVERIFY2(SqlCipherDriver::cipherMajorVersion() >= 4, qPrintable(SqlCipherDriver::cipherVersion()));
    }

    // (a) A file written by SQLCipher 3 opens under 4 with its raw key, in compatibility mode,
    // stays in 3's format when written to, and still opens after a crash with a live WAL.
    void v3FileOpensInCompatibilityMode()
    {
        const QString path = fixtureCopy(QStringLiteral("a.db"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(readsAs(path, kFixtureKey, false), SQLITE_NOTADB); // 4's defaults do not read it
        QCOMPARE(readsAs(path, kFixtureKey, true), SQLITE_OK);
        {
            QSqlDatabase db = open(path, kFixtureKey, QStringLiteral("QSQLCIPHER_CIPHER=aes-256-cbc"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(driverIsLegacy(db));
            QCOMPARE(notes(db), kFixtureNotes);
            QCOMPARE(userVersion(db), 7);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_page_size")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4096);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO note (body) VALUES ('written under 4')")),
                     qPrintable(q.lastError().text()));
        }
        // Written under 4 in compatibility mode, the file is still in 3's format.
        QCOMPARE(readsAs(path, kFixtureKey, false), SQLITE_NOTADB);
        QCOMPARE(readsAs(path, kFixtureKey, true), SQLITE_OK);
        {
            QSqlDatabase db = open(path, kFixtureKey, QString());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(driverIsLegacy(db));
            QCOMPARE(notes(db), kFixtureNotes + QStringList{QStringLiteral("written under 4")});
        }
        // Read-only works the same way.
        {
            QSqlDatabase db = open(path, kFixtureKey, QStringLiteral("QSQLCIPHER_READONLY"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(driverIsLegacy(db));
            QCOMPARE(notes(db).size(), 5);
        }
    }

    void v3FileWithUncheckpointedWalOpens()
    {
        const QString path = fixtureCopy(QStringLiteral("crash.db"));
        const QString image = m_dir.filePath(QStringLiteral("crash-image.db"));
        {
            QSqlDatabase db = open(path, kFixtureKey, QString());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO note (body) VALUES ('only in the wal')")));
            q.finish();
            // The files as a crash would leave them: the last commit only in the -wal.
            QVERIFY(QFile::copy(path, image));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), image + QStringLiteral("-wal")));
        }
        QSqlDatabase db = open(image, kFixtureKey, QString());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(driverIsLegacy(db));
        QCOMPARE(notes(db), kFixtureNotes + QStringList{QStringLiteral("only in the wal")});
    }

    void wrongKeyIsStillWrongCredentials()
    {
        const QString path = fixtureCopy(QStringLiteral("wrong.db"));
        QSqlDatabase db = open(path, kOtherKey, QString());
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
        Result<std::unique_ptr<Database>> viaDatabase =
            Database::open(path, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"), false);
        QVERIFY(!viaDatabase);
        QCOMPARE(viaDatabase.error().code(), ErrorCode::WrongCredentials);
        QCOMPARE(readsAs(path, kFixtureKey, true), SQLITE_OK); // the failed opens left it as it was
    }

    // (b) A new file is in 4's format and opens again under 4 without the fallback.
    void newFileIsInV4Format()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"), true);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
            QVERIFY(!(*db)->isLegacyFormat());
            QVERIFY((*db)->execScript(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                                                     "INSERT INTO note (body) VALUES ('new');")));
        }
        QCOMPARE(readsAs(path, kOtherKey, false), SQLITE_OK);
        QCOMPARE(readsAs(path, kOtherKey, true), SQLITE_NOTADB);
        QSqlDatabase db = open(path, kOtherKey, QString());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(!driverIsLegacy(db));
        QCOMPARE(notes(db), QStringList{QStringLiteral("new")});
    }

    // Database over a legacy file: isLegacyFormat, an integrity check, and exportTo writing
    // the source's format by default (a backup that a SQLCipher 3 build still reads) or 4's on
    // request (what a migration would swap in).
    void databaseCopiesKeepOrChangeTheFormat()
    {
        const QString path = fixtureCopy(QStringLiteral("db.db"));
        Result<std::unique_ptr<Database>> db = Database::open(path, keyBytes(kFixtureKey), QStringLiteral("aes-256-cbc"), false);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        QVERIFY((*db)->isLegacyFormat());
        Result<QStringList> check = (*db)->integrityCheck();
        QVERIFY(check);
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));

        const QString same = m_dir.filePath(QStringLiteral("copy-same.db"));
        Status st = (*db)->exportTo(same, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"));
        QVERIFY2(st, st ? "" : qPrintable(st.error().message() + st.error().detail()));
        QCOMPARE(readsAs(same, kOtherKey, true), SQLITE_OK);
        QCOMPARE(readsAs(same, kOtherKey, false), SQLITE_NOTADB);

        const QString native = m_dir.filePath(QStringLiteral("copy-native.db"));
        st = (*db)->exportTo(native, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"), Database::CopyFormat::Native);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message() + st.error().detail()));
        QCOMPARE(readsAs(native, kOtherKey, false), SQLITE_OK);
        QCOMPARE(readsAs(native, kOtherKey, true), SQLITE_NOTADB);

        for (const QString &copy : {same, native}) {
            Result<std::unique_ptr<Database>> c = Database::open(copy, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"), false);
            QVERIFY2(c, c ? "" : qPrintable(c.error().message()));
            QCOMPARE((*c)->isLegacyFormat(), copy == same);
            QSqlQuery q((*c)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM note")) && q.next());
            QCOMPARE(q.value(0).toInt(), kFixtureNotes.size());
            // sqlcipher_export does not copy user_version (the schema version is a table).
            Result<QStringList> copyCheck = (*c)->integrityCheck();
            QVERIFY(copyCheck && copyCheck->isEmpty());
        }

        // A copy of a 4-format file is in 4's format, whichever CopyFormat.
        Result<std::unique_ptr<Database>> v4 = Database::open(native, keyBytes(kOtherKey), QStringLiteral("aes-256-cbc"), false);
        QVERIFY(v4);
        const QString fromV4 = m_dir.filePath(QStringLiteral("copy-of-v4.db"));
        QVERIFY((*v4)->exportTo(fromV4, keyBytes(kFixtureKey), QStringLiteral("aes-256-cbc")));
        QCOMPARE(readsAs(fromV4, kFixtureKey, false), SQLITE_OK);
    }

    // (c) SQLCipher 4 has no SM4.
    void sm4IsRefused()
    {
        QVERIFY(!SqlCipherDriver::supportsSm4());
        const QString path = m_dir.filePath(QStringLiteral("sm4.db"));
        QSqlDatabase db = open(path, kOtherKey, QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_CIPHER=sm4-cbc"));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().driverText(), QStringLiteral("This build of SQLCipher does not offer the SM4 cipher."));
        Result<std::unique_ptr<Database>> viaDatabase =
            Database::open(path, keyBytes(kOtherKey), QStringLiteral("sm4-cbc"), true);
        QVERIFY(!viaDatabase);
    }

    // (a) with a whole profile made by a SQLCipher 3 build, when one is given.
    void v3ProfileOpens()
    {
        const QString dir = qEnvironmentVariable("DOUDI_V3_PROFILE");
        if (dir.isEmpty())
            QSKIP("DOUDI_V3_PROFILE, DOUDI_V3_PROFILE_USER and DOUDI_V3_PROFILE_PASSWORD not set");
        Result<KeySlots> slots = KeySlots::load(dir + QStringLiteral("/doudi.keys"));
        QVERIFY2(slots, slots ? "" : qPrintable(slots.error().message()));
        Result<QByteArray> key = slots->unlockWithPassword(qEnvironmentVariable("DOUDI_V3_PROFILE_USER"),
                                                           qEnvironmentVariable("DOUDI_V3_PROFILE_PASSWORD"));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message()));
        // A copy: opening read-write would leave the profile itself in WAL mode.
        const QString path = m_dir.filePath(QStringLiteral("profile.db"));
        QVERIFY(QFile::copy(dir + QStringLiteral("/doudi.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Result<std::unique_ptr<Database>> db = Database::open(path, *key, slots->cipher(), false);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        QVERIFY((*db)->isLegacyFormat());
        const int schema = (*db)->schemaVersion();
        qInfo("profile schema %d", schema);
        QVERIFY(schema > 0);
        Result<QStringList> check = (*db)->integrityCheck();
        QVERIFY(check);
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next());
        qInfo("profile tables %d", q.value(0).toInt());
        QVERIFY(q.value(0).toInt() > 5);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipher4Compat)
#include "tst_sqlcipher4compat.moc"
