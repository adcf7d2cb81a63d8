#include "security/passwordhash.h"

#include "security/secretbytes.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace doudi::core {

Result<QString> PasswordHash::hash(const QString &password, int memoryKiB, int passes)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const size_t length = argon2_encodedlen(uint32_t(passes), uint32_t(memoryKiB), 1, uint32_t(salt.size()), 32, Argon2_id);
    QByteArray encoded(int(length), '\0');
    const int rc = argon2id_hash_encoded(uint32_t(passes), uint32_t(memoryKiB), 1, utf8.constData(), size_t(utf8.size()),
                                         salt.constData(), size_t(salt.size()), 32, encoded.data(), length);
    SecretBytes::wipe(utf8);
    if (rc != ARGON2_OK)
        return Error(ErrorCode::Storage, tr("The password could not be stored."), QString::fromLatin1(argon2_error_message(rc)));
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool PasswordHash::verify(const QString &encoded, const QString &password)
{
    const QByteArray e = encoded.toLatin1();
    if (!e.startsWith("$argon2id$"))
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok = argon2id_verify(e.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
    SecretBytes::wipe(utf8);
    return ok;
}

} // namespace doudi::core
