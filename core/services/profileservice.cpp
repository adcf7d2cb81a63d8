#include "services/profileservice.h"

#include "security/keyslots.h"
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

} // namespace doudi::core
