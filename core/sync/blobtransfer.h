#pragma once

#include "common/result.h"
#include "sync/syncreport.h"
#include "sync/synctransport.h"

#include <QCoreApplication>

#include <functional>

namespace doudi::core {

class Database;

// Attachments' bytes to and from the county (docs/sync-protocol.md §8), apart from their
// records and by their SHA-256: sent in chunks that go on from what the county holds (after
// a cut, at the next sync), fetched by byte range when an attachment is first opened.
class BlobTransfer
{
    Q_DECLARE_TR_FUNCTIONS(BlobTransfer)
public:
    static constexpr qint64 kChunkBytes = 256 * 1024;
    static constexpr qint64 kSlowChunkBytes = 64 * 1024;
    // A chunk slower than this and the rest go in the small size: below 32 KB/s a reset loses
    // much of a large chunk. A 1 Mbit/s rural link moves 256 KB in about 2.5 s, and a reset or
    // a new connection adds a second or two, so a link that is merely slow keeps 256 KB.
    static constexpr qint64 kSlowChunkMs = 8000;

    BlobTransfer(Database &db, SyncTransport &transport, SyncTransport::Headers headers)
        : m_db(db), m_transport(transport), m_headers(std::move(headers))
    {
    }

    // Sends the bytes of every attachment whose record the county has taken and whose bytes it
    // has not confirmed whole.
    Status sendAll(SyncReport &report);
    // Photos sent of those to send, as they go.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    // The bytes of an attachment that came from the county without them, checked against its
    // hash and kept.
    Result<QByteArray> fetch(const QString &attachmentId);

private:
    // begun: an upload of it began before (the county may hold a part).
    Status send(const QString &sha256, qint64 size, bool begun);
    // What this laptop knows of the county's copy: an upload began, or the county holds it whole.
    Status note(const QString &sha256, bool complete);
    // GET (no chunk) or POST of a chunk at offset: the county's answer, where it stands.
    Result<QJsonObject> state(const QString &sha256, qint64 size, const QByteArray &chunk = {}, qint64 offset = -1);

    Database &m_db;
    SyncTransport &m_transport;
    SyncTransport::Headers m_headers;
    qint64 m_chunk = kChunkBytes;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace doudi::core
