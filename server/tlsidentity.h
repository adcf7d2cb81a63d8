#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

namespace doudi::server {

// The server's TLS identity: a self-signed certificate made at init. Laptops do not trust a
// certificate authority for it; they pin the certificate's SHA-256 fingerprint, which every
// enrolment code carries (a county may still put nginx with its own certificate in front).
class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
public:
    // A P-256 key and a certificate for commonName, valid for ten years, with localhost and
    // 127.0.0.1 among its names. Both files are written 0600.
    static core::Status create(const QString &certificateFile, const QString &keyFile, const QString &commonName);
    static core::Result<TlsIdentity> load(const QString &certificateFile, const QString &keyFile);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    // SHA-256 of the certificate (DER), 64 lower-case hex digits.
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace doudi::server
