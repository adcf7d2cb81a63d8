#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace doudi::core {

class ChangeLog;
class Database;

// The laptop's sync bookkeeping in its encrypted store (migration 0009): settings and
// secrets as key–value pairs, the conflicts the county reported, and refused operations.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)
public:
    explicit SyncState(Database &db) : m_db(db) {}

    // Keys: server_url, fingerprint, county, device_id, credential_store and credential
    // (DeviceCredential), cursor, last_success, scopes, audit_reported, county_seen (the county's
    // change number in the last push answer), county_behind (when the county was found behind
    // this laptop: SyncEngine stops), and token:<user> for each user signed in to the county on
    // this device.
    Result<QString> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    Result<bool> isJoined();
    // The county is the authority for a user's areas: those it names (at sign-in, on every
    // pull) become the local user's, with an audit entry, so that the laptop offers the work
    // the county accepts. Nothing is written when they are the same.
    Status adoptScopes(ChangeLog &changes, const QString &user, const QStringList &scopes);

    Status saveConflict(const protocol::Conflict &c);
    Result<QList<protocol::Conflict>> conflicts(bool openOnly);
    // A person decided the conflict here; the next push tells the county (Op::resolves).
    Status markResolving(qint64 id);
    Result<QList<qint64>> resolving(const QString &recordType, const QString &recordId);
    Status refuse(const protocol::Op &op, const QString &reason);
    Result<int> refusalCount();

    // The outbox rows user's next sync sends (the condition, on outbox's columns, with one value:
    // the user), and how many there are; other counts other users' work, which goes when they
    // sync. (Local kinds the county does not take, such as users, are not waiting for anything.)
    static QString outboxToSend();
    struct Waiting
    {
        int toSend = 0;
        int other = 0;
    };
    Result<Waiting> waiting(const QString &user);
    // The refused operations, newest first: what, which record, why.
    Result<QJsonArray> refusals(int limit);

    // Households user's syncs removed in the last 30 days because they left that user's areas
    // (RemoteApplier::evict notes them), newest first.
    struct MovedOut
    {
        QString householdId;
        QString headName;
        QString areaCode;
        int cases = 0; // that went with the household
        QDateTime at;  // UTC
    };
    Result<QList<MovedOut>> movedOut(const QString &user);
    // The county's list of ID numbers in two households, as the last round brought it
    // (SyncEngine): empty until a round asked.
    Result<QList<protocol::Duplicate>> duplicates();

private:
    Database &m_db;
};

} // namespace doudi::core
