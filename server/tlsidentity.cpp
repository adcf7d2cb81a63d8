#include "server/tlsidentity.h"

#include "security/opensslhandles.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace doudi::server {

using namespace doudi::core;

namespace {

using namespace doudi::core::openssl;

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Status writePrivate(const QString &file, const QByteArray &bytes)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Storage, TlsIdentity::tr("%1 cannot be written.").arg(file));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(bytes);
    if (!f.commit())
        return Error(ErrorCode::Storage, TlsIdentity::tr("%1 cannot be written.").arg(file));
    return {};
}

} // namespace

Status TlsIdentity::create(const QString &certificateFile, const QString &keyFile, const QString &commonName)
{
    const Error failed(ErrorCode::Storage, tr("The server's TLS certificate could not be made."));
    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert)
        return failed;
    X509_set_version(cert.get(), 2);
    // A random 128-bit serial number, as RFC 5280 allows (positive, at most 20 octets).
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed;
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600); // a laptop's clock may be a day behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1") ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return failed;

    Bio keyPem(BIO_new(BIO_s_mem()));
    Bio certPem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certPem.get(), cert.get()) != 1)
        return failed;
    if (Status st = writePrivate(keyFile, bioBytes(keyPem.get())); !st)
        return st;
    return writePrivate(certificateFile, bioBytes(certPem.get()));
}

Result<TlsIdentity> TlsIdentity::load(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile), keyFileHandle(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The server's TLS certificate or key is missing (%1).").arg(certificateFile));
    TlsIdentity id;
    id.m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    id.m_key = QSslKey(keyFileHandle.readAll(), QSsl::Ec, QSsl::Pem);
    if (id.m_certificate.isNull() || id.m_key.isNull())
        return Error(ErrorCode::Corrupt, tr("The server's TLS certificate or key cannot be read (%1).").arg(certificateFile));
    return id;
}

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace doudi::server
