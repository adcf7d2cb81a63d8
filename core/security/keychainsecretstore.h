#pragma once

#include "security/secretstore.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace doudi::core {

// The operating system's keychain through QtKeychain (Secret Service on Linux, Credential
// Manager on Windows). Blocks on a local event loop: QtKeychain's jobs are asynchronous. Its
// jobs run on the application's thread, whichever thread calls: a caller on another thread
// waits for that thread, which must be turning its event loop.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    // How long a request may wait for the keychain. A Secret Service that is up answers in
    // 10-25 ms, and D-Bus starting gnome-keyring for the first request took 0.9 s (2 shared
    // cores); but a locked keyring shows a password prompt and waits for it for ever, and an
    // invisible one (no screen, a remote session) is never answered. After this the request
    // counts as refused (ErrorCode::Keychain): enrolment keeps the credential in the profile,
    // sync says to unlock the keychain. Short enough that nobody thinks Doudi froze.
    static constexpr std::chrono::milliseconds kAnswerTimeout{5000};

    explicit KeychainSecretStore(QString service = QStringLiteral("Doudi"), std::chrono::milliseconds timeout = kAnswerTimeout);
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    Status writeHere(const QString &key, const QByteArray &secret);
    Result<QByteArray> readHere(const QString &key);
    Status removeHere(const QString &key);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

// The store doudi and doudi-cli keep the device's sync credential in: the system keychain,
// or none when the environment says DOUDI_KEYCHAIN=off (every request is then refused, so the
// credential of a new enrolment stays in the encrypted profile).
std::unique_ptr<SecretStore> systemSecretStore();

} // namespace doudi::core
