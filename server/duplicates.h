#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>

namespace doudi::server {

struct Caller;
class ServerStore;

// One ID number in two households (issue 12, docs/sync-protocol.md §5): found as pushes bring
// persons, kept as pairs, and listed while they are still so, for the county (`duplicates
// list`) and for the laptops of either household's areas (GET /v1/duplicates).
class Duplicates
{
    Q_DECLARE_TR_FUNCTIONS(Duplicates)
public:
    explicit Duplicates(ServerStore &store) : m_store(store) {}

    // After a push: the persons among ops whose ID number another household has too.
    core::Status find(const QList<core::protocol::Op> &ops);
    // The pairs still so; caller null: the whole county's.
    core::Result<QList<core::protocol::Duplicate>> list(const Caller *caller);

private:
    ServerStore &m_store;
};

} // namespace doudi::server
