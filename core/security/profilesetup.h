#pragma once

#include "security/keyslots.h"

#include <QString>
#include <QStringList>

namespace doudi::core {

// What a new profile is made with, and what a change of its key gives back.
struct ProfileSetup
{
    QString user;
    QString displayName;
    QString password;
    QString role = QStringLiteral("township");
    QString scope;                                  // 12-digit area code of the area of work
    QString cipher = QStringLiteral("aes-256-cbc"); // or "sm4-cbc" where the county chooses SM4
    int iterations = KeySlots::kDefaultIterations;
};

// What a change of the database key gives back (Profile::beginRekey).
struct RekeyResult
{
    QString recoveryCode;     // the new code
    QStringList droppedUsers; // other users need a new password from an administrator
};

} // namespace doudi::core
