#include "flow.h"

#include <algorithm>

namespace faultproxy {

namespace {
// With a bandwidth, bytes leave in slices of a fiftieth of a second's worth, so a throttled
// stream moves smoothly instead of in one burst a second.
qint64 sliceFor(qint64 bandwidth)
{
    return std::max<qint64>(1, bandwidth / 50);
}
} // namespace

void Flow::push(const QByteArray &chunk, double dueMs)
{
    if (chunk.isEmpty())
        return;
    // A shorter delay drawn for a later chunk must not let it overtake: order is kept per
    // direction, as TCP would.
    m_lastDueMs = std::max(m_lastDueMs, dueMs);
    m_chunks.push_back({chunk, 0, m_lastDueMs});
    m_queued += chunk.size();
}

QByteArray Flow::take(double nowMs)
{
    if (m_chunks.empty() || m_chunks.front().dueMs > nowMs)
        return {};
    if (m_bandwidth > 0 && m_nextSendMs > nowMs)
        return {};
    Chunk &front = m_chunks.front();
    qint64 n = front.data.size() - front.pos;
    if (m_cut >= 0)
        n = std::min(n, m_cut - m_released);
    if (m_bandwidth > 0)
        n = std::min(n, sliceFor(m_bandwidth));
    if (n <= 0)
        return {};
    QByteArray out = front.pos == 0 && n == front.data.size() ? front.data : front.data.mid(front.pos, n);
    front.pos += n;
    if (front.pos == front.data.size())
        m_chunks.pop_front();
    m_queued -= n;
    m_released += n;
    if (m_bandwidth > 0)
        m_nextSendMs = std::max(m_nextSendMs, nowMs) + double(n) * 1000.0 / double(m_bandwidth);
    return out;
}

double Flow::nextEventMs() const
{
    if (m_chunks.empty())
        return -1;
    if (m_cut >= 0 && m_released >= m_cut)
        return m_chunks.front().dueMs;
    return m_bandwidth > 0 ? std::max(m_chunks.front().dueMs, m_nextSendMs) : m_chunks.front().dueMs;
}

bool Flow::atCut(double nowMs) const
{
    return m_cut >= 0 && m_released >= m_cut && !m_chunks.empty() && m_chunks.front().dueMs <= nowMs;
}

void Flow::clear()
{
    m_chunks.clear();
    m_queued = 0;
}

} // namespace faultproxy
