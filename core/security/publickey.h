#pragma once

#include "common/result.h"
#include "security/crypto.h"
#include "security/secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace doudi::core {

// Public-key operations for USB bundles (issue 12, docs/sync-protocol.md §10), on NIST P-256,
// the curve of the county server's TLS key: ECDSA signatures over SHA-256, and sealing to a
// recipient's public key (an ephemeral P-256 key, ECDH, HKDF-SHA256, then AES-256-GCM), so
// that only the holder of the private key reads what was sealed. Keys are PEM: a private key
// as PKCS#8 (kept in SecretBytes), a public key as SubjectPublicKeyInfo.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)
public:
    struct Pair
    {
        SecretBytes privatePem;
        QByteArray publicPem;
    };
    struct Sealed
    {
        QByteArray ephemeralPem; // the sender's one-time public key
        Crypto::Sealed box;
    };

    static Result<Pair> generate();
    // Whether pem is a P-256 public key.
    static bool isPublicKey(const QByteArray &pem);
    // The public key of a private key, or of an X.509 certificate (PEM).
    static Result<QByteArray> publicOf(const SecretBytes &privatePem);
    static Result<QByteArray> publicOfCertificate(const QByteArray &certificatePem);

    static Result<QByteArray> sign(const SecretBytes &privatePem, QByteArrayView data);
    // Corrupt when the signature is not the key's over data.
    static Status verify(const QByteArray &publicPem, QByteArrayView data, const QByteArray &signature);

    static Result<Sealed> seal(const QByteArray &recipientPublicPem, QByteArrayView plaintext, QByteArrayView aad);
    // Corrupt when it was not sealed to this key, or was changed since.
    static Result<SecretBytes> open(const SecretBytes &privatePem, const Sealed &sealed, QByteArrayView aad);
};

} // namespace doudi::core
