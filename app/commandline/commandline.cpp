#include "commandline/commandline.h"

#include "security/secretbytes.h"

#include <QCoreApplication>
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

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(bytes) != bytes.size())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int printVersion(const QString &program)
{
    QTextStream(stdout) << program << ' ' << QCoreApplication::applicationVersion() << '\n';
    return Ok;
}

} // namespace doudi::cli
