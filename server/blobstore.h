#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace doudi::server {

struct Caller;
class ServerStore;

// Attachments' bytes at the county (docs/sync-protocol.md §8), by their SHA-256: taken in
// chunks that continue from what the county holds, kept once the whole hashes to its name,
// handed out by byte range. A caller touches a blob only when an attachment record in their
// areas names it (pushed first), with the size the caller gives.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)
public:
    struct State
    {
        qint64 size = 0;
        qint64 received = 0;
        bool complete = false;
    };

    BlobStore(ServerStore &store, const Caller &caller) : m_store(store), m_caller(caller) {}

    static bool isHash(const QString &sha256);

    // What the county holds of the blob of that size (received 0 when nothing yet).
    core::Result<State> state(const QString &sha256, qint64 size);
    // Bytes that continue the blob at offset. A chunk at any other offset than what the county
    // holds changes nothing: the answer says where to go on from. A whole that does not hash to
    // its name is dropped (Corrupt), to be sent again from the start.
    core::Result<State> append(const QString &sha256, qint64 size, qint64 offset, const QByteArray &bytes);
    // Bytes from..to (inclusive) of a complete blob; *state says its size.
    core::Result<QByteArray> read(const QString &sha256, qint64 from, qint64 to, State *state);

private:
    // An attachment record in the caller's areas names the blob, with this size (-1: any).
    core::Status recorded(const QString &sha256, qint64 size);
    // The upload of the blob at that size (-1: the complete one); size 0 when there is none.
    core::Result<State> stored(const QString &sha256, qint64 size, bool lock);

    ServerStore &m_store;
    const Caller &m_caller;
};

} // namespace doudi::server
