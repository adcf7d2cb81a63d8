#include "security/crypto.h"

#include "common/randomsource.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <memory>

namespace doudi::core {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error cryptoError()
{
    return Error(ErrorCode::Crypto, Crypto::tr("The encryption library reported an error."));
}
} // namespace

QByteArray Crypto::sha256(const QByteArray &data)
{
    // Fetched once: SHA256() looks the algorithm up in OpenSSL 3's provider tables on every
    // call, which cost more than hashing a record (each saved record is hashed twice).
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), nullptr,
                          md, nullptr)
                   != 1) {
        SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
               reinterpret_cast<unsigned char *>(out.data()));
    }
    return out;
}

Result<QByteArray> Crypto::pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations)
{
    QByteArray out(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), kKeyBytes, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return cryptoError();
    return out;
}

Result<Crypto::Sealed> Crypto::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != kKeyBytes)
        return cryptoError();
    Sealed s;
    s.nonce = RandomSource::bytes(kNonceBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(s.nonce.constData()))
               != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
               != 1
        || EVP_EncryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                             int(plaintext.size()))
               != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + plaintext.size()) != 1)
        return cryptoError();
    s.ciphertext = out;
    return s;
}

Result<QByteArray> Crypto::open(const QByteArray &key, const Sealed &s, const QByteArray &aad)
{
    if (key.size() != kKeyBytes || s.nonce.size() != kNonceBytes || s.ciphertext.size() < kTagBytes)
        return Error(ErrorCode::Corrupt, tr("The wrapped key is damaged."));
    const int bodyLen = int(s.ciphertext.size()) - kTagBytes;
    QByteArray out(bodyLen, Qt::Uninitialized);
    QByteArray tag = s.ciphertext.right(kTagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(s.nonce.constData()))
               != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
               != 1
        || EVP_DecryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(s.ciphertext.constData()),
                             bodyLen)
               != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return cryptoError();
    if (EVP_DecryptFinal_ex(ctx.get(), o + len, &len) != 1)
        return Error(ErrorCode::WrongCredentials, tr("The password or code is not correct."));
    return out;
}

} // namespace doudi::core
