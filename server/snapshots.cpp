#include "server/snapshots.h"

#include "server/pullfeed.h"
#include "server/requestauth.h"
#include "server/serverstore.h"

#include <QUuid>

#include <algorithm>
#include <limits>

namespace doudi::server {

using namespace doudi::core;

QString Snapshots::scopeKey() const
{
    QStringList scopes = m_caller.scopes;
    std::sort(scopes.begin(), scopes.end());
    return scopes.join(u',');
}

Result<protocol::SnapshotInfo> Snapshots::current()
{
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT id, size, cursor, pages FROM snapshots WHERE scope_key = ? "
                                    "AND created_at > now() - make_interval(mins => ?) ORDER BY created_at DESC LIMIT 1"),
                     {scopeKey(), kReuseMinutes});
    if (!q)
        return q.error();
    if (q->next())
        return protocol::SnapshotInfo{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                                      q->value(3).toInt()};
    return make();
}

Result<protocol::SnapshotInfo> Snapshots::make()
{
    // Every page of the areas from the start, as a rescan gets them (every device's writes).
    // Each page is one statement: pushes may land between them, and the laptop's pull from the
    // snapshot's cursor brings them, as it brings a page's next.
    PullFeed feed(m_store, m_caller);
    QByteArray data;
    protocol::SnapshotInfo info;
    info.id = QUuid::createUuid().toString(QUuid::Id128);
    for (bool more = true; more;) {
        Result<protocol::PullResponse> page = feed.changes(info.cursor, protocol::kMaxChangesPerPull, true);
        if (!page)
            return page.error();
        more = page->more;
        info.cursor = page->cursor;
        // The check and the county's publications come with the laptop's own last page.
        page->more = true;
        page->checkCount = -1;
        page->checkHash.clear();
        page->county.reset();
        data += protocol::snapshot::frame(*page);
        ++info.pages;
    }
    info.size = data.size();
    // Its commit waits for the disk, and so for the pushes its pages hand out, which committed
    // without waiting (PushMerge).
    Status saved = m_store.transaction([&]() -> Status {
        Result<StoreQuery> old = m_store.exec(
            QStringLiteral("DELETE FROM snapshots WHERE created_at < now() - make_interval(hours => ?)"), {kKeepHours});
        if (!old)
            return old.error();
        Result<StoreQuery> q = m_store.exec(
            QStringLiteral("INSERT INTO snapshots(id, scope_key, cursor, pages, size, data) VALUES (?, ?, ?, ?, ?, ?)"),
            {info.id, scopeKey(), info.cursor, info.pages, info.size, data});
        return q ? Status() : Status(q.error());
    });
    if (!saved)
        return saved.error();
    return info;
}

Result<QByteArray> Snapshots::read(const QString &id, qint64 from, qint64 to, qint64 *size)
{
    // substring() of a bytea counts in int: the range is bounded before it gets there.
    if (from < 0 || from > std::numeric_limits<int>::max() - kMaxRangeBytes || to < from)
        return Error(ErrorCode::InvalidInput, tr("Ask for bytes within the snapshot."));
    const qint64 length = qMin(to - from + 1, kMaxRangeBytes);
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT size, substring(data FROM ?::integer + 1 FOR ?::integer) FROM snapshots "
                                    "WHERE id = ? AND scope_key = ?"),
                     {from, length, id, scopeKey()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("That snapshot is no longer at the county; the laptop asks for a new one."));
    *size = q->value(0).toLongLong();
    if (from >= *size)
        return Error(ErrorCode::InvalidInput, tr("Ask for bytes within the snapshot."));
    return q->value(1).toByteArray();
}

} // namespace doudi::server
