#include "cli.h"

#include <QFile>

namespace doudi::cli {

using namespace doudi::core;

void addProfileOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"), tr("Profile folder (default: $DOUDI_PROFILE or the user's data folder)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), tr("User name (default: the only user of the profile)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("recovery-code"),
                      tr("Unlock with the recovery code ($DOUDI_RECOVERY_CODE or standard input) instead of a password.")});
}

QString profileDir(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        return parser.value(QStringLiteral("profile"));
    const QString env = qEnvironmentVariable("DOUDI_PROFILE");
    return env.isEmpty() ? ProfileService::defaultDirectory() : env;
}

Result<std::unique_ptr<Session>> unlock(const QCommandLineParser &parser)
{
    const QString dir = profileDir(parser);
    if (!ProfileService::exists(dir))
        return Error(ErrorCode::NotFound, tr("There is no profile in %1; create one with doudi-cli init.").arg(dir));
    if (parser.isSet(QStringLiteral("recovery-code")))
        return ProfileService::unlockWithRecoveryCode(dir, readSecret("DOUDI_RECOVERY_CODE"));
    QString user = parser.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        const QStringList users = ProfileService::usersOf(dir);
        if (users.size() == 1)
            user = users.first();
        else
            return Error(ErrorCode::InvalidInput, tr("This profile has several users: name one with --user."));
    }
    return ProfileService::unlock(dir, user, readSecret("DOUDI_PASSWORD"));
}

} // namespace doudi::cli
