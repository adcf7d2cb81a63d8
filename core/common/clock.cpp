#include "common/clock.h"

#include <atomic>

namespace doudi::core {

namespace {
std::atomic<qint64> g_fixedMsecs{-1};
}

QDateTime Clock::nowUtc()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed >= 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC)
                      : QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime &t)
{
    g_fixedMsecs.store(t.isValid() ? t.toMSecsSinceEpoch() : -1);
}

void Clock::advanceMsecs(qint64 ms)
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0)
        g_fixedMsecs.store(fixed + ms);
}

} // namespace doudi::core
