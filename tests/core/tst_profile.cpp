#include "core/legacykeyfile.h"
#include "storage/householdrepository.h"
#include "storage/profile.h"
#include "testdata.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    static QList<qint64> deviceSeqs(Profile &p)
    {
        QList<qint64> out;
        Result<Query> q = p.database().exec(QStringLiteral("SELECT device_seq FROM outbox ORDER BY seq"));
        while (q && q->next())
            out << q->value(0).toLongLong();
        return out;
    }
    static QStringList outboxHlcs(Profile &p)
    {
        QStringList out;
        Result<Query> q = p.database().exec(QStringLiteral("SELECT hlc FROM outbox WHERE record_type <> 'user' ORDER BY seq"));
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }
    std::unique_ptr<Profile> open(const QString &dir)
    {
        Result<std::unique_ptr<Profile>> p = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        return p ? std::move(p).value() : nullptr;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
    static int mode(const QString &path) { return int(QFileInfo(path).permissions() & 0x7777); }

private Q_SLOTS:
    void create_unlock_lock()
    {
        const QString dir = freshDir();
        QString code;
        Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &code);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().fullText()));
        QCOMPARE((*p)->database().schemaVersion(), Database::latestSchemaVersion());
        addSample(**p);
        // Issue 17: what was made on the profile before it locked gets an answer, not a dangling
        // database (lock() used to destroy it, and database() dereferenced null).
        HouseholdRepository kept((*p)->database(), (*p)->changes());
        (*p)->lock();
        QVERIFY(!(*p)->isUnlocked());
        QCOMPARE(kept.count().error().code(), ErrorCode::Locked);
        QCOMPARE((*p)->database().exec(QStringLiteral("SELECT 1")).error().code(), ErrorCode::Locked);
        QCOMPARE((*p)->database().transaction([] { return Status(); }).error().code(), ErrorCode::Locked);
        QCOMPARE((*p)->database().integrityCheck().error().code(), ErrorCode::Locked);

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
                     .error()
                     .code(),
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
        // A repository made before the rekey goes on working after it: the same Database object
        // is reopened under the new key (issue 17).
        HouseholdRepository kept((*p)->database(), (*p)->changes());
        Result<RekeyResult> r = (*p)->rekey(QStringLiteral("township-2026"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(r->droppedUsers, QStringList{QStringLiteral("li")});
        QCOMPARE(households(**p), 1);
        QCOMPARE(*kept.count(), 1);
        addSample(**p);
        QCOMPARE(*kept.count(), 2);
        (*p)->lock();
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(db.read(4096) != before);
        db.close();
        QVERIFY(!Profile::unlockWithRecoveryCode(dir, oldCode).ok());
        QVERIFY(Profile::unlockWithRecoveryCode(dir, r->recoveryCode).ok());
        Result<std::unique_ptr<Profile>> again = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(again.ok());
        QCOMPARE(households(**again), 2);
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

    void leftovers_areRemovedAtUnlock_filesArePrivate()
    {
        const QString dir = freshDir();
        QVERIFY(Profile::create(dir, setup(), nullptr).ok());
        const QStringList leftovers = {QStringLiteral("doudi.keys.Ab12Cd"),
                                       QStringLiteral("doudi.db.next"),
                                       QStringLiteral("doudi.db.next-wal"),
                                       QStringLiteral("doudi.db.pending-wal"),
                                       QStringLiteral("doudi.keys.next"),
                                       QStringLiteral("doudi.backup.3f2a9c1e.part"),
                                       QStringLiteral("doudi.backup.3f2a9c1e.part-journal")};
        for (const QString &name : leftovers)
            writeAll(dir + u'/' + name, "left by a killed process");
        std::unique_ptr<Profile> p = open(dir);
        QVERIFY(p);
        for (const QString &name : leftovers)
            QVERIFY2(!QFile::exists(dir + u'/' + name), qPrintable(name));
        QCOMPARE(mode(dir), 0x7700); // Qt: owner and user bits, nothing for group or others
        for (const QString &name : {QStringLiteral("doudi.db"), QStringLiteral("doudi.keys"), QStringLiteral("doudi.lock"),
                                    QStringLiteral("doudi.db-wal")})
            QVERIFY2(mode(dir + u'/' + name) == 0x6600, qPrintable(name));
        const QString file = m_tmp.filePath(QStringLiteral("private-%1.doudibak").arg(m_n));
        QVERIFY(p->backup(file).ok());
        QCOMPARE(mode(file), 0x6600);
    }

    void counters_areAllocatedInTheTransaction()
    {
        const QString dir = freshDir();
        QVERIFY(Profile::create(dir, setup(), nullptr).ok());
        std::unique_ptr<Profile> a = open(dir);
        std::unique_ptr<Profile> b = open(dir); // a second writer on the same profile
        QVERIFY(a && b);
        addSample(*a);
        const qint64 afterFirst = deviceSeqs(*a).constLast();
        // A transaction that writes and then fails takes its numbers back.
        Status rolledBack = a->database().transaction([&]() -> Status {
            HouseholdRepository repo(a->database(), a->changes());
            Result<Household> h = Household::fromJson(sampleHouseholdJson());
            if (!h || !repo.save(*h))
                return Error(ErrorCode::Internal, QStringLiteral("setup"));
            return Error(ErrorCode::Cancelled, QStringLiteral("rolled back on purpose"));
        });
        QCOMPARE(rolledBack.error().code(), ErrorCode::Cancelled);
        QCOMPARE(deviceSeqs(*a).constLast(), afterFirst);
        addSample(*b);
        addSample(*a);
        const QList<qint64> seqs = deviceSeqs(*a);
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], qint64(i + 1)); // no gap, no repeat across the two writers
        // One timestamp a save (three saves committed), each later than the one before.
        const QStringList hlcs = outboxHlcs(*a);
        QCOMPARE(QSet<QString>(hlcs.cbegin(), hlcs.cend()).size(), 3);
        for (int i = 1; i < hlcs.size(); ++i)
            QVERIFY(hlcs[i - 1] <= hlcs[i]);
    }

    void restore_elsewhere_isANewDevice()
    {
        const QString dir = freshDir();
        QString code;
        const QString file = m_tmp.filePath(QStringLiteral("node-%1.doudibak").arg(m_n));
        QString node;
        {
            Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &code);
            addSample(**p);
            node = (*p)->changes().node();
            QVERIFY((*p)->backup(file).ok());
        }
        const QString other = freshDir(); // another laptop
        QVERIFY(Profile::restore(file, other, QString(), code, true).ok());
        std::unique_ptr<Profile> restored = open(other);
        QVERIFY(restored);
        QCOMPARE(households(*restored), 1);
        QVERIFY(!restored->changes().node().isEmpty());
        QVERIFY(restored->changes().node() != node);
        const qint64 lastSeq = deviceSeqs(*restored).constLast();
        addSample(*restored);
        const QList<qint64> seqs = deviceSeqs(*restored);
        QVERIFY(seqs.size() > int(lastSeq));
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], qint64(i + 1));
        QVERIFY(restored->changes().verifyAudit()->firstBadSeq < 0);
    }

    void restore_refusesDamagedBackups_profileUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("database cut to 1 byte") << QStringLiteral("cut1");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("extended") << QStringLiteral("extended");
        QTest::newRow("one byte flipped") << QStringLiteral("flipped");
        QTest::newRow("format 1, database of 1 byte") << QStringLiteral("v1-cut");
        QTest::newRow("not a backup") << QStringLiteral("garbage");
        QTest::newRow("another profile's backup") << QStringLiteral("foreign");
        QTest::newRow("audit chain edited") << QStringLiteral("audit");
        QTest::newRow("a device, not a file") << QStringLiteral("/dev/zero");
    }

    void restore_refusesDamagedBackups_profileUnchanged()
    {
        QFETCH(QString, damage);
        const QString dir = freshDir();
        QString code;
        const QString file = m_tmp.filePath(QStringLiteral("good-%1.doudibak").arg(m_n));
        {
            Result<std::unique_ptr<Profile>> p = Profile::create(dir, setup(), &code);
            addSample(**p);
            QVERIFY((*p)->backup(file).ok());
            addSample(**p);
        }
        const QByteArray good = readAll(file);
        QDataStream lengths(good.mid(15, 4));
        quint32 headerLength = 0;
        lengths >> headerLength;
        const qsizetype dbStart = 15 + 4 + headerLength;
        QByteArray bad = good;
        QString path = m_tmp.filePath(QStringLiteral("bad-%1.doudibak").arg(m_n));
        if (damage == QLatin1String("cut1")) {
            bad = good.left(dbStart + 1);
        } else if (damage == QLatin1String("truncated")) {
            bad.chop(4096);
        } else if (damage == QLatin1String("extended")) {
            bad += QByteArray(4096, '\0');
        } else if (damage == QLatin1String("flipped")) {
            bad[dbStart + 5000] = char(bad[dbStart + 5000] ^ 0x01);
        } else if (damage == QLatin1String("v1-cut")) {
            const QJsonObject header = QJsonDocument::fromJson(good.mid(19, headerLength)).object();
            const QByteArray keys = QJsonDocument(header.value(QStringLiteral("keys")).toObject()).toJson();
            bad = "DOUDI-BACKUP-1\n";
            QDataStream(&bad, QIODevice::Append) << quint32(keys.size());
            bad += keys + good.mid(dbStart, 1);
        } else if (damage == QLatin1String("garbage")) {
            bad = QByteArray(100000, 'x');
        } else if (damage == QLatin1String("foreign")) {
            const QString otherDir = freshDir();
            QString otherCode;
            Result<std::unique_ptr<Profile>> o = Profile::create(otherDir, setup(), &otherCode);
            QVERIFY((*o)->backup(path).ok());
            bad.clear();
        } else if (damage == QLatin1String("audit")) {
            // Restore the good backup elsewhere, edit its audit log, back that up.
            const QString scratch = freshDir();
            QVERIFY(Profile::restore(file, scratch, QString(), code, true).ok());
            std::unique_ptr<Profile> s = open(scratch);
            QVERIFY(s->database().exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE seq = 2")).ok());
            QVERIFY(s->backup(path).ok());
            bad.clear();
        } else {
            path = damage;
            bad.clear();
        }
        if (!bad.isEmpty())
            writeAll(path, bad);
        const QByteArray dbBefore = readAll(Profile::databasePath(dir));
        QElapsedTimer t;
        t.start();
        Status st = Profile::restore(path, dir, QStringLiteral("zhang"), QStringLiteral("township-2026"), false);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().code() == ErrorCode::Corrupt || st.error().code() == ErrorCode::WrongCredentials ||
                     (damage == QLatin1String("foreign") && st.error().code() == ErrorCode::NotAllowed),
                 qPrintable(st.error().fullText()));
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(readAll(Profile::databasePath(dir)), dbBefore);
        std::unique_ptr<Profile> p = open(dir);
        QVERIFY(p);
        QCOMPARE(households(*p), 2);
    }

    void oldKeyFile_isUpgradedToArgon2idAtTheNextUnlock()
    {
        const QString dir = freshDir();
        QString code;
        QVERIFY(Profile::create(dir, setup(), &code).ok());
        const QString keys = Profile::keyFilePath(dir);
        // K, as only a test can have it, then the key file as Doudi wrote it before Argon2id.
        Result<KeySlots> slots = KeySlots::load(keys);
        const QByteArray key = *slots->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("township-2026"));
        writeAll(keys, doudi::test::legacyKeyFile(key, QStringLiteral("zhang"), QStringLiteral("township-2026"), code, 1000,
                                                  slots->cipher(), slots->profileId()));
        QVERIFY(KeySlots::load(keys)->slotKdfs().value(0).isLegacy());
        QVERIFY(open(dir)); // opens with PBKDF2, and the slot is rewrapped in the file
        Result<KeySlots> after = KeySlots::load(keys);
        QCOMPARE(after->slotKdfs().value(0).algorithm, Kdf::Algorithm::Argon2id);
        QVERIFY(after->slotKdfs().value(1).isLegacy()); // the recovery slot waits for its code
        QVERIFY(open(dir));
        QCOMPARE(Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("wrong-password")).error().code(),
                 ErrorCode::WrongCredentials);
        QVERIFY(Profile::unlockWithRecoveryCode(dir, code).ok());
        QCOMPARE(KeySlots::load(keys)->slotKdfs().value(1).algorithm, Kdf::Algorithm::Argon2id);
        QVERIFY(open(dir));
    }

    void keyFileParameters_areBounded()
    {
        const QString dir = freshDir();
        QVERIFY(Profile::create(dir, setup(), nullptr).ok());
        const QString keys = Profile::keyFilePath(dir);
        const QByteArray original = readAll(keys);
        // A top-level count of 1 is not taken for new slots: the profile keeps opening.
        QJsonObject o = QJsonDocument::fromJson(original).object();
        o.insert(QStringLiteral("iterations"), 1);
        writeAll(keys, QJsonDocument(o).toJson());
        {
            std::unique_ptr<Profile> p = open(dir);
            QVERIFY(p);
            QVERIFY(p->setPassword(QStringLiteral("li"), QStringLiteral("li-password-1")).ok());
        }
        QVERIFY(open(dir));
        QVERIFY(Profile::unlock(dir, QStringLiteral("li"), QStringLiteral("li-password-1")).ok());
        // A slot that asks for 2^31 - 1 rounds is damaged, and says so at once.
        o = QJsonDocument::fromJson(readAll(keys)).object();
        QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots[0].toObject();
        slot.insert(QStringLiteral("iterations"), 2147483647);
        slots[0] = slot;
        o.insert(QStringLiteral("slots"), slots);
        writeAll(keys, QJsonDocument(o).toJson());
        QElapsedTimer t;
        t.start();
        Result<std::unique_ptr<Profile>> p = Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QCOMPARE(p.error().code(), ErrorCode::Corrupt);
        QVERIFY(t.elapsed() < 2000);
    }

    void rekeyAndRestore_areExclusive()
    {
        const QString dir = freshDir();
        QString code;
        QVERIFY(Profile::create(dir, setup(), &code).ok());
        std::unique_ptr<Profile> app = open(dir); // the app, open all day
        std::unique_ptr<Profile> cli = open(dir);
        QVERIFY(app && cli);
        addSample(*app);
        const QString file = m_tmp.filePath(QStringLiteral("busy-%1.doudibak").arg(m_n));
        QVERIFY(cli->backup(file).ok()); // a backup beside the app is fine
        Result<RekeyResult> r = cli->rekey(QStringLiteral("township-2026"));
        QCOMPARE(r.error().code(), ErrorCode::Busy);
        QCOMPARE(Profile::restore(file, dir, QString(), code, true).error().code(), ErrorCode::Busy);
        addSample(*app); // the app still writes into the live file
        QCOMPARE(households(*cli), 2);
        app->lock();
        // A reader of this process (a worker thread's connection) holds the rekey back too.
        {
            Result<std::unique_ptr<Database>> reader = cli->openReader();
            QVERIFY(reader.ok());
            QCOMPARE(cli->beginRekey(QStringLiteral("township-2026")).error().code(), ErrorCode::Busy);
        }
        // So does a sync round's own opening of the profile on its thread (openSibling).
        {
            Result<std::unique_ptr<Profile>> sibling = cli->openSibling();
            QVERIFY(sibling.ok());
            QCOMPARE(cli->beginRekey(QStringLiteral("township-2026")).error().code(), ErrorCode::Busy);
        }
        // Alone now: the rekey goes through, and a process cannot unlock while it runs.
        r = cli->beginRekey(QStringLiteral("township-2026"));
        QVERIFY(r.ok());
        QCOMPARE(Profile::unlock(dir, QStringLiteral("zhang"), QStringLiteral("township-2026")).error().code(), ErrorCode::Busy);
        QVERIFY(cli->commitRekey().ok());
        QVERIFY(open(dir));
        QCOMPARE(households(*cli), 2);
    }

    void rekey_newCodeWorksFromTheMomentItIsShown()
    {
        const QString dir = freshDir();
        QString oldCode;
        QVERIFY(Profile::create(dir, setup(), &oldCode).ok());
        std::unique_ptr<Profile> p = open(dir);
        addSample(*p);
        // Shown, then abandoned (the person did not confirm it): the old code stays, the new goes.
        Result<RekeyResult> r = p->beginRekey(QStringLiteral("township-2026"));
        QVERIFY(r.ok());
        const QByteArray withBoth = readAll(Profile::keyFilePath(dir));
        p->abandonRekey();
        QVERIFY(Profile::unlockWithRecoveryCode(dir, oldCode).ok());
        QCOMPARE(Profile::unlockWithRecoveryCode(dir, r->recoveryCode).error().code(), ErrorCode::WrongCredentials);
        // Killed between showing the code and the swap: the key file has both codes for the old key.
        p->lock();
        writeAll(Profile::keyFilePath(dir), withBoth);
        QVERIFY(Profile::unlockWithRecoveryCode(dir, oldCode).ok());
        QVERIFY(Profile::unlockWithRecoveryCode(dir, r->recoveryCode).ok());
        // Committed: only the new code. A repository made before the rekey goes on working:
        // the profile's Database is the same object, opened again under the new key.
        p = open(dir);
        HouseholdRepository before(p->database(), p->changes());
        Result<RekeyResult> r2 = p->rekey(QStringLiteral("township-2026"));
        QVERIFY(r2.ok());
        Result<Household> more = Household::fromJson(sampleHouseholdJson());
        QVERIFY(before.save(*more).ok());
        QCOMPARE(*before.count(), 2);
        QVERIFY(p->changes().verifyAudit()->intact());
        p->lock();
        QVERIFY(!Profile::unlockWithRecoveryCode(dir, oldCode).ok());
        QVERIFY(Profile::unlockWithRecoveryCode(dir, r2->recoveryCode).ok());
        p = open(dir);
        QVERIFY(p);
        QCOMPARE(households(*p), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
