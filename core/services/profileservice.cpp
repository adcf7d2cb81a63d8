#include "services/profileservice.h"

#include "services/authorization.h"

#include "security/keyslots.h"
#include "security/recoverycode.h"
#include "storage/sqlcipherdriver.h"

namespace doudi::core {

bool ProfileService::sm4Available()
{
    return SqlCipherDriver::supportsSm4();
}

Status ProfileService::checkPassword(const QString &password, const PasswordContext &who)
{
    return PasswordQuality::check(password, who);
}

QStringList ProfileService::usersOf(const QString &dir)
{
    Result<KeySlots> slots = KeySlots::load(Profile::keyFilePath(dir));
    return slots ? slots->users() : QStringList();
}

bool ProfileService::isLastGroupOf(const QString &code, const QString &typed)
{
    const QString last = code.mid(code.lastIndexOf(u'-') + 1);
    return !last.isEmpty() && RecoveryCode::readTyped(typed) == last;
}

Status ProfileService::restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                               bool secretIsRecoveryCode)
{
    return Profile::restore(file, dir, user, secret, secretIsRecoveryCode,
                            [](const QString &role) { return Authorization::check(role, Permission::Restore); });
}

Status ProfileService::backup(Profile &profile, const QString &file)
{
    if (Status st = Authorization(profile).require(Permission::Backup); !st)
        return st;
    return profile.backup(file);
}

Result<ProfileService::AuditReport> ProfileService::verifyAudit(Profile &profile)
{
    if (Status st = Authorization(profile).require(Permission::VerifyAudit); !st)
        return st.error();
    return profile.changes().verifyAudit();
}

bool ProfileService::mayChangeKey(const Profile &profile)
{
    return profile.isUnlocked() && !profile.user().isEmpty() && Authorization::roleMay(profile.role(), Permission::Rekey);
}

Result<Profile::RekeyResult> ProfileService::beginRekey(Profile &profile, const QString &password)
{
    if (Status st = Authorization(profile).require(Permission::Rekey); !st)
        return st.error();
    return profile.beginRekey(password);
}

} // namespace doudi::core
