#pragma once

#include "common/result.h"
#include "security/secretstore.h"
#include "services/session.h"
#include "sync/protocol.h"
#include "sync/syncreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>

namespace doudi::core {

class HttpsTransport;

// Joining the county and syncing with it, for doudi and doudi-cli (docs/sync-protocol.md).
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    struct Joined
    {
        QString county;
        QString deviceId;
        QString user;
        QString role;
        QStringList scopes;
        bool createdProfile = false;
        QString credentialStore; // "keychain" or "profile"
        // In the profile: why not in the system keychain, to tell the person (translated).
        QString credentialNote;
        // A new profile's recovery code: show it once, as the first start does.
        QString recoveryCode;
    };
    // Enrols this laptop with the county's one-time code (the server's certificate must be the
    // one the code names), signs the user in to the county, and keeps the device's credential
    // in the system keychain (secrets), or where that refuses in the profile, and the user's
    // token in the profile. A folder without a profile gets a new one for the user, with the
    // same password, as the county has them (role and areas).
    // again: a profile that joined this county before enrols anew with a new code (the county
    // withdrew the device, or its credential was lost with the system keychain): its work and
    // outbox stay, and it reads the county's state again from the start.
    static Result<Joined> join(const QString &dir, const QString &serverUrl, const QString &code, const QString &user,
                               const QString &password, const QString &deviceLabel, SecretStore &secrets, bool again = false);
    // The same with systemSecretStore().
    static Result<Joined> join(const QString &dir, const QString &serverUrl, const QString &code, const QString &user,
                               const QString &password, const QString &deviceLabel, bool again = false);
    // The signed-in user signs in to the county from this joined laptop, with their county
    // password (another user of the laptop, or after the county asked for it again).
    Status signIn(const QString &password);

    // secrets holds the device credential when the profile says the system keychain; it must
    // outlive the service (tests: MemorySecretStore).
    SyncService(Session &session, SecretStore &secrets) : m_session(session), m_secrets(&secrets) {}
    // With systemSecretStore(): the system keychain, unless DOUDI_KEYCHAIN=off.
    explicit SyncService(Session &session);

    // One round: push, then pull. Blocking: call it from the CLI or a worker thread. Its
    // outcome is kept in the history (history()), a failure as its message.
    Result<SyncReport> syncNow();
    // stop: set from another thread, it ends the round at its next request (the app locks).
    // progress: called on this thread as the round moves on.
    Result<SyncReport> syncNow(const std::atomic_bool *stop, std::function<void(const SyncProgress &)> progress = {});
    // One past round, newest first in history().
    struct Run
    {
        QDateTime at; // UTC, when it ended
        bool ok = false;
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0;
        int refused = 0;
        int blobsSent = 0;
        QString error;     // the message of a failure (translated when it was made)
        QString errorCode; // Error::codeName of a failure
        QJsonObject toJson() const;
        static Run fromJson(const QJsonObject &o);
    };
    static constexpr int kHistoryLength = 50;
    Result<QList<Run>> history();
    // The bytes of an attachment that came from the county without them: fetched now, checked
    // and kept (docs/sync-protocol.md §8). Blocking, as syncNow.
    Result<QByteArray> fetchAttachment(const QString &attachmentId);
    Result<QJsonObject> status();
    // The county server's address, empty while the profile has not joined one.
    Result<QString> serverAddress();
    // The changes the signed-in user's next sync sends.
    Result<int> waitingCount();
    // The device's credential read now, on the application's thread (the system keychain
    // answers there), into a store of its own for a round on a worker thread whose caller may
    // wait for it (SyncScheduler). Empty when the profile has not joined.
    Result<std::unique_ptr<SecretStore>> credentialForWorker();
    // After the county was found behind this laptop (a restored backup, SyncEngine stops):
    // syncs go on with the county's state, read again from the start.
    Status acceptCountyState();
    // The county server moved to another address: the certificate stays pinned, so only the
    // same server is accepted there.
    Status setServerAddress(const QString &url);
    // USB bundles for a village without any network (docs/sync-protocol.md §10): the signed-in
    // user's changes and where the pull stands, written to a file only its owner may read,
    // for the township to import at the county; then the county's answer read back.
    struct BundleWritten
    {
        qint64 seq = 0; // the bundle's number
        int ops = 0;    // the changes it carries
        qint64 bytes = 0;
    };
    Result<BundleWritten> exportBundle(const QString &path);
    Result<SyncReport> importAnswer(const QString &path);
    Result<QList<protocol::Conflict>> conflicts(bool openOnly);
    // Keeps the county's value ("theirs"): the conflict is closed at the next sync.
    Status acceptTheirs(qint64 conflictId);
    // Keeps this laptop's value ("mine") of a changed field of a household's records: an
    // ordinary edit of the household, checked as any, that syncs; and the conflict is decided.
    // Other conflicts (a case moved on twice, a deletion) are decided by editing the record.
    Status keepMine(qint64 conflictId);

private:
    Status remember(const Result<SyncReport> &report);
    // The county server this profile joined: its address, its certificate pinned.
    Result<std::unique_ptr<HttpsTransport>> countyTransport();

    Session &m_session;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets;
};

} // namespace doudi::core
