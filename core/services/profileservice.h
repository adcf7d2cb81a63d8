#pragma once

#include "domain/audit.h"
#include "identity/areacode.h"
#include "security/keyslots.h"
#include "security/passwordquality.h"
#include "security/profilesetup.h"
#include "services/session.h"

#include <QCoreApplication>

namespace doudi::core {

// Opening and creating profiles, for the desktop app and the CLI alike.
class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)
public:
    // The cost of deriving a key from a password: the default, and what a key file may ask for.
    static constexpr int kDefaultKdfCost = KeySlots::kDefaultIterations;
    static constexpr int kMinKdfCost = KeySlots::kMinIterations;
    static constexpr int kMaxKdfCost = KeySlots::kMaxIterations;

    static QString defaultDirectory();
    static bool exists(const QString &dir);
    // Whether this build can encrypt with SM4 (国密), for counties that choose it.
    static bool sm4Available();
    // Whether a new password is good enough for this person (PasswordQuality): a Chinese
    // message saying what to change if not.
    static Status checkPassword(const QString &password, const PasswordContext &who = {});
    // A profile whose first user is as given: for one made from a county account (SyncService::
    // join), demonstration profiles (doudi-cli init --demo, scripts/run) and tests.
    static Result<std::unique_ptr<Session>> create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode);
    // A laptop that works alone, set up by its first user (the first-run wizard, doudi-cli init):
    // only a role with an area that fits it (Authorization::checkFirstUser), else nothing is made.
    static Result<std::unique_ptr<Session>> createWorkingAlone(const QString &dir, const ProfileSetup &setup,
                                                               QString *recoveryCode);
    // The roles such a first user may take, and the kind of area each works in.
    static QStringList firstUserRoles();
    static AreaCode::Level firstUserArea(const QString &role);
    static Result<std::unique_ptr<Session>> unlock(const QString &dir, const QString &user, const QString &password);
    static Result<std::unique_ptr<Session>> unlockWithRecoveryCode(const QString &dir, const QString &code);
    // A forgotten password: the recovery code opens the profile and the user gets a new
    // password (checked as any new one); then the profile is unlocked as that user, with the
    // new password. The old password no longer opens it.
    static Result<std::unique_ptr<Session>> resetPasswordWithRecoveryCode(const QString &dir, const QString &code,
                                                                          const QString &user, const QString &newPassword);
    // The same unlocked profile over a connection of its own, for a worker thread (background
    // sync): call it on that thread, and destroy the session there. It stays usable after
    // session locks (it holds the profile itself) until it is destroyed; while it exists the
    // key cannot be changed.
    static Result<std::unique_ptr<Session>> openSibling(const Session &session);
    // The users with a password on this device, as the key file names them (no unlock needed).
    static QStringList usersOf(const QString &dir);
    // Only a role that may restore (Authorization), as the backup knows the user.
    static Status restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                          bool secretIsRecoveryCode);
    static Status backup(Session &session, const QString &file);
    // SQLite's integrity check of the open store: empty when it is sound, else what is wrong.
    static Result<QStringList> integrityCheck(Session &session);
    static int schemaVersion(Session &session);
    // The audit chain and every record against it (ADR 0005).
    static Result<AuditReport> verifyAudit(Session &session);

    // Changing the database key (RekeyResult and Profile::beginRekey): the user's own password
    // slot is carried over, so only someone who signed in with a password may start it, not
    // after a recovery-code unlock.
    static bool mayChangeKey(const Session &session);
    static Result<RekeyResult> beginRekey(Session &session, const QString &password);
    // Reopens the profile's own database under the new key: services made on the session
    // before it go on working. If it fails after the swap the session is locked.
    static Status commitRekey(Session &session);
    static void abandonRekey(Session &session);
    // Whether typed is the last group of code, as a person copies it by hand.
    static bool isLastGroupOf(const QString &code, const QString &typed);
};

} // namespace doudi::core
