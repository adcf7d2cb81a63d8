#include "common/randomsource.h"

#include "common/clock.h"

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
    // A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits from the
    // global generator (seeded from the system's source; ids need to be unique, not secret).
    // Ids made one after the other sort together, so the B-trees keyed by them (every record
    // table, the outbox, the audit index) grow at their right edge: an import dirties a few
    // pages per transaction instead of every leaf, which is what makes it scale.
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    const quint64 ms = quint64(Clock::nowMsecs());
    for (int i = 0; i < 6; ++i)
        raw[i] = char((ms >> (8 * (5 - i))) & 0xff);
    raw[6] = char((raw[6] & 0x0f) | 0x70); // version 7
    raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

} // namespace doudi::core
