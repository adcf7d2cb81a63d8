#include "security/keychainsecretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace doudi::core {

namespace {
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error(ErrorCode::NotFound,
                     KeychainSecretStore::tr("Nothing is stored in the system keychain for this device yet."));
    if (job.error() == QKeychain::NoBackendAvailable)
        return Error(ErrorCode::Keychain,
                     KeychainSecretStore::tr("This computer has no keychain service; Doudi works on with password unlock."),
                     job.errorString());
    return Error(ErrorCode::Keychain, KeychainSecretStore::tr("The system keychain refused the request."),
                 job.errorString());
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.binaryData();
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace doudi::core
