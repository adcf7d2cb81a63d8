#include "security/crypto.h"

#include "common/randomsource.h"

#include <argon2.h>
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
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), nullptr, md,
                          nullptr) != 1) {
        SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
               reinterpret_cast<unsigned char *>(out.data()));
    }
    return out;
}

Result<SecretBytes> Crypto::pbkdf2Sha256(const SecretBytes &secret, const QByteArray &salt, int iterations)
{
    SecretBytes out(kKeyBytes);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), kKeyBytes, out.bytes()) != 1)
        return cryptoError();
    return out;
}

Result<SecretBytes> Crypto::argon2id(const SecretBytes &secret, const QByteArray &salt, int passes, int memoryKiB, int lanes)
{
    SecretBytes out(kKeyBytes);
    // libargon2 wipes its work memory before freeing it (its default clear-memory flag).
    const int rc =
        argon2id_hash_raw(uint32_t(passes), uint32_t(memoryKiB), uint32_t(lanes), secret.constData(), size_t(secret.size()),
                          salt.constData(), size_t(salt.size()), out.data(), size_t(out.size()));
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return Error(ErrorCode::Crypto, tr("Not enough memory to check the password (%1 MiB are needed).").arg(memoryKiB / 1024),
                     QString::fromLatin1(argon2_error_message(rc)));
    if (rc != ARGON2_OK)
        return Error(ErrorCode::Crypto, tr("The encryption library reported an error."),
                     QString::fromLatin1(argon2_error_message(rc)));
    return out;
}

Result<Crypto::Sealed> Crypto::seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad)
{
    if (key.size() != kKeyBytes)
        return cryptoError();
    Sealed s;
    s.nonce = RandomSource::bytes(kNonceBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(s.nonce.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) !=
            1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + plaintext.size()) != 1)
        return cryptoError();
    s.ciphertext = out;
    return s;
}

Result<SecretBytes> Crypto::open(QByteArrayView key, const Sealed &s, QByteArrayView aad)
{
    if (key.size() != kKeyBytes || s.nonce.size() != kNonceBytes || s.ciphertext.size() < kTagBytes)
        return Error(ErrorCode::Corrupt, tr("The wrapped key is damaged."));
    const int bodyLen = int(s.ciphertext.size()) - kTagBytes;
    SecretBytes out(bodyLen);
    QByteArray tag = s.ciphertext.right(kTagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    unsigned char *o = out.bytes();
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(s.nonce.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) !=
            1 ||
        EVP_DecryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(s.ciphertext.constData()), bodyLen) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return cryptoError();
    if (EVP_DecryptFinal_ex(ctx.get(), o + len, &len) != 1)
        return Error(ErrorCode::WrongCredentials, tr("The password or code is not correct."));
    return out;
}

} // namespace doudi::core
