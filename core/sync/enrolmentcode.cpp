#include "sync/enrolmentcode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace doudi::core {

namespace {

const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

QString encode(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

int valueOf(QChar c)
{
    const char u = char(c.toUpper().toLatin1());
    if (u == 'O')
        return 0;
    if (u == 'I' || u == 'L')
        return 1;
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == u)
            return i;
    return -1;
}

} // namespace

EnrolmentCode EnrolmentCode::generate(const QString &fingerprintHex)
{
    EnrolmentCode code;
    code.secret.resize(kSecretBytes);
    for (char &b : code.secret)
        b = char(QRandomGenerator::system()->bounded(256));
    code.fingerprintPrefix = QByteArray::fromHex(fingerprintHex.toLatin1()).left(kPinBytes);
    return code;
}

QString EnrolmentCode::text() const
{
    const QString plain = encode(secret + fingerprintPrefix);
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 6)
        groups << plain.mid(i, 6);
    return groups.join(u'-');
}

Result<EnrolmentCode> EnrolmentCode::parse(const QString &typed)
{
    const Error bad(ErrorCode::InvalidInput,
                    tr("This is not an enrolment code: it has 42 letters and digits in groups of six, as the county "
                       "gave it. Check it and type it again."));
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0, count = 0;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return bad;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        ++count;
        if (bits >= 8) {
            bytes.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (count != 42 || bytes.size() != kSecretBytes + kPinBytes)
        return bad;
    return EnrolmentCode{bytes.left(kSecretBytes), bytes.mid(kSecretBytes)};
}

QString EnrolmentCode::secretHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

bool EnrolmentCode::pins(const QString &fingerprintHex) const
{
    return !fingerprintPrefix.isEmpty() && QByteArray::fromHex(fingerprintHex.toLatin1()).left(kPinBytes) == fingerprintPrefix;
}

} // namespace doudi::core
