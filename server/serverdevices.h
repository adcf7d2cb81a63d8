#pragma once

#include "common/result.h"
#include "sync/enrolmentcode.h"

#include <QCoreApplication>
#include <QDateTime>

namespace doudi::server {

class ServerStore;

// A laptop the county has let in, or is about to (the devices table, migrations/0001).
struct ServerDevice
{
    QString id; // a UUID without braces
    QString label;
    QDateTime createdAt;
    QDateTime enrolledAt; // null until the laptop has used its code
    QDateTime revokedAt;  // null unless revoked
    QDateTime codeExpiresAt;
    // "waiting" (the code may still be used), "enrolled", "revoked" or "expired" (the code was
    // never used in time): by the database's clock, which the enrolment itself goes by.
    QString status;
    QString auditProblem; // what the audit-chain check found (AuditHeads), empty while all is well
};

// The devices table. Enrolling makes a row and a one-time code (docs/sync-protocol.md §2):
// the code is shown once, and only the SHA-256 of its secret is kept.
class ServerDevices
{
    Q_DECLARE_TR_FUNCTIONS(ServerDevices)
public:
    static constexpr int kCodeDays = 7;

    explicit ServerDevices(ServerStore &store) : m_store(store) {}

    struct Enrolment
    {
        ServerDevice device;
        core::EnrolmentCode code;
    };
    // A new device waiting for its laptop; fingerprint is the SHA-256 (hex) of the server's
    // certificate, which the code makes the laptop pin.
    core::Result<Enrolment> add(const QString &label, const QString &fingerprint);
    // Revoked devices stop syncing; revoking one again changes nothing.
    core::Result<ServerDevice> revoke(const QString &id);
    core::Result<QList<ServerDevice>> list();
    // The device's public key for USB bundles (PEM, P-256), given once: the same key again
    // changes nothing; another one is refused (the device must be enrolled anew).
    core::Status setBundleKey(const QString &id, const QByteArray &publicPem);

private:
    ServerStore &m_store;
};

} // namespace doudi::server
