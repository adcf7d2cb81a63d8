#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>

namespace doudi::server {

struct Caller;
class ServerStore;

// A new laptop's first sync (docs/sync-protocol.md §9): the pull pages of the caller's areas
// from the start, as frames (protocol::snapshot), made once and kept in the county's database
// so that every new laptop of a township downloads the same bytes, by range, without the
// county reading its records again for each. A snapshot is handed only to a caller with
// exactly the areas it was made for.
class Snapshots
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)
public:
    // A snapshot younger than this is handed out again rather than made anew: the laptop pulls
    // what changed since its cursor anyway.
    static constexpr int kReuseMinutes = 60;
    // Older ones go: long enough for a download on a slow link cut many times.
    static constexpr int kKeepHours = 24;

    Snapshots(ServerStore &store, const Caller &caller) : m_store(store), m_caller(caller) {}

    // The caller's snapshot, made when there is none recent enough.
    core::Result<core::protocol::SnapshotInfo> current();
    // At most this much in one answer (the laptop asks for 64 KB).
    static constexpr qint64 kMaxRangeBytes = 1024 * 1024;

    // Bytes from..to (inclusive, at most kMaxRangeBytes) of the caller's snapshot id; *size
    // says its whole size.
    core::Result<QByteArray> read(const QString &id, qint64 from, qint64 to, qint64 *size);

private:
    core::Result<core::protocol::SnapshotInfo> make();
    QString scopeKey() const;

    ServerStore &m_store;
    const Caller &m_caller;
};

} // namespace doudi::server
