#include "services/profileservice.h"

#include "security/keyslots.h"
#include "security/recoverycode.h"
#include "storage/sqlcipherdriver.h"

namespace doudi::core {

bool ProfileService::sm4Available()
{
    return SqlCipherDriver::supportsSm4();
}

Status ProfileService::checkPassword(const QString &password)
{
    return KeySlots::checkPassword(password);
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

} // namespace doudi::core
