#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace doudi::server {

class ServerStore;

// Each laptop's audit hash chain (DESIGN §5), watched from the county: with every pull the
// laptop reports its chain's head and, for the head it reported the time before, that entry's
// hash as its chain holds it now (the X-Doudi-Audit header, docs/sync-protocol.md §5). A chain
// that went back (a restored backup, entries removed) or an entry that changed since it was
// reported is recorded on the device for the county to see (device list). Sync goes on: the
// records are still the county's to have, and a person looks into the laptop.
class AuditHeads
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeads)
public:
    explicit AuditHeads(ServerStore &store) : m_store(store) {}

    // header: "SEQ:HASH" or "SEQ:HASH,PREVSEQ:PREVHASH" (an empty header is no report).
    core::Status check(const QString &deviceId, const QByteArray &header);

private:
    ServerStore &m_store;
};

} // namespace doudi::server
