#include "security/secretstore.h"

#include <QCoreApplication>

namespace doudi::core {

Status MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    return {};
}

Result<QByteArray> MemorySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("doudi::core::SecretStore", "Nothing is stored for this device yet."));
    return *it;
}

Status MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    return {};
}

Status NoSecretStore::write(const QString &, const QByteArray &)
{
    return Error(ErrorCode::Keychain, m_reason);
}

Result<QByteArray> NoSecretStore::read(const QString &)
{
    return Error(ErrorCode::Keychain, m_reason);
}

Status NoSecretStore::remove(const QString &)
{
    return Error(ErrorCode::Keychain, m_reason);
}

} // namespace doudi::core
