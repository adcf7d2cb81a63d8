#pragma once

#include "commandline/commandline.h"
#include "services/profileservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace doudi::cli {

const QList<Command> &commands();

// --profile (or DOUDI_PROFILE, or the default folder), --user, --recovery-code.
void addProfileOptions(QCommandLineParser &parser);
QString profileDir(const QCommandLineParser &parser);
// Unlocks with --user and DOUDI_PASSWORD, or with --recovery-code and DOUDI_RECOVERY_CODE.
core::Result<std::unique_ptr<core::Session>> unlock(const QCommandLineParser &parser);

// Runs a command's body with the profile unlocked, or reports why it could not be unlocked:
//     return withSession(p, [&](Session &session) -> int { ... });
template <typename Body> int withSession(const QCommandLineParser &parser, Body &&body)
{
    core::Result<std::unique_ptr<core::Session>> session = unlock(parser);
    return session ? body(**session) : fail(session.error());
}

} // namespace doudi::cli
