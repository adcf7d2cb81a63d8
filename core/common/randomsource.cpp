#include "common/randomsource.h"

#include <QRandomGenerator>
#include <QUuid>

namespace doudi::core {

QByteArray RandomSource::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), count / 4);
    for (int i = count - count % 4; i < count; ++i)
        out[i] = char(QRandomGenerator::system()->generate() & 0xff);
    return out;
}

QString RandomSource::uuidString()
{
    // A version 4 UUID from the global generator (seeded from the system's source): ids need
    // to be unique, not secret, and the system source costs a CPU instruction per word that
    // an import of 50 000 households (half a million ids) feels.
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    raw[6] = char((raw[6] & 0x0f) | 0x40); // version 4
    raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

} // namespace doudi::core
