#pragma once

#include "common/result.h"
#include "sync/protocol.h"
#include "sync/syncreport.h"
#include "sync/synctransport.h"

#include <QCoreApplication>

#include <functional>

namespace doudi::core {

class Database;

// A new laptop's first sync (docs/sync-protocol.md §9): the county's snapshot of the user's
// areas, downloaded a range at a time, the next range asked for while this one is written.
// What has come is kept in the profile as it comes (each whole frame written as a pull page,
// the bytes of a frame not whole yet kept as they are), so that a cut costs at most the range
// in flight and the next round asks for the bytes after it. Once every frame is written the
// ordinary pull goes on from the snapshot's cursor.
class SnapshotFetch
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFetch)
public:
    static constexpr qint64 kRangeBytes = 64 * 1024;
    // Writes a page and, in the same transaction, runs also (which keeps where the download stands).
    using WritePage = std::function<Status(const protocol::PullResponse &page, const std::function<Status()> &also)>;

    SnapshotFetch(Database &db, SyncTransport &transport, SyncTransport::Headers headers)
        : m_db(db), m_transport(transport), m_headers(std::move(headers))
    {
    }

    // Whether this round starts from a snapshot: a laptop that never pulled, or one whose
    // download is under way.
    static Result<bool> wanted(Database &db);
    // Bytes received of the whole, as they come.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    Status run(const WritePage &write, SyncReport &report);

private:
    // Keeps where the download stands: the bytes received (to `received`), and those of them
    // that do not make a whole frame yet.
    Status keep(qint64 received, const QByteArray &pending);
    SyncTransport::Headers rangeHeaders(qint64 from) const;
    // The snapshot is gone from the county, or came damaged: the ordinary pull goes on.
    Status giveUp();

    Database &m_db;
    SyncTransport &m_transport;
    SyncTransport::Headers m_headers;
    std::function<void(qint64, qint64)> m_progress;
    QString m_id;
    qint64 m_size = 0;
};

} // namespace doudi::core
