// Where a laptop keeps the credential the county gave its device (DESIGN §5, DeviceCredential):
// in the system keychain, the profile noting only that; in the encrypted profile where the
// keychain refuses, and in profiles enrolled before the keychain. SyncService in this process
// with stores of the test's, and doudi-cli as a county's laptop runs it, against a county
// server of the test's own (integration/county.h). The real Secret Service only when
// DOUDI_KEYCHAIN_TEST=1 (scripts/test runs everything under dbus-run-session with an unlocked
// gnome-keyring).
#include "integration/county.h"
#include "security/keychainsecretstore.h"
#include "services/profileservice.h"
#include "services/sessionaccess.h"
#include "services/syncservice.h"
#include "storage/database.h"
#include "sync/devicecredential.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;
using namespace doudi::test;

class TestSyncCredential : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    County m_county;
    const QString m_user = QStringLiteral("zhaoli");
    const QByteArray m_password = "river-2026-pass";
    int m_laptops = 0;
    QString m_keychainKey; // the real keychain's entry of a test's, to take out in the end

    Laptop newLaptop() { return {m_tmp.filePath(QStringLiteral("laptop-%1").arg(++m_laptops)), m_user, m_password}; }
    Result<SyncService::Joined> join(const Laptop &l, SecretStore &secrets)
    {
        return SyncService::join(l.dir, m_county.url(), m_county.enrolCode(QStringLiteral("laptop")), l.user,
                                 QString::fromUtf8(l.password), QStringLiteral("laptop"), secrets);
    }
    static std::unique_ptr<Session> unlock(const Laptop &l)
    {
        Result<std::unique_ptr<Session>> session = ProfileService::unlock(l.dir, l.user, QString::fromUtf8(l.password));
        return session ? std::move(*session) : nullptr;
    }
    // Every sync_state row, key → value.
    static QHash<QString, QString> syncState(Session &session)
    {
        QHash<QString, QString> rows;
        Result<Query> q = SessionAccess::profile(session).database().exec(QStringLiteral("SELECT key, value FROM sync_state"));
        while (q && q->next())
            rows.insert(q->value(0).toString(), q->value(1).toString());
        return rows;
    }
    static QString errorText(const Result<SyncReport> &r) { return r ? QString() : r.error().fullText(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(m_county.start(m_tmp.filePath(QStringLiteral("county"))));
        QVERIFY(m_county.addUser(m_user, QString::fromUtf8("赵丽"), QStringLiteral("township_head"),
                                 QStringLiteral("370323102000"), m_password));
    }

    void cleanupTestCase()
    {
        if (!m_keychainKey.isEmpty())
            (void)KeychainSecretStore().remove(m_keychainKey);
        QVERIFY(m_county.stop());
    }

    void keychainThatTakesIt_holdsIt_andTheProfileDoesNot()
    {
        const Laptop l = newLaptop();
        MemorySecretStore keychain;
        Result<SyncService::Joined> joined = join(l, keychain);
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().fullText()));
        QCOMPARE(joined->credentialStore, QStringLiteral("keychain"));
        QVERIFY(joined->credentialNote.isEmpty());

        Result<QByteArray> credential = keychain.read(QStringLiteral("sync-credential/") + joined->deviceId);
        QVERIFY(credential);
        QVERIFY(credential->size() >= 16);
        std::unique_ptr<Session> session = unlock(l);
        QVERIFY(session);
        const QHash<QString, QString> state = syncState(*session);
        QCOMPARE(state.value(QStringLiteral("credential_store")), QStringLiteral("keychain"));
        QCOMPARE(state.value(QStringLiteral("device_id")), joined->deviceId);
        for (auto it = state.cbegin(); it != state.cend(); ++it)
            QVERIFY2(!it.value().contains(QString::fromUtf8(*credential)), qPrintable(it.key()));

        SyncService sync(*session, keychain);
        const Result<SyncReport> report = sync.syncNow();
        QVERIFY2(report, qPrintable(errorText(report)));
        QCOMPARE(sync.status()->value(QStringLiteral("credential_store")).toString(), QStringLiteral("keychain"));
    }

    void keychainThatRefuses_leavesItInTheProfile_andSyncWorks()
    {
        const Laptop l = newLaptop();
        NoSecretStore refusing(QStringLiteral("no keychain in this test"));
        Result<SyncService::Joined> joined = join(l, refusing);
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().fullText()));
        QCOMPARE(joined->credentialStore, QStringLiteral("profile"));
        QVERIFY2(joined->credentialNote.contains(QStringLiteral("no keychain in this test")), qPrintable(joined->credentialNote));

        std::unique_ptr<Session> session = unlock(l);
        QVERIFY(session);
        const QHash<QString, QString> state = syncState(*session);
        QCOMPARE(state.value(QStringLiteral("credential_store")), QStringLiteral("profile"));
        QVERIFY(state.value(QStringLiteral("credential")).size() >= 16);

        // The keychain is not asked: it still refuses, and sync works.
        SyncService sync(*session, refusing);
        const Result<SyncReport> report = sync.syncNow();
        QVERIFY2(report, qPrintable(errorText(report)));
        QCOMPARE(sync.status()->value(QStringLiteral("credential_store")).toString(), QStringLiteral("profile"));
    }

    void profileEnrolledBeforeTheKeychain_keepsSyncing()
    {
        const Laptop l = newLaptop();
        NoSecretStore refusing(QStringLiteral("no keychain in this test"));
        QVERIFY(join(l, refusing));
        std::unique_ptr<Session> session = unlock(l);
        QVERIFY(session);
        // As such a profile is: the credential in sync_state, and no word of where it is.
        Result<Query> removed = SessionAccess::profile(*session).database().exec(
            QStringLiteral("DELETE FROM sync_state WHERE key = 'credential_store'"));
        QVERIFY(removed);
        QVERIFY(!syncState(*session).contains(QStringLiteral("credential_store")));

        MemorySecretStore emptyKeychain;
        SyncService sync(*session, emptyKeychain);
        const Result<SyncReport> report = sync.syncNow();
        QVERIFY2(report, qPrintable(errorText(report)));
        QCOMPARE(sync.status()->value(QStringLiteral("credential_store")).toString(), QStringLiteral("profile"));
    }

    void keychainWithoutTheEntry_isAClearError_atOnce()
    {
        const Laptop l = newLaptop();
        MemorySecretStore keychain;
        Result<SyncService::Joined> joined = join(l, keychain);
        QVERIFY(joined);
        QVERIFY(keychain.remove(DeviceCredential::keychainKey(joined->deviceId)));
        std::unique_ptr<Session> session = unlock(l);
        QVERIFY(session);

        QElapsedTimer clock;
        clock.start();
        const Result<SyncReport> report = SyncService(*session, keychain).syncNow();
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::Keychain);
        QVERIFY2(report.error().message().contains(QStringLiteral("missing from the system keychain")) &&
                     report.error().message().contains(QStringLiteral("new enrolment code")),
                 qPrintable(report.error().message()));
    }

    void keychainThatDoesNotAnswer_isAClearError()
    {
        const Laptop l = newLaptop();
        MemorySecretStore keychain;
        QVERIFY(join(l, keychain));
        std::unique_ptr<Session> session = unlock(l);
        QVERIFY(session);

        // As KeychainSecretStore answers once its time is up (tst_keychainnoanswer).
        NoSecretStore silent(QStringLiteral("The system keychain did not answer within 5 seconds."));
        const Result<SyncReport> report = SyncService(*session, silent).syncNow();
        QVERIFY(!report);
        QCOMPARE(report.error().code(), ErrorCode::Keychain);
        QVERIFY2(report.error().message().contains(QStringLiteral("did not answer within 5 seconds")) &&
                     report.error().message().contains(QStringLiteral("Unlock the keychain")),
                 qPrintable(report.error().message()));
    }

    // doudi-cli as a county's laptop runs it, told to leave the keychain alone.
    void cli_withTheKeychainOff_keepsItInTheProfile()
    {
        const Laptop l = newLaptop();
        const Environment off{{QStringLiteral("DOUDI_KEYCHAIN"), QStringLiteral("off")},
                              {QStringLiteral("DOUDI_LANG"), QStringLiteral("en")}};
        const Run enrolled = m_county.enrol(l, m_county.enrolCode(QStringLiteral("off")), off);
        QVERIFY2(enrolled.exit == 0, enrolled.err.constData());
        const QJsonObject out = enrolled.json().toObject();
        QCOMPARE(out.value(QStringLiteral("credential_store")).toString(), QStringLiteral("profile"));
        QVERIFY2(out.value(QStringLiteral("credential_note")).toString().contains(QStringLiteral("DOUDI_KEYCHAIN=off")),
                 enrolled.out.constData());

        const Run status = cli(l, {QStringLiteral("sync"), QStringLiteral("status")}, off);
        QCOMPARE(status.json().toObject().value(QStringLiteral("credential_store")).toString(), QStringLiteral("profile"));
        const Run synced = cli(l, {QStringLiteral("sync")}, off);
        QVERIFY2(synced.exit == 0, synced.err.constData());
    }

    // The real Secret Service: enrol and sync through it, then lose the entry.
    void cli_systemKeychain_holdsIt_andSyncSaysWhenItIsGone()
    {
        if (qEnvironmentVariable("DOUDI_KEYCHAIN_TEST") != QLatin1String("1"))
            QSKIP("no Secret Service here (scripts/test runs this under dbus-run-session)");
        const Laptop l = newLaptop();
        // (ctest turns the keychain off for every test: doudi_add_test in
        // cmake/DoudiHelpers.cmake.)
        const Environment en{{QStringLiteral("DOUDI_LANG"), QStringLiteral("en")}, {QStringLiteral("DOUDI_KEYCHAIN"), QString()}};
        const Run enrolled = m_county.enrol(l, m_county.enrolCode(QStringLiteral("keychain")), en);
        QVERIFY2(enrolled.exit == 0, enrolled.err.constData());
        const QJsonObject out = enrolled.json().toObject();
        QCOMPARE(out.value(QStringLiteral("credential_store")).toString(), QStringLiteral("keychain"));
        QVERIFY(!out.contains(QStringLiteral("credential_note")));
        const QString key = DeviceCredential::keychainKey(out.value(QStringLiteral("device_id")).toString());
        m_keychainKey = key;
        KeychainSecretStore keychain;
        QVERIFY(keychain.read(key));

        const Run status = cli(l, {QStringLiteral("sync"), QStringLiteral("status")}, en);
        QCOMPARE(status.json().toObject().value(QStringLiteral("credential_store")).toString(), QStringLiteral("keychain"));
        const Run synced = cli(l, {QStringLiteral("sync")}, en);
        QVERIFY2(synced.exit == 0, synced.err.constData());

        QVERIFY(keychain.remove(key));
        QElapsedTimer clock;
        clock.start();
        const Run lost = cli(l, {QStringLiteral("sync")}, en);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(lost.exit, 1);
        QVERIFY2(lost.err.contains("\"keychain\"") && lost.err.contains("missing from the system keychain"),
                 lost.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCredential)
#include "tst_synccredential.moc"
