#include "services/profileservice.h"

#include "security/keyslots.h"
#include "security/recoverycode.h"
#include "services/authorization.h"
#include "services/countyareas.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "storage/sqlcipherdriver.h"

namespace doudi::core {

namespace {

Result<std::unique_ptr<Session>> sessionOf(Result<std::unique_ptr<Profile>> profile)
{
    if (!profile)
        return profile.error();
    useCountyAreas((*profile)->database());
    return SessionAccess::adopt(std::move(*profile));
}

} // namespace

QString ProfileService::defaultDirectory()
{
    return Profile::defaultDirectory();
}

bool ProfileService::exists(const QString &dir)
{
    return Profile::exists(dir);
}

Result<std::unique_ptr<Session>> ProfileService::create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode)
{
    return sessionOf(Profile::create(dir, setup, recoveryCode));
}

Result<std::unique_ptr<Session>> ProfileService::createWorkingAlone(const QString &dir, const ProfileSetup &setup,
                                                                    QString *recoveryCode)
{
    if (Status st = Authorization::checkFirstUser(setup.role, setup.scope); !st)
        return st.error();
    return create(dir, setup, recoveryCode);
}

QStringList ProfileService::firstUserRoles()
{
    return Authorization::firstUserRoles();
}

AreaCode::Level ProfileService::firstUserArea(const QString &role)
{
    return Authorization::firstUserArea(role);
}

Result<std::unique_ptr<Session>> ProfileService::resetPasswordWithRecoveryCode(const QString &dir, const QString &code,
                                                                               const QString &user, const QString &newPassword)
{
    const QString name = user.trimmed();
    if (name.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Enter the user name whose password is to be set anew."));
    if (!usersOf(dir).contains(name))
        return Error(ErrorCode::NotFound, tr("There is no user \"%1\" on this computer.").arg(name));
    Result<std::unique_ptr<Session>> recovered = unlockWithRecoveryCode(dir, code);
    if (!recovered)
        return recovered.error();
    // UserService checks the password and lets a recovery-code unlock reset any user's.
    if (Status st = UserService(**recovered).resetPassword(name, newPassword); !st)
        return st.error();
    recovered->reset(); // the profile is opened again below, as the user
    return unlock(dir, name, newPassword);
}

Result<std::unique_ptr<Session>> ProfileService::unlock(const QString &dir, const QString &user, const QString &password)
{
    return sessionOf(Profile::unlock(dir, user, password));
}

Result<std::unique_ptr<Session>> ProfileService::unlockWithRecoveryCode(const QString &dir, const QString &code)
{
    return sessionOf(Profile::unlockWithRecoveryCode(dir, code));
}

bool ProfileService::sm4Available()
{
    return SqlCipherDriver::supportsSm4();
}

Status ProfileService::checkPassword(const QString &password, const PasswordContext &who)
{
    return PasswordQuality::check(password, who);
}

Result<std::unique_ptr<Session>> ProfileService::openSibling(const Session &session)
{
    Result<std::unique_ptr<Profile>> sibling = SessionAccess::profile(session).openSibling();
    if (!sibling)
        return sibling.error();
    return SessionAccess::adopt(std::move(sibling).value());
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

Status ProfileService::backup(Session &session, const QString &file)
{
    if (Status st = Authorization(session).require(Permission::Backup); !st)
        return st;
    return SessionAccess::profile(session).backup(file);
}

Result<QStringList> ProfileService::integrityCheck(Session &session)
{
    return SessionAccess::profile(session).database().integrityCheck();
}

int ProfileService::schemaVersion(Session &session)
{
    return SessionAccess::profile(session).database().schemaVersion();
}

Result<AuditReport> ProfileService::verifyAudit(Session &session)
{
    if (Status st = Authorization(session).require(Permission::VerifyAudit); !st)
        return st.error();
    return SessionAccess::profile(session).changes().verifyAudit();
}

bool ProfileService::mayChangeKey(const Session &session)
{
    return session.isUnlocked() && !session.user().isEmpty() && Authorization::roleMay(session.role(), Permission::Rekey);
}

Result<RekeyResult> ProfileService::beginRekey(Session &session, const QString &password)
{
    if (Status st = Authorization(session).require(Permission::Rekey); !st)
        return st.error();
    return SessionAccess::profile(session).beginRekey(password);
}

Status ProfileService::commitRekey(Session &session)
{
    return SessionAccess::profile(session).commitRekey();
}

void ProfileService::abandonRekey(Session &session)
{
    SessionAccess::profile(session).abandonRekey();
}

} // namespace doudi::core
