#include "common/clock.h"

#include <atomic>

namespace doudi::core {

namespace {
std::atomic<qint64> g_fixedMsecs{-1};
}

QDateTime Clock::nowUtc()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed >= 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    // Converting to local time re-reads the time-zone file each time (glibc's tzset), and an
    // import checks every ID number's birth date against today: the local date is kept until
    // the next local midnight, per thread.
    struct Cached
    {
        QDate date;
        qint64 from = 0;
        qint64 until = 0; // msecs since the epoch, UTC
    };
    thread_local Cached cached;
    const QDateTime now = nowUtc();
    const qint64 ms = now.toMSecsSinceEpoch();
    if (!cached.date.isValid() || ms < cached.from || ms >= cached.until) {
        cached.date = now.toLocalTime().date();
        cached.from = ms;
        cached.until = cached.date.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return cached.date;
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
