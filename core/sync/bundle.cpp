#include "sync/bundle.h"

#include "security/crypto.h"
#include "sync/compression.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace doudi::core {

namespace {

const QByteArray kMagic = QByteArrayLiteral("DOUDI-BUNDLE 1\n");

Error notABundle()
{
    return Error(ErrorCode::InvalidInput, Bundle::tr("This file is not a Doudi bundle, or it is damaged."));
}

} // namespace

QByteArray Bundle::associatedData(const Envelope &e)
{
    return QStringLiteral("%1|%2|%3|%4").arg(e.kind, e.county, e.deviceId).arg(e.seq).toUtf8();
}

Result<QByteArray> Bundle::write(const Envelope &e, const QByteArray &inner, const QByteArray &recipientPublicPem,
                                 const SecretBytes &signerPrivatePem)
{
    Result<PublicKey::Sealed> sealed = PublicKey::seal(recipientPublicPem, compression::xz(inner), associatedData(e));
    if (!sealed)
        return sealed.error();
    const QJsonObject head{{QStringLiteral("kind"), e.kind},
                           {QStringLiteral("county"), e.county},
                           {QStringLiteral("device_id"), e.deviceId},
                           {QStringLiteral("seq"), double(e.seq)},
                           {QStringLiteral("made_at"), e.madeAt},
                           {QStringLiteral("ephemeral"), QString::fromLatin1(sealed->ephemeralPem)},
                           {QStringLiteral("nonce"), QString::fromLatin1(sealed->box.nonce.toBase64())}};
    const QByteArray envelope = QJsonDocument(head).toJson(QJsonDocument::Compact);
    Result<QByteArray> signature = PublicKey::sign(signerPrivatePem, envelope + '\n' + sealed->box.ciphertext);
    if (!signature)
        return signature.error();
    return kMagic + envelope + '\n' + signature->toBase64() + '\n' + sealed->box.ciphertext;
}

Result<Bundle> Bundle::parse(const QByteArray &file)
{
    if (!file.startsWith(kMagic) || file.size() > kMaxFileBytes)
        return notABundle();
    const qsizetype headEnd = file.indexOf('\n', kMagic.size());
    const qsizetype signatureEnd = headEnd < 0 ? -1 : file.indexOf('\n', headEnd + 1);
    if (headEnd < 0 || headEnd - kMagic.size() > 64 * 1024 || signatureEnd < 0 || signatureEnd - headEnd > 1024)
        return notABundle();
    const QByteArray envelope = file.mid(kMagic.size(), headEnd - kMagic.size());
    QJsonParseError e;
    const QJsonObject head = QJsonDocument::fromJson(envelope, &e).object();
    if (e.error != QJsonParseError::NoError)
        return notABundle();
    Bundle b;
    const QJsonValue seq = head.value(QStringLiteral("seq"));
    b.m_envelope =
        Envelope{head.value(QStringLiteral("kind")).toString(), head.value(QStringLiteral("county")).toString(),
                 head.value(QStringLiteral("device_id")).toString(),
                 seq.isDouble() && seq.toDouble() >= 1 && seq.toDouble() <= double(qint64(1) << 53) ? seq.toInteger() : 0,
                 head.value(QStringLiteral("made_at")).toString()};
    b.m_signature = QByteArray::fromBase64(file.mid(headEnd + 1, signatureEnd - headEnd - 1));
    b.m_sealed.ephemeralPem = head.value(QStringLiteral("ephemeral")).toString().toLatin1();
    b.m_sealed.box.nonce = QByteArray::fromBase64(head.value(QStringLiteral("nonce")).toString().toLatin1());
    b.m_sealed.box.ciphertext = file.mid(signatureEnd + 1);
    const Envelope &v = b.m_envelope;
    if ((v.kind != QLatin1String("request") && v.kind != QLatin1String("answer")) || v.county.isEmpty() || v.deviceId.isEmpty() ||
        v.seq < 1 || b.m_signature.isEmpty() || b.m_sealed.ephemeralPem.isEmpty() ||
        b.m_sealed.box.nonce.size() != Crypto::kNonceBytes || b.m_sealed.box.ciphertext.size() <= Crypto::kTagBytes)
        return notABundle();
    // The envelope as it was written, not as it would be written again: what was signed.
    b.m_signed = envelope + '\n' + b.m_sealed.box.ciphertext;
    return b;
}

QByteArray Bundle::digest() const
{
    return Crypto::sha256(m_signed);
}

Result<QByteArray> Bundle::open(const QByteArray &senderPublicPem, const SecretBytes &recipientPrivatePem) const
{
    if (Status st = PublicKey::verify(senderPublicPem, m_signed, m_signature); !st)
        return st.error();
    Result<SecretBytes> packed = PublicKey::open(recipientPrivatePem, m_sealed, associatedData(m_envelope));
    if (!packed)
        return packed.error();
    return compression::unxz(packed->toByteArray(), kMaxInnerBytes);
}

} // namespace doudi::core
