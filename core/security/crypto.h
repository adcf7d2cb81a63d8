#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace doudi::core {

// The few primitives key wrapping needs, from OpenSSL's libcrypto.
class Crypto
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    static QByteArray sha256(const QByteArray &data);
    static Result<QByteArray> pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations);

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext; // includes the 16-byte tag at the end
    };
    // AES-256-GCM with a fresh random nonce; aad is authenticated but not encrypted.
    static Result<Sealed> seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad);
    // Fails with WrongCredentials when the tag does not verify (wrong key or tampering).
    static Result<QByteArray> open(const QByteArray &key, const Sealed &sealed, const QByteArray &aad);
};

} // namespace doudi::core
