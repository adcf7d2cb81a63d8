#pragma once

#include "storage/profile.h"

#include <QCoreApplication>

namespace doudi::core {

// Opening and creating profiles, for the desktop app and the CLI alike.
class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)
public:
    static QString defaultDirectory() { return Profile::defaultDirectory(); }
    static bool exists(const QString &dir) { return Profile::exists(dir); }
    // Whether this build can encrypt with SM4 (国密), for counties that choose it.
    static bool sm4Available();
    static Status checkPassword(const QString &password);
    static Result<std::unique_ptr<Profile>> create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode)
    {
        return Profile::create(dir, setup, recoveryCode);
    }
    static Result<std::unique_ptr<Profile>> unlock(const QString &dir, const QString &user, const QString &password)
    {
        return Profile::unlock(dir, user, password);
    }
};

} // namespace doudi::core
