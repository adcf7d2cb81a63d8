#include "faultplan.h"

namespace faultproxy {

namespace {
// An offset in [0, window); a window may pass 2^32 bytes, which bounded(quint32) cannot.
qint64 offsetIn(QRandomGenerator &random, qint64 window)
{
    return qBound<qint64>(0, qint64(random.bounded(double(window))), window - 1);
}
} // namespace

const char *directionName(Direction d)
{
    return d == Direction::Up ? "up" : "down";
}

Fault FaultPlan::faultFor(quint64 number, bool injecting, QRandomGenerator *delays) const
{
    // seed_seq over (seed, number): the same pair gives the same stream on every platform.
    const quint32 words[3] = {m_settings.seed, quint32(number), quint32(number >> 32)};
    QRandomGenerator random(words, 3);
    // Every draw is made whatever the rates, so changing one rate does not move the offsets
    // the other fault would have had.
    const double resetRoll = random.generateDouble();
    const Direction resetDirection = random.bounded(2) == 0 ? Direction::Up : Direction::Down;
    const qint64 resetOffset = offsetIn(random, m_settings.resetWindow);
    const double truncateRoll = random.generateDouble();
    const qint64 truncateOffset = offsetIn(random, m_settings.truncateWindow);
    if (delays)
        *delays = QRandomGenerator(random.generate());

    const bool limited = m_settings.maxConnections >= 0 && number > quint64(m_settings.maxConnections);
    Fault fault;
    if (!injecting || limited)
        return fault;
    // One fault per connection at most: a reset, when drawn, wins over a truncation.
    if (resetRoll < m_settings.resetRate)
        fault = {Fault::Reset, resetDirection, resetOffset};
    else if (truncateRoll < m_settings.truncateRate)
        fault = {Fault::Truncate, Direction::Down, truncateOffset};
    return fault;
}

int FaultPlan::delayMs(QRandomGenerator &delays) const
{
    if (m_settings.delayMaxMs <= m_settings.delayMinMs)
        return m_settings.delayMinMs;
    return delays.bounded(m_settings.delayMinMs, m_settings.delayMaxMs + 1);
}

} // namespace faultproxy
