#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace doudi::core {

// Where the device's sync credential (and, where county policy allows, a remembered
// database key) is kept. The system keychain in the app; a memory store in tests.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    // NotFound when nothing is stored under key; Keychain when no keychain service runs.
    virtual Result<QByteArray> read(const QString &key) = 0;
    virtual Status remove(const QString &key) = 0;
};

class MemorySecretStore : public SecretStore
{
public:
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

// Where no keychain may be used (DOUDI_KEYCHAIN=off), and in tests a keychain that refuses:
// every request is answered with ErrorCode::Keychain and the reason given.
class NoSecretStore : public SecretStore
{
public:
    explicit NoSecretStore(QString reason) : m_reason(std::move(reason)) {}
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    QString m_reason;
};

} // namespace doudi::core
