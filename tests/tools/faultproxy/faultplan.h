// The seeded decisions of doudi-faultproxy: which connection gets which fault, at which byte,
// and how long each forwarded chunk waits. Every connection draws from a generator of its own,
// seeded with (seed, connection number), so its faults do not depend on how the traffic of the
// other connections interleaved, nor on when injection was switched off and on.
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace faultproxy {

enum class Direction
{
    Up,  // client -> target
    Down // target -> client
};

const char *directionName(Direction d);

struct Settings
{
    double resetRate = 0;
    qint64 resetWindow = 65536;
    double truncateRate = 0;
    qint64 truncateWindow = 65536;
    int delayMinMs = 0;
    int delayMaxMs = 0;
    qint64 bandwidth = 0; // bytes per second and direction of a connection; 0: unlimited
    quint32 seed = 1;
    qint64 maxConnections = -1; // faults only for connections 1..N; -1: every connection
};

// What happens to one connection. A reset aborts both sides once `offset` bytes of
// `direction` have gone through and more follow; a truncation (always Down) forwards `offset`
// bytes to the client, then ends that direction with a clean EOF.
struct Fault
{
    enum Kind
    {
        None,
        Reset,
        Truncate
    };
    Kind kind = None;
    Direction direction = Direction::Up;
    qint64 offset = 0;
};

class FaultPlan
{
public:
    explicit FaultPlan(const Settings &settings) : m_settings(settings) {}

    // Connection `number` (1 for the first accepted) gets its fault and the generator its
    // delays are drawn from. `injecting` false (switched off, or past --max-connections)
    // gives no fault but the same delay draws.
    Fault faultFor(quint64 number, bool injecting, QRandomGenerator *delays) const;

    // A chunk's delay in [min, max] ms.
    int delayMs(QRandomGenerator &delays) const;

private:
    Settings m_settings;
};

} // namespace faultproxy
