#include "services/profileservice.h"

#include "security/keyslots.h"
#include "security/recoverycode.h"
#include "services/authorization.h"
#include "services/countyareas.h"
#include "services/sessionaccess.h"
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
