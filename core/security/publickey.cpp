#include "security/publickey.h"

#include "security/opensslhandles.h"

#include <openssl/kdf.h>
#include <openssl/pem.h>

namespace doudi::core {

namespace {

using namespace doudi::core::openssl;

// What HKDF derives the box key for: a key for one purpose only.
constexpr char kInfo[] = "doudi bundle v1";

Error failed()
{
    return Error(ErrorCode::Crypto, PublicKey::tr("The encryption library reported an error."));
}

Error damaged()
{
    return Error(ErrorCode::Corrupt, PublicKey::tr("The bundle is damaged or was not made for this computer."));
}

Bio memory(QByteArrayView bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

PKey readPrivate(const SecretBytes &pem)
{
    Bio in = memory(pem.view());
    return PKey(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr);
}

PKey readPublic(QByteArrayView pem)
{
    Bio in = memory(pem);
    PKey key(in ? PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr) : nullptr);
    // P-256 only: a key of another kind is no key of a Doudi device or county.
    char curve[32] = {};
    if (key && (!EVP_PKEY_is_a(key.get(), "EC") || EVP_PKEY_get_group_name(key.get(), curve, sizeof curve, nullptr) != 1 ||
                qstrcmp(curve, "prime256v1") != 0))
        key.reset();
    return key;
}

Result<QByteArray> publicPem(EVP_PKEY *key)
{
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PUBKEY(out.get(), key) != 1)
        return failed();
    return bioBytes(out.get());
}

// ECDH of mine with theirs, through HKDF-SHA256 (salt: both public keys) to a 256-bit key.
Result<SecretBytes> agree(EVP_PKEY *mine, EVP_PKEY *theirs, QByteArrayView salt)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new(mine, nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), theirs) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        return failed();
    SecretBytes shared{qsizetype(length)};
    if (EVP_PKEY_derive(ctx.get(), shared.bytes(), &length) != 1)
        return failed();
    SecretBytes key(Crypto::kKeyBytes);
    PKeyCtx kdf(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    size_t keyLength = size_t(key.size());
    if (!kdf || EVP_PKEY_derive_init(kdf.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(kdf.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(kdf.get(), reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size())) !=
            1 ||
        EVP_PKEY_CTX_set1_hkdf_key(kdf.get(), shared.bytes(), int(length)) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(kdf.get(), reinterpret_cast<const unsigned char *>(kInfo), int(sizeof kInfo - 1)) != 1 ||
        EVP_PKEY_derive(kdf.get(), key.bytes(), &keyLength) != 1)
        return failed();
    return key;
}

} // namespace

Result<PublicKey::Pair> PublicKey::generate()
{
    PKey key(EVP_EC_gen("P-256"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!key || !out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed();
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    Pair pair{SecretBytes(QByteArrayView(data, n)), {}};
    SecretBytes::wipe(data, size_t(n));
    Result<QByteArray> pub = publicPem(key.get());
    if (!pub)
        return pub.error();
    pair.publicPem = *pub;
    return pair;
}

bool PublicKey::isPublicKey(const QByteArray &pem)
{
    return readPublic(pem) != nullptr;
}

Result<QByteArray> PublicKey::publicOf(const SecretBytes &privatePem)
{
    PKey key = readPrivate(privatePem);
    if (!key)
        return damaged();
    return publicPem(key.get());
}

Result<QByteArray> PublicKey::publicOfCertificate(const QByteArray &certificatePem)
{
    Bio in = memory(certificatePem);
    Cert cert(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr) : nullptr);
    EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    if (!key)
        return damaged();
    return publicPem(key);
}

Result<QByteArray> PublicKey::sign(const SecretBytes &privatePem, QByteArrayView data)
{
    PKey key = readPrivate(privatePem);
    if (!key)
        return damaged();
    MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1)
        return failed();
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return failed();
    signature.truncate(qsizetype(length));
    return signature;
}

Status PublicKey::verify(const QByteArray &publicPem, QByteArrayView data, const QByteArray &signature)
{
    PKey key = readPublic(publicPem);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return Error(ErrorCode::Corrupt, tr("The bundle's signature does not match its sender: it was changed or forged."));
    return {};
}

Result<PublicKey::Sealed> PublicKey::seal(const QByteArray &recipientPublicPem, QByteArrayView plaintext, QByteArrayView aad)
{
    PKey recipient = readPublic(recipientPublicPem);
    if (!recipient)
        return damaged();
    PKey ephemeral(EVP_EC_gen("P-256"));
    if (!ephemeral)
        return failed();
    Result<QByteArray> ephemeralPem = publicPem(ephemeral.get());
    if (!ephemeralPem)
        return ephemeralPem.error();
    Result<SecretBytes> key = agree(ephemeral.get(), recipient.get(), *ephemeralPem + recipientPublicPem);
    if (!key)
        return key.error();
    Result<Crypto::Sealed> box = Crypto::seal(key->view(), plaintext, aad);
    if (!box)
        return box.error();
    return Sealed{*ephemeralPem, *box};
}

Result<SecretBytes> PublicKey::open(const SecretBytes &privatePem, const Sealed &sealed, QByteArrayView aad)
{
    PKey mine = readPrivate(privatePem);
    PKey ephemeral = readPublic(sealed.ephemeralPem);
    if (!mine || !ephemeral)
        return damaged();
    Result<QByteArray> minePem = publicPem(mine.get());
    if (!minePem)
        return minePem.error();
    Result<SecretBytes> key = agree(mine.get(), ephemeral.get(), sealed.ephemeralPem + *minePem);
    if (!key)
        return key.error();
    Result<SecretBytes> plain = Crypto::open(key->view(), sealed.box, aad);
    if (!plain)
        return damaged();
    return plain;
}

} // namespace doudi::core
