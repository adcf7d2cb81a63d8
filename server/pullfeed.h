#pragma once

#include "common/result.h"
#include "server/requestauth.h"
#include "sync/protocol.h"

#include <QCoreApplication>

namespace doudi::server {

class ServerStore;

// What a device pulls (DESIGN §6): the records of its user's areas changed after its cursor,
// in change order, a page at a time, with conflicts and evictions; on the last page the count
// and hash of every record in scope, which the device compares with its own.
class PullFeed
{
    Q_DECLARE_TR_FUNCTIONS(PullFeed)
public:
    PullFeed(ServerStore &store, const Caller &caller) : m_store(store), m_caller(caller) {}

    // rescan: the device is checking everything it holds, its own writes included. seen: the
    // highest change number the device has seen (ServerStore::notBehind). alongside: statements
    // (ServerStore::scriptRows()) sent before the page in the same round trip (under a burst of
    // devices every round trip of a pull counts, issue 11), whose rows go to *alongsideRows.
    core::Result<core::protocol::PullResponse> page(qint64 since, int limit, bool rescan = false, qint64 seen = 0,
                                                    const QString &alongside = {}, QList<QVariantList> *alongsideRows = nullptr);
    // Records the areas the device now receives (device_users.scopes); true when they differ
    // from those it pulled with before: a device that pulled before starts again from 0.
    core::Result<bool> noteScopes();
    // The page alone, without the areas' bookkeeping (a snapshot's pages, Snapshots).
    core::Result<core::protocol::PullResponse> changes(qint64 since, int limit, bool rescan, qint64 seen = 0,
                                                       const QString &alongside = {},
                                                       QList<QVariantList> *alongsideRows = nullptr);

private:
    // Whether the caller's areas differ from those this device last pulled with.
    bool scopesMoved() const;
    // The records of the caller's areas changed after since, in change order, at most limit: a
    // subquery, whose values are appended to values. rescan: its own writes too.
    QString scopedChanges(qint64 since, bool rescan, int limit, QVariantList &values) const;

    ServerStore &m_store;
    const Caller &m_caller;
};

} // namespace doudi::server
