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

    // The statement that checks a report and records its head unless it finds a problem, as a
    // transaction of its own to send with the pull's page (ServerStore::scriptRows()): one
    // round trip for both (issue 11). Empty when there is no report. header: "SEQ:HASH" or
    // "SEQ:HASH,PREVSEQ:PREVHASH" (an empty header is no report).
    core::Result<QString> statement(const QString &deviceId, const QByteArray &header);
    // Records on the device a problem that the statement's row shows.
    core::Status conclude(const QVariantList &row);

private:
    struct Head
    {
        qint64 seq = -1;
        QString hash; // empty for an entry the laptop no longer has
    };

    ServerStore &m_store;
    QString m_deviceId;
    Head m_head, m_before; // as reported; m_before.seq < 0 when not
};

} // namespace doudi::server
