#pragma once

#include "security/passwordquality.h"
#include "storage/profile.h"

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
    using AuditReport = ChangeLog::AuditReport;

    static QString defaultDirectory() { return Profile::defaultDirectory(); }
    static bool exists(const QString &dir) { return Profile::exists(dir); }
    // Whether this build can encrypt with SM4 (国密), for counties that choose it.
    static bool sm4Available();
    // Whether a new password is good enough for this person (PasswordQuality): a Chinese
    // message saying what to change if not.
    static Status checkPassword(const QString &password, const PasswordContext &who = {});
    static Result<std::unique_ptr<Profile>> create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode)
    {
        return Profile::create(dir, setup, recoveryCode);
    }
    static Result<std::unique_ptr<Profile>> unlock(const QString &dir, const QString &user, const QString &password)
    {
        return Profile::unlock(dir, user, password);
    }
    static Result<std::unique_ptr<Profile>> unlockWithRecoveryCode(const QString &dir, const QString &code)
    {
        return Profile::unlockWithRecoveryCode(dir, code);
    }
    // The users with a password on this device, as the key file names them (no unlock needed).
    static QStringList usersOf(const QString &dir);
    // Only a role that may restore (Authorization), as the backup knows the user.
    static Status restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                          bool secretIsRecoveryCode);
    static Status backup(Profile &profile, const QString &file);
    // The audit chain and every record against it (ADR 0005).
    static Result<AuditReport> verifyAudit(Profile &profile);

    // Changing the database key (Profile::beginRekey and its comment): the user's own password
    // slot is carried over, so only someone who signed in with a password may start it, not
    // after a recovery-code unlock.
    static bool mayChangeKey(const Profile &profile);
    static Result<Profile::RekeyResult> beginRekey(Profile &profile, const QString &password);
    // Profile::commitRekey reopens the profile's own Database under the new key: services made
    // on the profile before it go on working. If it fails after the swap the profile is locked.
    static Status commitRekey(Profile &profile) { return profile.commitRekey(); }
    static void abandonRekey(Profile &profile) { profile.abandonRekey(); }
    // Whether typed is the last group of code, as a person copies it by hand.
    static bool isLastGroupOf(const QString &code, const QString &typed);
};

} // namespace doudi::core
