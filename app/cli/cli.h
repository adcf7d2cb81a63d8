#pragma once

#include "common/result.h"
#include "services/profileservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace doudi::cli {

// Exit codes (also listed by `doudi-cli --help`).
enum Exit { Ok = 0, Failure = 1, Usage = 2, Invalid = 3, Denied = 4, NotFound = 5, Damaged = 6, Busy = 7, Stale = 8 };

struct Command
{
    const char *name;
    const char *summary; // English source, translated at display (context doudi::cli)
    int (*run)(const QStringList &args);
};
const QList<Command> &commands();

int printJson(const QJsonValue &value);
// Prints {"error": {"code", "message"}} to stderr and returns the exit code for it.
int fail(const core::Error &error);
// Parses args (args[0] is "doudi-cli <command>"); handles --help. Returns -1 to go on,
// otherwise the exit code to return.
int parse(QCommandLineParser &parser, const QStringList &args, const QString &description);

// --profile (or DOUDI_PROFILE, or the default folder), --user, --recovery-code.
void addProfileOptions(QCommandLineParser &parser);
QString profileDir(const QCommandLineParser &parser);
// A secret from the environment variable, else the first line of standard input.
QString readSecret(const char *envVar);
// Unlocks with --user and DOUDI_PASSWORD, or with --recovery-code and DOUDI_RECOVERY_CODE.
core::Result<std::unique_ptr<core::Session>> unlock(const QCommandLineParser &parser);

QString tr(const char *text);

} // namespace doudi::cli
