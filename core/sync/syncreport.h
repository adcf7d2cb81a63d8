#pragma once

#include "sync/synctransport.h"

#include <functional>

namespace doudi::core {

// Where a round stands while it runs (SyncEngine::setProgress): the stage, and how far into it
// (total 0: not known beforehand, as a pull's pages).
struct SyncProgress
{
    enum class Stage
    {
        Sending,
        Snapshot,
        Receiving,
        Photos
    };
    Stage stage = Stage::Sending;
    qint64 done = 0;
    qint64 total = 0;
};

// What one round of sync did (SyncEngine::run).
struct SyncReport
{
    int pushed = 0;    // operations the county took
    int conflicts = 0; // operations that became conflicts
    int refused = 0;   // operations refused (kept in sync_refusals with the reason)
    int pulled = 0;    // records written from the county
    int evicted = 0;   // households removed (they left this device's areas)
    int held = 0;      // changes waiting for their parent record
    bool rescanned = false;
    bool diverged = false;      // still different after a rescan: reported, nothing dropped
    bool policyUpdated = false; // the county's new policy came down and is in force
    bool areasUpdated = false;  // the county's new area list came down
    int blobsSent = 0;          // attachments' bytes the county now holds whole
    int blobsWaiting = 0;       // attachments' bytes not sent yet (their record not taken yet)
    int snapshotPages = 0;      // pages of a new laptop's snapshot written
    qint64 snapshotBytes = 0;   // of the snapshot downloaded (compressed)
    bool bundleKeys = false;    // this device and the county hold each other's USB bundle keys
    bool personsMoved = false;  // a person was sent or received: the county's duplicate list may have changed
    SyncTransport::Counters traffic;
};

} // namespace doudi::core
