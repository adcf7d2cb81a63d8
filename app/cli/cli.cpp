#include "cli.h"

#include "security/secretbytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace doudi::cli {

using namespace doudi::core;

QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::cli", text);
}

int printJson(const QJsonValue &value)
{
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson()
                                             : QJsonDocument(value.toArray()).toJson();
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
    case ErrorCode::AlreadyExists: return Invalid;
    case ErrorCode::WrongCredentials:
    case ErrorCode::LockedOut:
    case ErrorCode::Locked: return Denied;
    case ErrorCode::NotFound: return NotFound;
    case ErrorCode::Corrupt:
    case ErrorCode::Storage: return Damaged;
    case ErrorCode::Busy: return Busy;
    case ErrorCode::Stale: return Stale;
    default: return Failure;
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

void addProfileOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"), tr("Profile folder (default: $DOUDI_PROFILE or the user's data folder)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), tr("User name (default: the only user of the profile)."),
                      QStringLiteral("name")});
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

QString readSecret(const char *envVar)
{
    const QString env = qEnvironmentVariable(envVar);
    if (!env.isEmpty()) {
        // Read once, then gone: unset, so that no child process inherits it, and overwritten
        // in place, since /proc/PID/environ shows the block the process started with.
        if (char *raw = getenv(envVar))
            core::SecretBytes::wipe(raw, strlen(raw));
        qunsetenv(envVar);
        return env;
    }
    // Byte by byte through stdio: a buffered reader would swallow the input after the line
    // (household add reads its JSON from the same stream).
    QByteArray line;
    for (int c = fgetc(stdin); c != EOF && c != '\n'; c = fgetc(stdin))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
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
