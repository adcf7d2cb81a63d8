#include "sync/blobtransfer.h"

#include "common/clock.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace doudi::core {

namespace {

QString blobPath(const QString &sha256)
{
    return QStringLiteral("/v1/blobs/") + sha256;
}

} // namespace

Result<QJsonObject> BlobTransfer::state(const QString &sha256, qint64 size, const QByteArray &chunk, qint64 offset)
{
    SyncTransport::Headers headers = m_headers;
    QString path = blobPath(sha256) + QStringLiteral("?size=") + QString::number(size);
    if (!chunk.isEmpty()) {
        path += QStringLiteral("&offset=") + QString::number(offset);
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
    }
    Result<SyncTransport::Reply> reply = m_transport.request(path, chunk, headers);
    if (!reply)
        return reply.error();
    const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
    if (reply->status != 200) {
        // The county found the whole damaged and dropped it: it is sent again from the start.
        if (body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QLatin1String("corrupt"))
            return Error(ErrorCode::Corrupt, SyncEngine::replyError(*reply).message());
        return SyncEngine::replyError(*reply);
    }
    return body;
}

Status BlobTransfer::send(const QString &sha256, qint64 size, bool begun)
{
    // A first upload starts at 0 without asking; one that began before asks where to go on from
    // (a round trip less per photo; on a rural link 300 ms).
    Result<QJsonObject> at =
        begun ? state(sha256, size) : QJsonObject{{QStringLiteral("received"), 0}, {QStringLiteral("complete"), false}};
    if (!begun) {
        if (Status st = note(sha256, false); !st)
            return st;
    }
    bool again = false; // sent again from the start once after the county found it damaged
    // Each chunk moves on, or the county says where to go on from: bounded either way.
    for (int steps = int(size / kSlowChunkBytes) + 8; at && !at->value(QStringLiteral("complete")).toBool(); --steps) {
        const qint64 received = qint64(at->value(QStringLiteral("received")).toDouble());
        if (steps == 0 || received < 0 || received >= size)
            return Error(ErrorCode::Busy, tr("The county did not take a photo's bytes; they are sent again at the next sync."));
        Result<Query> q =
            m_db.exec(QStringLiteral("SELECT substr(data, ?, ?) FROM attachments WHERE sha256 = ? AND data IS NOT NULL LIMIT 1"),
                      {received + 1, qMin(m_chunk, size - received), sha256});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, tr("A photo to send is no longer on this laptop."));
        const QByteArray chunk = q->value(0).toByteArray();
        QElapsedTimer took;
        took.start();
        at = state(sha256, size, chunk, received);
        if (took.elapsed() > kSlowChunkMs)
            m_chunk = kSlowChunkBytes;
        if (!at && at.error().code() == ErrorCode::Corrupt && !again) {
            again = true;
            at = QJsonObject{{QStringLiteral("received"), 0}, {QStringLiteral("complete"), false}};
        }
    }
    if (!at)
        return at.error();
    return note(sha256, true);
}

Status BlobTransfer::note(const QString &sha256, bool complete)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO county_blobs(sha256, complete, noted_at) VALUES (?, ?, ?)"),
                  {sha256, complete ? 1 : 0, Clock::nowUtc().toString(Qt::ISODate)});
    return q ? Status() : Status(q.error());
}

Status BlobTransfer::sendAll(SyncReport &report)
{
    // Records before their blobs: the county takes the bytes of an attachment whose record it
    // has (in the sender's areas), so an attachment still in the outbox waits.
    Result<Query> q = m_db.execOnce(
        QStringLiteral("SELECT a.sha256, a.size, EXISTS (SELECT 1 FROM outbox o WHERE o.record_type = 'attachment' AND "
                       "o.record_id = a.id), EXISTS (SELECT 1 FROM county_blobs s WHERE s.sha256 = a.sha256) "
                       "FROM attachments a WHERE a.data IS NOT NULL AND NOT EXISTS "
                       "(SELECT 1 FROM county_blobs s WHERE s.sha256 = a.sha256 AND s.complete = 1) ORDER BY a.created_hlc"));
    if (!q)
        return q.error();
    struct Ready
    {
        QString sha256;
        qint64 size;
        bool begun;
    };
    QList<Ready> ready;
    QSet<QString> readyHashes, recordWaiting; // the latter: some attachment of the hash still in the outbox
    while (q->next()) {
        const QString sha256 = q->value(0).toString();
        if (q->value(2).toBool())
            recordWaiting.insert(sha256);
        else if (!readyHashes.contains(sha256)) {
            readyHashes.insert(sha256);
            ready.append({sha256, q->value(1).toLongLong(), q->value(3).toBool()});
        }
    }
    report.blobsWaiting += int(recordWaiting.subtract(readyHashes).size());
    for (const Ready &r : std::as_const(ready)) {
        if (m_progress)
            m_progress(report.blobsSent, ready.size());
        Status st = send(r.sha256, r.size, r.begun);
        if (!st && st.error().code() == ErrorCode::NotFound) {
            ++report.blobsWaiting; // its record was refused or is not in this user's areas
            continue;
        }
        if (!st)
            return st;
        ++report.blobsSent;
    }
    return {};
}

Result<QByteArray> BlobTransfer::fetch(const QString &attachmentId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT sha256, size, data FROM attachments WHERE id = ?"), {attachmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The attachment is not on this computer."));
    const QString sha256 = q->value(0).toString();
    const qint64 size = q->value(1).toLongLong();
    if (!q->value(2).isNull())
        return q->value(2).toByteArray();
    if (size <= 0 || size > protocol::kMaxBlobBytes)
        return Error(ErrorCode::Corrupt, tr("The attachment's record gives an impossible size."));
    // A range at a time: a cut connection loses one range, and the next goes on from there.
    QByteArray bytes;
    for (int cuts = 0; bytes.size() < size;) {
        SyncTransport::Headers headers = m_headers;
        const qint64 last = qMin(size, bytes.size() + m_chunk) - 1;
        headers.append({QByteArrayLiteral("Range"), QStringLiteral("bytes=%1-%2").arg(bytes.size()).arg(last).toLatin1()});
        Result<SyncTransport::Reply> reply = m_transport.request(blobPath(sha256) + QStringLiteral("/data"), {}, headers);
        if (!reply && reply.error().code() == ErrorCode::Busy && ++cuts < 5) // the network cut it
            continue;
        if (!reply)
            return reply.error();
        if (reply->status != 206 || reply->body.isEmpty() || bytes.size() + reply->body.size() > size)
            return reply->status == 206 ? Error(ErrorCode::Corrupt, tr("The county sent a photo's bytes that do not fit it."))
                                        : SyncEngine::replyError(*reply);
        bytes += reply->body;
    }
    if (QString::fromLatin1(Crypto::sha256(bytes).toHex()) != sha256)
        return Error(ErrorCode::Corrupt,
                     tr("The photo came damaged from the county (its fingerprint does not match). Try again."));
    Status stored = m_db.transaction([&]() -> Status {
        Result<Query> kept =
            m_db.exec(QStringLiteral("UPDATE attachments SET data = ? WHERE sha256 = ? AND data IS NULL"), {bytes, sha256});
        return kept ? note(sha256, true) : Status(kept.error());
    });
    if (!stored)
        return stored.error();
    return bytes;
}

} // namespace doudi::core
