#pragma once

#include <QDateTime>

namespace doudi::core {

// The one place that reads the wall clock, so tests can set the time.
class Clock
{
public:
    static QDateTime nowUtc();
    static qint64 nowMsecs() { return nowUtc().toMSecsSinceEpoch(); }
    static QDate today();

    // Tests only: freeze the clock at t (an invalid QDateTime restores the real clock).
    static void setFixed(const QDateTime &t);
    static void advanceMsecs(qint64 ms);
};

} // namespace doudi::core
