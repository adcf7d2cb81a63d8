#include "sync/snapshotfetch.h"

#include "storage/database.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

namespace doudi::core {

namespace {

// "ID RECEIVED SIZE" while under way, "done" after; the bytes not written yet as base64 in
// kPending (at most a frame: a page of 5 000 changes, some tens of KB).
const QString kKey = QStringLiteral("snapshot");
const QString kPending = QStringLiteral("snapshot_pending");
const QString kDone = QStringLiteral("done");

Error unreadable()
{
    return Error(ErrorCode::Storage, SnapshotFetch::tr("The sync settings of this profile cannot be read."));
}

} // namespace

Result<bool> SnapshotFetch::wanted(Database &db)
{
    SyncState state(db);
    Result<QString> under = state.value(kKey);
    Result<QString> cursor = state.value(QStringLiteral("cursor"));
    if (!under || !cursor)
        return unreadable();
    if (*under == kDone)
        return false;
    return !under->isEmpty() || cursor->toLongLong() == 0;
}

Status SnapshotFetch::keep(qint64 received, const QByteArray &pending)
{
    SyncState state(m_db);
    if (Status st =
            state.setValue(kKey, received >= m_size ? kDone : QStringLiteral("%1 %2 %3").arg(m_id).arg(received).arg(m_size));
        !st)
        return st;
    return state.setValue(kPending, QString::fromLatin1(pending.toBase64()));
}

Status SnapshotFetch::giveUp()
{
    // The ordinary pull, in the same round, brings the same records from where the pages
    // written left the cursor (from the start when none was): nothing is lost but the bytes.
    SyncState state(m_db);
    Result<QString> cursor = state.value(QStringLiteral("cursor"));
    if (!cursor)
        return cursor.error();
    return m_db.transaction([&]() -> Status {
        if (Status st = state.setValue(kKey, cursor->toLongLong() > 0 ? kDone : QString()); !st)
            return st;
        return state.setValue(kPending, QString());
    });
}

SyncTransport::Headers SnapshotFetch::rangeHeaders(qint64 from) const
{
    SyncTransport::Headers headers = m_headers;
    headers.append({QByteArrayLiteral("Range"),
                    QStringLiteral("bytes=%1-%2").arg(from).arg(qMin(m_size, from + kRangeBytes) - 1).toLatin1()});
    return headers;
}

Status SnapshotFetch::run(const WritePage &write, SyncReport &report)
{
    SyncState state(m_db);
    Result<QString> under = state.value(kKey);
    Result<QString> kept = state.value(kPending);
    if (!under || !kept)
        return unreadable();
    qint64 received = 0;
    QByteArray pending;
    if (const QStringList parts = under->split(u' '); parts.size() == 3) {
        m_id = parts.at(0);
        received = parts.at(1).toLongLong();
        m_size = parts.at(2).toLongLong();
        pending = QByteArray::fromBase64(kept->toLatin1());
    } else {
        Result<SyncTransport::Reply> reply = m_transport.request(QStringLiteral("/v1/snapshot"), {}, m_headers);
        if (!reply)
            return reply.error();
        if (reply->status == 404) // a county that makes no snapshots: the ordinary pull from the start
            return m_db.transaction([&] { return state.setValue(kKey, kDone); });
        if (reply->status != 200)
            return SyncEngine::replyError(*reply);
        Result<protocol::SnapshotInfo> info = protocol::SnapshotInfo::fromJson(reply->body);
        if (!info)
            return info.error();
        m_id = info->id;
        m_size = info->size;
        if (Status st = m_db.transaction([&] { return keep(0, {}); }); !st)
            return st;
    }
    const QString path = QStringLiteral("/v1/snapshot/") + m_id;
    while (received < m_size) {
        Result<SyncTransport::Reply> reply = m_transport.request(path, {}, rangeHeaders(received));
        if (!reply)
            return reply.error();
        if (reply->status == 404) // gone from the county (kept a day)
            return giveUp();
        if (reply->status != 206)
            return SyncEngine::replyError(*reply);
        if (reply->body.isEmpty() || received + reply->body.size() > m_size)
            return giveUp();
        received += reply->body.size();
        if (received < m_size) // the next range comes down while this one is written
            m_transport.prefetch(path, rangeHeaders(received));
        pending += reply->body;
        report.snapshotBytes += reply->body.size();
        if (m_progress)
            m_progress(received, m_size);
        bool wrote = false;
        for (;;) {
            Result<std::optional<protocol::snapshot::Frame>> frame = protocol::snapshot::read(pending, 0);
            if (!frame)
                return giveUp();
            if (!*frame)
                break;
            pending.remove(0, (*frame)->end);
            if (Status st = write((*frame)->page, [&] { return keep(received, pending); }); !st)
                return st;
            ++report.snapshotPages;
            wrote = true;
        }
        if (received >= m_size && !pending.isEmpty())
            return giveUp();
        if (!wrote) {
            if (Status st = m_db.transaction([&] { return keep(received, pending); }); !st)
                return st;
        }
    }
    return {};
}

} // namespace doudi::core
