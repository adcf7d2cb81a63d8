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

QString Hlc::tick()
{
    const qint64 wall = Clock::nowMsecs();
    if (wall > m_msecs) {
        m_msecs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return last();
}

void Hlc::observe(const QString &remote)
{
    Parts p;
    if (!parse(remote, &p))
        return;
    const qint64 wall = Clock::nowMsecs();
    const qint64 top = std::max({wall, m_msecs, p.msecs});
    if (top == m_msecs && top == p.msecs)
        m_counter = std::max(m_counter, p.counter) + 1;
    else if (top == m_msecs)
        ++m_counter;
    else if (top == p.msecs)
        m_counter = p.counter + 1;
    else
        m_counter = 0;
    m_msecs = top;
}

QString Hlc::last() const
{
    return format(m_msecs, m_counter, m_node);
}

bool Hlc::parse(const QString &text, Parts *out)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 3 || parts[0].size() != 15 || parts[1].size() != 5)
        return false;
    bool okMs = false, okCounter = false;
    out->msecs = parts[0].toLongLong(&okMs);
    out->counter = parts[1].toInt(&okCounter);
    out->node = parts[2];
    return okMs && okCounter;
}

QString Hlc::format(qint64 msecs, int counter, const QString &node)
{
    return QStringLiteral("%1.%2.%3")
        .arg(msecs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(node);
}

} // namespace doudi::core
