#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// A stored password check for the county server's users: Argon2id in the PHC string format
// ($argon2id$v=19$m=…,t=…,p=…$salt$hash), so that the parameters travel with each hash and a
// later default does not lock anyone out. The laptop does not use it: there a password opens
// a key slot (KeySlots) instead.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
public:
    // 64 MiB and 3 passes: about 0.15 s here, paid once per sign-in, not per request.
    static constexpr int kMemoryKiB = 64 * 1024;
    static constexpr int kPasses = 3;

    static Result<QString> hash(const QString &password, int memoryKiB = kMemoryKiB, int passes = kPasses);
    // False for a wrong password and for anything that is not an Argon2id hash.
    static bool verify(const QString &encoded, const QString &password);
};

} // namespace doudi::core
