#include "common/hlc.h"

#include "common/clock.h"

#include <QStringList>

#include <algorithm>

namespace doudi::core {

Hlc::Hlc(QString node) : m_node(std::move(node)) {}

void Hlc::restore(const QString &last)
{
    Parts p;
    if (parse(last, &p) && (p.msecs > m_msecs || (p.msecs == m_msecs && p.counter > m_counter))) {
        m_msecs = p.msecs;
        m_counter = p.counter;
    }
}

void Hlc::advanceCounter(qint64 from)
{
    // Past the counter's room (ten billion events in one millisecond of logical time) the
    // millisecond moves on instead: still ordered, a little ahead of the wall clock.
    if (from >= kMaxCounter) {
        ++m_msecs;
        m_counter = 0;
    } else {
        m_counter = from + 1;
    }
}

QString Hlc::tick()
{
    const qint64 wall = Clock::nowMsecs();
    if (wall > m_msecs) {
        m_msecs = wall;
        m_counter = 0;
    } else {
        advanceCounter(m_counter);
    }
    return last();
}

bool Hlc::observe(const QString &remote, qint64 maxAheadMsecs)
{
    Parts p;
    if (!parse(remote, &p))
        return false;
    const qint64 wall = Clock::nowMsecs();
    if (p.msecs > std::max(wall, m_msecs) + maxAheadMsecs)
        return false;
    const qint64 top = std::max({wall, m_msecs, p.msecs});
    if (top == m_msecs && top == p.msecs) {
        advanceCounter(std::max(m_counter, p.counter));
    } else if (top == m_msecs) {
        advanceCounter(m_counter);
    } else if (top == p.msecs) {
        m_msecs = top;
        advanceCounter(p.counter);
    } else {
        m_msecs = top;
        m_counter = 0;
    }
    return true;
}

QString Hlc::last() const
{
    return format(m_msecs, m_counter, m_node);
}

bool Hlc::parse(const QString &text, Parts *out)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 3 || parts[0].size() != 15 || (parts[1].size() != 10 && parts[1].size() != 5))
        return false;
    bool okMs = false, okCounter = false;
    out->msecs = parts[0].toLongLong(&okMs);
    out->counter = parts[1].toLongLong(&okCounter);
    out->node = parts[2];
    return okMs && okCounter;
}

QString Hlc::format(qint64 msecs, qint64 counter, const QString &node)
{
    return QStringLiteral("%1.%2.%3").arg(msecs, 15, 10, QLatin1Char('0')).arg(counter, 10, 10, QLatin1Char('0')).arg(node);
}

} // namespace doudi::core
