#pragma once

// A key file as Doudi wrote it before Argon2id (format 1, PBKDF2-HMAC-SHA256 slots), built
// here from the primitives rather than by today's KeySlots, so that the upgrade is tested
// against the old layout and not against whatever the new code would write.
#include "common/randomsource.h"
#include "security/crypto.h"
#include "security/recoverycode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace doudi::test {

inline QJsonObject legacySlot(const QByteArray &key, const QString &kind, const QString &user, const QByteArray &secret,
                              int iterations)
{
    using namespace doudi::core;
    const QByteArray salt = RandomSource::bytes(16);
    const QByteArray aad = "doudi-keyslot-v1|" + kind.toUtf8() + '|' + user.toUtf8();
    const Result<SecretBytes> kek = Crypto::pbkdf2Sha256(SecretBytes(secret), salt, iterations);
    const Result<Crypto::Sealed> sealed = Crypto::seal(kek->view(), key, aad);
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("iterations"), iterations},
                       {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toBase64())},
                       {QStringLiteral("wrapped"), QString::fromLatin1(sealed->ciphertext.toBase64())}};
}

inline QByteArray legacyKeyFile(const QByteArray &key, const QString &user, const QString &password, const QString &recoveryCode,
                                int iterations, const QString &cipher = QStringLiteral("aes-256-cbc"),
                                const QString &profileId = {})
{
    using namespace doudi::core;
    const QJsonArray slots{
        legacySlot(key, QStringLiteral("password"), user, password.toUtf8(), iterations),
        legacySlot(key, QStringLiteral("recovery"), {}, RecoveryCode::normalize(recoveryCode).toLatin1(), iterations)};
    const QJsonObject o{{QStringLiteral("format"), 1},          {QStringLiteral("cipher"), cipher},
                        {QStringLiteral("profile"), profileId}, {QStringLiteral("iterations"), iterations},
                        {QStringLiteral("failures"), 0},        {QStringLiteral("last_failure_ms"), 0.0},
                        {QStringLiteral("slots"), slots}};
    return QJsonDocument(o).toJson();
}

} // namespace doudi::test
