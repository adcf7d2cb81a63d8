#include "commandline/commandline.h"

#include "security/secretbytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace doudi::cli {

using namespace doudi::core;

QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::cli", text);
}

int printJson(const QJsonValue &value)
{
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson() : QJsonDocument(value.toArray()).toJson();
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
    return Ok;
}

int fail(const Error &error)
{
    const QJsonObject o{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), Error::codeName(error.code())},
                                                              {QStringLiteral("message"), error.message()}}}};
    if (qEnvironmentVariableIsSet("DOUDI_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(error.fullText()));
    const QByteArray text = QJsonDocument(o).toJson();
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
    switch (error.code()) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotAllowed:
    case ErrorCode::AlreadyExists:
        return Invalid;
    case ErrorCode::WrongCredentials:
    case ErrorCode::LockedOut:
    case ErrorCode::Locked:
        return Denied;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::Corrupt:
    case ErrorCode::Storage:
        return Damaged;
    case ErrorCode::Busy:
        return Busy;
    case ErrorCode::Stale:
        return Stale;
    default:
        return Failure;
    }
}

int parse(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return -1;
}

int usage(const QCommandLineParser &parser, const QString &why)
{
    QTextStream err(stderr);
    if (!why.isEmpty())
        err << why << '\n';
    err << parser.helpText();
    return Usage;
}

namespace {
// What a terminal is asked, by the variable that could have given it instead.
QString promptFor(const char *envVar)
{
    static const std::pair<const char *, const char *> kPrompts[] = {
        {"DOUDI_PASSWORD", QT_TRANSLATE_NOOP("doudi::cli", "Password: ")},
        {"DOUDI_NEW_PASSWORD", QT_TRANSLATE_NOOP("doudi::cli", "New password: ")},
        {"DOUDI_RECOVERY_CODE", QT_TRANSLATE_NOOP("doudi::cli", "Recovery code: ")},
        {"DOUDI_COUNTY_PASSWORD", QT_TRANSLATE_NOOP("doudi::cli", "Password at the county server: ")},
    };
    for (const auto &[name, prompt] : kPrompts) {
        if (qstrcmp(name, envVar) == 0)
            return tr(prompt);
    }
    return tr("Password: ");
}
} // namespace

QString readSecret(const char *envVar)
{
    QString env = qEnvironmentVariable(envVar);
    if (!env.isEmpty()) {
        // Read once, then gone: unset, so that no child process inherits it, and overwritten
        // in place, since /proc/PID/environ shows the block the process started with.
        if (char *raw = getenv(envVar))
            core::SecretBytes::wipe(raw, strlen(raw));
        qunsetenv(envVar);
        return env;
    }
    // From a terminal: asked for, and not shown as it is typed (echo off; the newline still
    // echoes, so the next output starts on a line of its own).
    termios saved{};
    const bool hidden = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        // Echo off first, then the prompt: what is typed once the prompt shows is never shown,
        // and is not thrown away with what was typed before it (TCSAFLUSH).
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        std::fputs(qPrintable(promptFor(envVar)), stderr);
        std::fflush(stderr);
    }
    const auto restore = qScopeGuard([&] {
        if (hidden)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved); // what follows the line (JSON) stays
    });
    // Byte by byte through stdio: a buffered reader would swallow the input after the line
    // (household add reads its JSON from the same stream).
    QByteArray line;
    for (int c = fgetc(stdin); c != EOF && c != '\n'; c = fgetc(stdin))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    QString secret = QString::fromUtf8(line);
    core::SecretBytes::wipe(line);
    return secret;
}

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        f.write(bytes) != bytes.size())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int printVersion(const QString &program)
{
    QTextStream(stdout) << program << ' ' << QCoreApplication::applicationVersion() << '\n';
    return Ok;
}

} // namespace doudi::cli
