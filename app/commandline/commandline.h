#pragma once

#include "common/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

namespace doudi::cli {

// What doudi-cli and doudi-server share: JSON on standard output, errors as JSON on standard
// error, exit codes, --help, and secrets read from the environment or standard input.

// Exit codes (also listed by each tool's --help).
enum Exit
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Invalid = 3,
    Denied = 4,
    NotFound = 5,
    Damaged = 6,
    Busy = 7,
    Stale = 8
};

struct Command
{
    const char *name;
    const char *summary; // English source, translated at display (context doudi::cli)
    int (*run)(const QStringList &args);
};

int printJson(const QJsonValue &value);

// "doudi-cli 0.1.0": the program's name and the version it was built as (--version).
int printVersion(const QString &program);
// Prints {"error": {"code", "message"}} to stderr and returns the exit code for it.
int fail(const core::Error &error);
// Parses args (args[0] is "<tool> <command>"); handles --help. Returns -1 to go on,
// otherwise the exit code to return.
int parse(QCommandLineParser &parser, const QStringList &args, const QString &description);
// Prints why (if given) and the help to stderr; returns Usage.
int usage(const QCommandLineParser &parser, const QString &why = {});
// A secret from the environment variable (then unset and wiped), else the first line of
// standard input.
QString readSecret(const char *envVar);

// A file only its owner may read (personal data: a printout, a USB bundle), written whole.
core::Status writePrivateFile(const QString &path, const QByteArray &bytes);

QString tr(const char *text);

} // namespace doudi::cli
