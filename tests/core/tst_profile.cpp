#include "storage/householdrepository.h"
#include "storage/profile.h"
#include "testdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

class TestProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    ProfileSetup setup()
    {
        ProfileSetup s;
        s.user = QStringLiteral("zhang");
        s.displayName = QString::fromUtf8("张三");
        s.password = QStringLiteral("township-2026");
        s.scope = QStringLiteral("370323102000");
        s.iterations = 1000; // tests only
        return s;
    }
    QString freshDir() { return m_tmp.filePath(QStringLiteral("p%1").arg(++m_n)); }

    static void addSample(Profile &p)
    {
        HouseholdRepository repo(p.database(), p.changes());
        Result<Household> h = Household::fromJson(sampleHouseholdJson());
        QVERIFY(h.ok());
        QVERIFY(repo.save(*h).ok());
    }
    static qint64 households(Profile &p)
    {
        HouseholdRepository repo(p.database(), p.changes());
        return *repo.count();
    }

private Q_SLOTS:
    void create_unlock_lock()
    {
        const QString dir = freshDir();
        QString code;
        Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &code);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().fullText()));
        QCOMPARE((*p)->database().schemaVersion(), Database::latestSchemaVersion());
        addSample(**p);
        (*p)->lock();
        QVERIFY(!(*p)->isUnlocked());

        QVERIFY(!Profile::create(dir, setup(), &code).ok()); // never over an existing profile
        Result<std::unique_ptr<Profile>> again = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(again.ok());
        QCOMPARE(households(**again), 1);
        QVERIFY((*again)->database().integrityCheck()->isEmpty());
    }

    void wrongPassword_isRefused_recoveryCodeOpens()
    {
        const QString dir = freshDir();
        QString code;
        QVERIFY(Profile::create(dir, setup(), &code).ok());
        Result<std::unique_ptr<Profile>> wrong = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2025"));
        QCOMPARE(wrong.error().code(), ErrorCode::WrongCredentials);
        Result<std::unique_ptr<Profile>> rec = Profile::unlockWithRecoveryCode(dir, code);
        QVERIFY(rec.ok());
        QVERIFY((*rec)->setPassword(QStringLiteral("zhang"), QStringLiteral("new-password-1")).ok());
        (*rec)->lock();
        QVERIFY(Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("new-password-1")).ok());
        QVERIFY(!Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026")).ok());
    }

    void swappedDatabase_isReportedAsDamaged()
    {
        const QString a = freshDir(), b = freshDir();
        QVERIFY(Profile::create(a, setup(), nullptr).ok());
        QVERIFY(Profile::create(b, setup(), nullptr).ok());
        QFile::remove(Profile::databasePath(a));
        QVERIFY(QFile::copy(Profile::databasePath(b), Profile::databasePath(a)));
        Result<std::unique_ptr<Profile>> p = Profile::unlock(a, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QCOMPARE(p.error().code(), ErrorCode::Corrupt);
    }

    void backupRestore_bringsBackTheData()
    {
        const QString dir = freshDir();
        QString code;
        const QString file = m_tmp.filePath(QStringLiteral("backup-%1.doudibak").arg(m_n));
        {
            Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &code);
            addSample(**p);
            QVERIFY2((*p)->backup(file).ok(), "backup");
            addSample(**p); // after the backup
            QCOMPARE(households(**p), 2);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(QString::fromUtf8("张桂英").toUtf8()));
        QVERIFY(!bytes.contains("370323196603151046"));

        QCOMPARE(Profile::restore(file, dir, QStringLiteral("zhang"), QStringLiteral("bad-password"), false).error().code(),
                 ErrorCode::WrongCredentials);
        QVERIFY(Profile::restore(file, dir, QString(), code, true).ok());
        Result<std::unique_ptr<Profile>> p = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        QCOMPARE(households(**p), 1);

        QFile broken(m_tmp.filePath(QStringLiteral("broken.doudibak")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(bytes.left(bytes.size() - 5000));
        broken.close();
        (*p)->lock();
        QCOMPARE(Profile::restore(broken.fileName(), dir, QStringLiteral("zhang"), QStringLiteral("township-2026"), false)
                     .error().code(),
                 ErrorCode::Corrupt);
        QVERIFY(Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026")).ok()); // untouched
    }

    void rekey_changesTheKeyAndKeepsTheData()
    {
        const QString dir = freshDir();
        QString oldCode;
        Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &oldCode);
        QVERIFY((*p)->setPassword(QStringLiteral("li"), QStringLiteral("li-password-1")).ok());
        addSample(**p);
        QFile db(Profile::databasePath(dir));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.read(4096);
        db.close();
        Result<Profile::RekeyResult> r = (*p)->rekey(QStringLiteral("township-2026"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(r->droppedUsers, QStringList{QStringLiteral("li")});
        QCOMPARE(households(**p), 1);
        (*p)->lock();
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(db.read(4096) != before);
        db.close();
        QVERIFY(!Profile::unlockWithRecoveryCode(dir, oldCode).ok());
        QVERIFY(Profile::unlockWithRecoveryCode(dir, r->recoveryCode).ok());
        Result<std::unique_ptr<Profile>> again = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(again.ok());
        QCOMPARE(households(**again), 1);
    }

    void interruptedSwap_isCompletedOrDiscarded()
    {
        const QString dir = freshDir();
        QVERIFY(Profile::create(dir, setup(), nullptr).ok());
        // A database copy without its key file: the swap never started.
        QFile junk(Profile::databasePath(dir) + QStringLiteral(".pending"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("half-written");
        junk.close();
        QVERIFY(Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026")).ok());
        QVERIFY(!QFile::exists(junk.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
