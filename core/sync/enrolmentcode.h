#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// The one-time code with which the county enrols a laptop (docs/sync-protocol.md §2). It
// carries an 80-bit secret (the server keeps only its SHA-256) and the first 128 bits of the
// SHA-256 of the server's certificate, which the laptop pins: whoever types the code talks to
// that server and no other. Crockford base32, 42 characters in groups of six; when typed,
// case, spaces and dashes do not matter, and O/I/L read as 0/1/1.
struct EnrolmentCode
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentCode)
public:
    static constexpr int kSecretBytes = 10;
    static constexpr int kPinBytes = 16;

    QByteArray secret;            // kSecretBytes
    QByteArray fingerprintPrefix; // kPinBytes of the certificate's SHA-256

    // A new code for the server whose certificate has this SHA-256 (64 hex digits).
    static EnrolmentCode generate(const QString &fingerprintHex);
    static Result<EnrolmentCode> parse(const QString &typed);
    QString text() const;
    // SHA-256 of the secret, hex: what the server stores and looks the code up by.
    QString secretHash() const;
    // Whether a certificate with this SHA-256 (hex) is the one the code names.
    bool pins(const QString &fingerprintHex) const;
};

} // namespace doudi::core
