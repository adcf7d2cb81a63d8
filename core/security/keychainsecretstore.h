#pragma once

#include "security/secretstore.h"

#include <QCoreApplication>

namespace doudi::core {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Credential
// Manager on Windows). Blocks on a local event loop: QtKeychain's jobs are asynchronous.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Doudi"));
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace doudi::core
