// One direction of a forwarded connection, between reading and writing: chunks wait for their
// delay in arrival order, leave no faster than the bandwidth allows, and stop at a cut offset.
// No sockets and no clock here: the caller passes the time (ms), so the rules stand alone.
#pragma once

#include <QByteArray>

#include <deque>

namespace faultproxy {

class Flow
{
public:
    void setBandwidth(qint64 bytesPerSecond) { m_bandwidth = bytesPerSecond; }
    // No byte past `offset` (counted from the first byte of the direction) leaves; -1: none.
    void setCut(qint64 offset) { m_cut = offset; }

    // A chunk read at some time, to leave at `dueMs` but never before the chunk read before it.
    void push(const QByteArray &chunk, double dueMs);
    // What may leave at `nowMs`, up to the cut; empty if nothing may.
    QByteArray take(double nowMs);
    // When take() may next give bytes or atCut() become true; -1 when neither can happen
    // without a push.
    double nextEventMs() const;
    // The cut is reached: `offset` bytes have left and a byte past it is due.
    bool atCut(double nowMs) const;

    qint64 queued() const { return m_queued; }
    qint64 released() const { return m_released; }
    void clear();

private:
    struct Chunk
    {
        QByteArray data;
        qint64 pos = 0; // bytes of data already taken
        double dueMs = 0;
    };
    std::deque<Chunk> m_chunks;
    qint64 m_queued = 0;
    qint64 m_released = 0;
    qint64 m_bandwidth = 0;
    qint64 m_cut = -1;
    double m_lastDueMs = 0;
    double m_nextSendMs = 0; // with a bandwidth: when the next slice may leave
};

} // namespace faultproxy
