#pragma once

#include "common/result.h"
#include "security/publickey.h"

#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// A USB bundle (docs/sync-protocol.md §10): the messages of one sync written to a file for a
// village with no network. The laptop's request carries its push and where its pull stands,
// sealed to the county server's key and signed by the device's; the county's answer carries
// the receipts and the pull pages, sealed to the device's key and signed by the county's.
//
//   DOUDI-BUNDLE 1\n
//   {envelope JSON}\n        kind, county, device_id, seq, made_at, ephemeral, nonce
//   signature (base64)\n    ECDSA over the envelope line's bytes, a newline and the ciphertext
//   ciphertext              AES-256-GCM of the xz of the inner JSON
//
// The envelope's kind, county, device and number are also bound to the ciphertext (its
// associated data).
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Bundle)
public:
    // A township's first bundle, tens of thousands of changes, is some MB; a laptop in a
    // village holds a few copies at most while reading one.
    static constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxInnerBytes = 256 * 1024 * 1024;

    struct Envelope
    {
        QString kind; // "request" (laptop → county) or "answer"
        QString county;
        QString deviceId;
        qint64 seq = 0; // the device's bundle number; an answer has its request's
        QString madeAt;
    };

    static Result<QByteArray> write(const Envelope &envelope, const QByteArray &inner, const QByteArray &recipientPublicPem,
                                    const SecretBytes &signerPrivatePem);
    // The envelope, read without any key: who sent it, and so whose key checks it.
    static Result<Bundle> parse(const QByteArray &file);
    // The inner JSON, once the signature is the sender's and it was sealed to this key.
    Result<QByteArray> open(const QByteArray &senderPublicPem, const SecretBytes &recipientPrivatePem) const;

    const Envelope &envelope() const { return m_envelope; }
    // SHA-256 of what was signed: the same for every copy of one bundle (a signature may be
    // written in more than one valid way), different for any other.
    QByteArray digest() const;

private:
    static QByteArray associatedData(const Envelope &e);

    Envelope m_envelope;
    QByteArray m_signed; // the envelope line, a newline, the ciphertext
    QByteArray m_signature;
    PublicKey::Sealed m_sealed;
};

} // namespace doudi::core
