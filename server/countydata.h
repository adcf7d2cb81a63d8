#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>

#include <optional>

namespace doudi::server {

class ServerStore;

// What the county publishes for its laptops (the county_data table, migrations/0004): policy
// documents (doudi-server policy publish) and the list of its townships and villages
// (area import). Each kind is numbered; the newest is in force and reaches every laptop with
// its next sync (docs/sync-protocol.md §5).
class CountyData
{
    Q_DECLARE_TR_FUNCTIONS(CountyData)
public:
    CountyData(ServerStore &store, QString county) : m_store(store), m_county(std::move(county)) {}

    // Checks content whole (a policy as the laptops load it, an area list held to the county)
    // and stores it as the kind's next version. The same content as the newest again is no
    // new version: the answer is the newest, with unchanged set.
    struct Published
    {
        core::protocol::CountyDocument document;
        bool unchanged = false;
    };
    core::Result<Published> publish(const QString &kind, const QByteArray &file);
    // Every publication of a kind, newest first, without content.
    core::Result<QList<core::protocol::CountyDocument>> list(const QString &kind);
    // The newest of a kind, with its content; nullopt when the county published none.
    core::Result<std::optional<core::protocol::CountyDocument>> newest(const QString &kind);

private:
    ServerStore &m_store;
    QString m_county;
};

} // namespace doudi::server
