// KeychainSecretStore against a Secret Service that takes every request and does not answer, as
// a locked keyring does while its unlock prompt waits on a screen nobody sees: each request
// gives up when its time is up, with ErrorCode::Keychain, and an answer that comes later does no
// harm. The service is this test itself, on a private D-Bus of its own (dbus-daemon with no
// service folders, so nothing else starts), which libsecret reaches through
// DBUS_SESSION_BUS_ADDRESS: a process of its own, since libsecret keeps the first bus it used.
#include "security/keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <utility>

using namespace doudi::core;

namespace {

// org.freedesktop.secrets at every path: silent (it keeps the calls), answering each call with
// an error after a delay, or at once.
class SecretService : public QDBusVirtualObject
{
public:
    enum class Mode
    {
        Silent,
        Late,
        AtOnce
    };
    static constexpr int kLateMs = 400;
    int calls = 0;

    // The calls kept so far are answered as the new mode says.
    void setMode(Mode mode)
    {
        m_mode = mode;
        const QList<QPair<QDBusMessage, QDBusConnection>> kept = std::exchange(m_kept, {});
        for (const auto &[message, connection] : kept)
            answer(message, connection);
    }
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++calls;
        answer(message, connection);
        return true;
    }

private:
    void answer(const QDBusMessage &message, const QDBusConnection &connection)
    {
        const QDBusMessage reply = message.createErrorReply(QDBusError::Failed, QStringLiteral("no secrets here"));
        if (m_mode == Mode::Silent)
            m_kept.append({message, connection});
        else if (m_mode == Mode::Late)
            QTimer::singleShot(kLateMs, this, [connection, reply] { connection.send(reply); });
        else
            connection.send(reply);
    }

    Mode m_mode = Mode::Silent;
    QList<QPair<QDBusMessage, QDBusConnection>> m_kept;
};

} // namespace

class TestKeychainNoAnswer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QProcess m_bus;
    SecretService m_service;
    static constexpr std::chrono::milliseconds kTimeout{300};

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("no dbus-daemon here (Debian package dbus)");
        QVERIFY(m_tmp.isValid());
        QFile config(m_tmp.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir=" +
                     m_tmp.path().toUtf8() +
                     "</listen><auth>EXTERNAL</auth>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_bus.start(daemon, {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                             QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted());
        while (!m_bus.canReadLine() && m_bus.state() == QProcess::Running) {
            if (!m_bus.waitForReadyRead(10000))
                break;
        }
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY2(!address.isEmpty(), m_bus.readAllStandardError().constData());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QDBusConnection bus = QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("secrets"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("secrets"));
        if (m_bus.state() == QProcess::Running) {
            m_bus.terminate();
            QVERIFY(m_bus.waitForFinished(10000));
        }
    }

    void read_givesUpWhenItsTimeIsUp()
    {
        m_service.setMode(SecretService::Mode::Silent);
        KeychainSecretStore store(QStringLiteral("Doudi-test"), kTimeout);
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> read = store.read(QStringLiteral("sync-credential/silent"));
        const qint64 took = clock.elapsed();
        QVERIFY(m_service.calls > 0); // it was the test's service that kept silent
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::Keychain);
        QVERIFY2(read.error().message().contains(QStringLiteral("did not answer")), qPrintable(read.error().message()));
        QVERIFY2(took >= kTimeout.count() && took < 3000, qPrintable(QString::number(took)));
    }

    void write_givesUpWhenItsTimeIsUp_andLateAnswersDoNoHarm()
    {
        // The requests given up on (the read above, this write, and the removal the write leaves
        // behind) are answered later, each to a job that is still there.
        m_service.setMode(SecretService::Mode::Late);
        KeychainSecretStore store(QStringLiteral("Doudi-test"), kTimeout);
        const Status written = store.write(QStringLiteral("sync-credential/late"), "secret");
        QVERIFY(!written);
        QCOMPARE(written.error().code(), ErrorCode::Keychain);
        QTest::qWait(3 * SecretService::kLateMs);

        // Once the service answers at once, so does the store again: nothing is stuck.
        m_service.setMode(SecretService::Mode::AtOnce);
        const auto answers = [&store] {
            const Result<QByteArray> read = store.read(QStringLiteral("sync-credential/late"));
            return read || !read.error().message().contains(QStringLiteral("did not answer"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 20000);
        const Result<QByteArray> answered = store.read(QStringLiteral("sync-credential/late"));
        QVERIFY(!answered);
        QCOMPARE(answered.error().code(), ErrorCode::Keychain);
        QVERIFY2(answered.error().message().contains(QStringLiteral("refused")), qPrintable(answered.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoAnswer)
#include "tst_keychainnoanswer.moc"
