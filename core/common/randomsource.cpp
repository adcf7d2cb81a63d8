#include "common/randomsource.h"

#include "common/clock.h"

#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

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
    // A version 7 UUID (RFC 9562, ADR 0013): 48 bits of Unix milliseconds, a 12-bit counter
    // within the millisecond (rand_a, RFC 9562 §6.2 method 1), then 62 bits drawn once per
    // process from the system's source (rand_b). Ids need to be unique, not secret: within a
    // process the millisecond and counter never repeat (they only go up, whatever the clock
    // does), and two processes differ in their 62 bits. Ids made one after the other sort
    // together, so the B-trees keyed by them (every record table, the outbox, the audit index)
    // grow at their right edge: an import dirties a few pages per transaction instead of every
    // leaf. And they share all but a few bytes, so a sync message of thousands of them
    // compresses them to a few bytes each, where random ones cost 16 (issue 11).
    static std::mutex lock;
    static const QByteArray tail = bytes(8);
    static quint64 lastMs = 0;
    static quint32 counter = 0;
    quint64 ms = 0;
    quint32 n = 0;
    {
        const std::lock_guard<std::mutex> hold(lock);
        const quint64 now = quint64(qMax<qint64>(Clock::nowMsecs(), 0));
        if (now > lastMs) {
            lastMs = now;
            counter = 0;
        } else if (++counter > 0xfff) { // 4 096 in one millisecond: borrow the next one
            ++lastMs;
            counter = 0;
        }
        ms = lastMs;
        n = counter;
    }
    QByteArray raw(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        raw[i] = char((ms >> (8 * (5 - i))) & 0xff);
    raw[6] = char(0x70 | (n >> 8)); // version 7, then the counter's high 4 bits
    raw[7] = char(n & 0xff);
    for (int i = 8; i < 16; ++i)
        raw[i] = tail.at(i - 8);
    raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

} // namespace doudi::core
