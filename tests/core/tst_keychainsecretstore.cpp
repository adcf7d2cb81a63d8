#include "security/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <memory>

using namespace doudi::core;

// Runs against the real Secret Service when DOUDI_KEYCHAIN_TEST=1 (scripts/test starts an
// unlocked gnome-keyring under its own D-Bus session); the memory double always.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    void roundTrip(SecretStore &store)
    {
        const QString key = QStringLiteral("device-credential-test");
        const QByteArray secret("\x01\x02sync-token-\xff", 14);
        QVERIFY(store.remove(key).ok());
        QCOMPARE(store.read(key).error().code(), ErrorCode::NotFound);
        QVERIFY2(store.write(key, secret).ok(), "write");
        const Result<QByteArray> back = store.read(key);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().fullText()));
        QCOMPARE(*back, secret);
        QVERIFY(store.remove(key).ok());
        QCOMPARE(store.read(key).error().code(), ErrorCode::NotFound);
    }

private Q_SLOTS:
    void memoryStore_roundTrips()
    {
        MemorySecretStore store;
        roundTrip(store);
    }

    void systemKeychain_roundTrips()
    {
        if (qEnvironmentVariable("DOUDI_KEYCHAIN_TEST") != QLatin1String("1"))
            QSKIP("no Secret Service here (scripts/test runs this under dbus-run-session)");
        KeychainSecretStore store(QStringLiteral("Doudi-test"));
        roundTrip(store);
    }

    // The app's background sync reads the device's credential on its own thread (SyncScheduler).
    void systemKeychain_worksFromAWorkerThread()
    {
        if (qEnvironmentVariable("DOUDI_KEYCHAIN_TEST") != QLatin1String("1"))
            QSKIP("no Secret Service here (scripts/test runs this under dbus-run-session)");
        KeychainSecretStore here(QStringLiteral("Doudi-test"));
        QVERIFY(here.write(QStringLiteral("worker-thread"), "written on the main thread").ok());
        Result<QByteArray> read = Error(ErrorCode::Internal, QString());
        std::unique_ptr<QThread> worker(QThread::create([&] {
            KeychainSecretStore there(QStringLiteral("Doudi-test"));
            read = there.read(QStringLiteral("worker-thread"));
        }));
        worker->start();
        // This thread turns its event loop meanwhile: the keychain's job runs on it.
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 30000);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        QCOMPARE(*read, QByteArray("written on the main thread"));
        QVERIFY(here.remove(QStringLiteral("worker-thread")).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
