#include "security/keychainsecretstore.h"

#include <QThread>

#include <optional>

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <type_traits>

namespace doudi::core {

namespace {

struct Answer
{
    bool answered = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs job on a local event loop until it answers or the timeout passes. The job is on the heap
// and deletes itself once it finishes (QtKeychain's autoDelete). One that has not answered is
// left to run, never deleted: libsecret calls back into it whenever the keychain answers, and a
// deleted job would then be written to after its end.
template <typename Job> Answer run(Job *job, std::chrono::milliseconds timeout)
{
    Answer answer;
    QEventLoop loop;
    // The loop is the context: once it is gone (after a timeout), a late answer reaches no one.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&answer, &loop, job] {
        answer.answered = true;
        answer.error = job->error();
        answer.errorString = job->errorString();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
            answer.data = job->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return answer;
}

Error keychainError(const Answer &answer, std::chrono::milliseconds timeout)
{
    if (!answer.answered)
        return Error(ErrorCode::Keychain,
                     KeychainSecretStore::tr("The system keychain did not answer within %1 seconds.")
                         .arg(double(timeout.count()) / 1000.0),
                     QStringLiteral("no answer after %1 ms").arg(timeout.count()));
    if (answer.error == QKeychain::EntryNotFound)
        return Error(ErrorCode::NotFound,
                     KeychainSecretStore::tr("Nothing is stored in the system keychain for this device yet."));
    if (answer.error == QKeychain::NoBackendAvailable)
        return Error(ErrorCode::Keychain,
                     KeychainSecretStore::tr("This computer has no keychain service; Doudi works on with password unlock."),
                     answer.errorString);
    if (answer.error == QKeychain::AccessDenied)
        return Error(ErrorCode::Keychain, KeychainSecretStore::tr("The system keychain is locked, or it did not let Doudi in."),
                     answer.errorString);
    // Also where no keychain can be reached at all (no D-Bus session): libsecret does not tell
    // that apart from other failures.
    return Error(ErrorCode::Keychain,
                 KeychainSecretStore::tr("The system keychain could not be reached, or it refused the request."),
                 answer.errorString);
}

} // namespace

// QtKeychain's jobs crash when made on another thread than the application's (tried: a read
// on a worker thread, SIGSEGV in the job). A call from elsewhere (the app joins the county on a
// worker thread) waits while the application's thread runs it; that thread must not be waiting
// for the caller meanwhile (SyncScheduler copies the credential before a round instead).
template <typename F> auto onAppThread(F f) -> decltype(f())
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return f();
    std::optional<decltype(f())> out;
    QMetaObject::invokeMethod(
        app, [&] { out.emplace(f()); }, Qt::BlockingQueuedConnection);
    return std::move(*out);
}

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    return onAppThread([&] { return writeHere(key, secret); });
}

Status KeychainSecretStore::writeHere(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    const Answer answer = run(job, m_timeout);
    if (!answer.answered) {
        // The caller keeps the secret elsewhere now. Should the keychain take it late (someone
        // answers the unlock prompt), this takes it out again: QtKeychain runs one job at a
        // time, in order, so the removal comes after the write whenever that ends.
        auto *undo = new QKeychain::DeletePasswordJob(m_service);
        undo->setKey(key);
        undo->start();
    }
    if (!answer.answered || answer.error != QKeychain::NoError)
        return keychainError(answer, m_timeout);
    return {};
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    return onAppThread([&] { return readHere(key); });
}

Result<QByteArray> KeychainSecretStore::readHere(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Answer answer = run(job, m_timeout);
    if (!answer.answered || answer.error != QKeychain::NoError)
        return keychainError(answer, m_timeout);
    return answer.data;
}

Status KeychainSecretStore::remove(const QString &key)
{
    return onAppThread([&] { return removeHere(key); });
}

Status KeychainSecretStore::removeHere(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Answer answer = run(job, m_timeout);
    if (!answer.answered || (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound))
        return keychainError(answer, m_timeout);
    return {};
}

std::unique_ptr<SecretStore> systemSecretStore()
{
    if (qEnvironmentVariable("DOUDI_KEYCHAIN") == QLatin1String("off"))
        return std::make_unique<NoSecretStore>(
            KeychainSecretStore::tr("The system keychain is turned off for Doudi on this computer (DOUDI_KEYCHAIN=off)."));
    return std::make_unique<KeychainSecretStore>();
}

} // namespace doudi::core
