#pragma once

#include <QString>

namespace doudi::core {

// Hybrid logical clock (DESIGN §6): orders this device's events even when its wall clock
// jumps back. A timestamp is text that sorts in time order: 15-digit milliseconds, a 10-digit
// counter, and the node id, e.g. "001732712345678.0000000000.3f2a9c1e". The counter grows for
// as long as the wall clock stays behind the last timestamp (a clock set back a month, then
// a day's import), so it has room for that; timestamps written with the first, 5-digit
// counter still parse.
class Hlc
{
public:
    explicit Hlc(QString node = {});

    // The node id (a short device id) stamped into every timestamp.
    void setNode(const QString &node) { m_node = node; }
    // Continue after the last timestamp this device issued (kept in the database).
    void restore(const QString &last);

    QString tick(); // a new timestamp for a local event
    // Merges a timestamp received from elsewhere. One more than maxAheadMsecs ahead of this
    // device's clock is refused (false, nothing changed): a peer with a wrong clock must not
    // drag every later local timestamp into the future.
    bool observe(const QString &remote, qint64 maxAheadMsecs = kMaxRemoteAheadMsecs);
    QString last() const;

    static constexpr qint64 kMaxRemoteAheadMsecs = qint64(24) * 3600 * 1000;
    static constexpr qint64 kMaxCounter = 9999999999LL;

    struct Parts
    {
        qint64 msecs = 0;
        qint64 counter = 0;
        QString node;
    };
    static bool parse(const QString &text, Parts *out);
    static QString format(qint64 msecs, qint64 counter, const QString &node);

private:
    void advanceCounter(qint64 from);

    qint64 m_msecs = 0;
    qint64 m_counter = 0;
    QString m_node;
};

} // namespace doudi::core
