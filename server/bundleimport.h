#pragma once

#include "common/result.h"
#include "security/secretbytes.h"

#include <QCoreApplication>

namespace doudi::server {

class ServerStore;

// A laptop's USB bundle taken in at the county (docs/sync-protocol.md §10): checked (the
// county's, a device of the county that is not withdrawn, signed with that device's key, its
// user signed in on it), then the same merge as a push and the same pages as a pull, and an
// answer sealed to the device and signed with the county's key. The same bundle again gets
// the same answer and changes nothing.
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(BundleImport)
public:
    struct Outcome
    {
        QByteArray answer; // the answer bundle's file
        QString deviceId;
        QString user;
        qint64 seq = 0;
        bool again = false; // imported before: the same answer as then
        int ops = 0, applied = 0, conflicts = 0, refused = 0;
        int pages = 0, changes = 0;
        bool more = false; // more changes than one answer carries: the next bundle brings them
    };
    // At most this many pages of changes in one answer (5 000 each).
    static constexpr int kMaxPages = 40;

    // keyPem: the county's TLS key, which also seals and signs bundles.
    BundleImport(ServerStore &store, QString county, core::SecretBytes keyPem)
        : m_store(store), m_county(std::move(county)), m_key(std::move(keyPem))
    {
    }

    core::Result<Outcome> take(const QByteArray &file);

private:
    ServerStore &m_store;
    QString m_county;
    core::SecretBytes m_key;
};

} // namespace doudi::server
