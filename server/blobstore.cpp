#include "server/blobstore.h"

#include "server/requestauth.h"
#include "server/serverstore.h"
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace doudi::server {

using namespace doudi::core;

bool BlobStore::isHash(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

Status BlobStore::recorded(const QString &sha256, qint64 size)
{
    // Not found rather than refused: a caller learns nothing of blobs outside their areas.
    const Error unknown(ErrorCode::NotFound, tr("The county has no photo or scan with this fingerprint in your areas. Its "
                                                "record is sent first; sync again."));
    if (!isHash(sha256))
        return unknown;
    // size < 0: any size. Compared as JSON, so a record whose size is no number matches none.
    QVariantList values{sha256};
    QString sizeTerm;
    if (size >= 0) {
        if (size == 0 || size > protocol::kMaxBlobBytes)
            return Error(ErrorCode::InvalidInput, tr("The photo's record gives a size the county does not take."));
        sizeTerm = QStringLiteral(" AND fields->'size' = ?::jsonb");
        values << QString::number(size);
    }
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT 1 FROM records WHERE record_type = 'attachment' AND fields->>'sha256' = ? "
                                    "%1 AND NOT deleted AND %2 LIMIT 1")
                         .arg(sizeTerm, m_caller.scopeFilter(QStringLiteral("area_code"), values)),
                     values);
    if (!q)
        return q.error();
    return q->next() ? Status() : Status(unknown);
}

Result<BlobStore::State> BlobStore::stored(const QString &sha256, qint64 size, bool lock)
{
    // size < 0: the complete one, whatever its size (only one size can hash to the name).
    const QString which = size < 0 ? QStringLiteral("complete") : QStringLiteral("size = ?");
    QVariantList values{sha256};
    if (size >= 0)
        values << size;
    Result<StoreQuery> q = m_store.exec(QStringLiteral("SELECT size, received, complete FROM blobs WHERE sha256 = ? AND %1%2")
                                            .arg(which, lock ? QStringLiteral(" FOR UPDATE") : QString()),
                                        values);
    if (!q)
        return q.error();
    State s;
    if (q->next()) {
        s.size = q->value(0).toLongLong();
        s.received = q->value(1).toLongLong();
        s.complete = q->value(2).toBool();
    }
    return s;
}

Result<BlobStore::State> BlobStore::state(const QString &sha256, qint64 size)
{
    if (Status known = recorded(sha256, size); !known)
        return known.error();
    Result<State> s = stored(sha256, size, false);
    if (s && s->size == 0)
        s->size = size;
    return s;
}

Result<BlobStore::State> BlobStore::append(const QString &sha256, qint64 size, qint64 offset, const QByteArray &bytes)
{
    if (Status known = recorded(sha256, size); !known)
        return known.error();
    if (bytes.isEmpty() || bytes.size() > protocol::kMaxChunkBytes)
        return Error(ErrorCode::InvalidInput,
                     tr("A piece of a photo must hold 1 byte to %1 KB.").arg(protocol::kMaxChunkBytes / 1024));
    State out;
    bool damaged = false;
    Status st = m_store.transaction([&]() -> Status {
        // Two devices may send the same photo: the row's lock makes them take turns.
        if (Result<StoreQuery> q = m_store.exec(
                QStringLiteral("INSERT INTO blobs(sha256, size) VALUES (?, ?) ON CONFLICT DO NOTHING"), {sha256, size});
            !q)
            return q.error();
        Result<State> s = stored(sha256, size, true);
        if (!s)
            return s.error();
        out = *s;
        if (out.complete || offset != out.received)
            return {}; // nothing to add here: the answer says where to go on from
        if (offset + bytes.size() > out.size)
            return Error(ErrorCode::InvalidInput, tr("A piece of a photo goes past its size."));
        if (Result<StoreQuery> q =
                m_store.exec(QStringLiteral("INSERT INTO blob_chunks(sha256, size, offset_bytes, data) VALUES (?, ?, ?, ?)"),
                             {sha256, size, offset, bytes});
            !q)
            return q.error();
        out.received += bytes.size();
        if (out.received == out.size) {
            QCryptographicHash whole(QCryptographicHash::Sha256);
            Result<StoreQuery> chunks =
                m_store.exec(QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND size = ? ORDER BY offset_bytes"),
                             {sha256, size});
            if (!chunks)
                return chunks.error();
            while (chunks->next())
                whole.addData(chunks->value(0).toByteArray());
            damaged = QString::fromLatin1(whole.result().toHex()) != sha256;
            out.complete = !damaged;
        }
        const QString sql = damaged ? QStringLiteral("DELETE FROM blobs WHERE sha256 = ? AND size = ?")
                                    : QStringLiteral("UPDATE blobs SET received = ?, complete = ? WHERE sha256 = ? AND size = ?");
        Result<StoreQuery> q =
            m_store.exec(sql, damaged ? QVariantList{sha256, size} : QVariantList{out.received, out.complete, sha256, size});
        return q ? Status() : Status(q.error());
    });
    if (!st)
        return st.error();
    if (damaged)
        return Error(ErrorCode::Corrupt, tr("The photo arrived damaged (its fingerprint does not match): it is sent again from "
                                            "the start at the next sync."));
    return out;
}

Result<QByteArray> BlobStore::read(const QString &sha256, qint64 from, qint64 to, State *state)
{
    if (Status known = recorded(sha256, -1); !known)
        return known.error();
    Result<State> s = stored(sha256, -1, false);
    if (!s)
        return s.error();
    *state = *s;
    if (!s->complete)
        return Error(ErrorCode::NotFound,
                     tr("The county does not have this photo yet: the laptop that took it has not sent it."));
    to = qMin(to, s->size - 1);
    if (from < 0 || from > to)
        return Error(ErrorCode::InvalidInput, tr("The part of the photo asked for is not in it."));
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT offset_bytes, data FROM blob_chunks WHERE sha256 = ? AND size = ? "
                                    "AND offset_bytes <= ? AND offset_bytes + length(data) > ? ORDER BY offset_bytes"),
                     {sha256, s->size, to, from});
    if (!q)
        return q.error();
    QByteArray out;
    while (q->next()) {
        const qint64 at = q->value(0).toLongLong();
        const QByteArray chunk = q->value(1).toByteArray();
        const qint64 begin = qMax(from, at), end = qMin(to + 1, at + chunk.size());
        out += chunk.mid(begin - at, end - begin);
    }
    return out;
}

} // namespace doudi::server
