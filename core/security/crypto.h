#pragma once

#include "common/result.h"
#include "security/secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace doudi::core {

// The few primitives key wrapping needs, from OpenSSL's libcrypto (and libargon2, since
// OpenSSL 3.0 has no Argon2). Derived and unwrapped keys come back as SecretBytes.
class Crypto
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    static QByteArray sha256(const QByteArray &data);
    static Result<SecretBytes> pbkdf2Sha256(const SecretBytes &secret, const QByteArray &salt, int iterations);
    // Argon2id (RFC 9106) with passes over memoryKiB KiB in lanes lanes; the caller bounds them.
    static Result<SecretBytes> argon2id(const SecretBytes &secret, const QByteArray &salt, int passes, int memoryKiB, int lanes);

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext; // includes the 16-byte tag at the end
    };
    // AES-256-GCM with a fresh random nonce; aad is authenticated but not encrypted.
    static Result<Sealed> seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad);
    // Fails with WrongCredentials when the tag does not verify (wrong key or tampering).
    static Result<SecretBytes> open(QByteArrayView key, const Sealed &sealed, QByteArrayView aad);
};

} // namespace doudi::core
