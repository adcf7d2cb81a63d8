#include "cli.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("file"), tr("The backup file to write (must not exist)."));
    if (int rc = parse(p, args,
                       tr("Writes an encrypted backup. It opens with the passwords and recovery code "
                          "valid now."));
        rc >= 0)
        return rc;
    const QString file = p.positionalArguments().value(0);
    if (file.isEmpty())
        return usage(p);
    if (QFileInfo::exists(file))
        return fail(Error(ErrorCode::AlreadyExists, tr("The file %1 already exists.").arg(file)));
    return withSession(p, [&](Session &session) -> int {
        if (Status st = ProfileService::backup(session, file); !st)
            return fail(st.error());
        return printJson(QJsonObject{{QStringLiteral("backup"), QFileInfo(file).absoluteFilePath()},
                                     {QStringLiteral("bytes"), double(QFileInfo(file).size())}});
    });
}

int runRestore(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("file"), tr("The backup file."));
    if (int rc = parse(p, args,
                       tr("Replaces the profile with a backup, after checking that the password (or "
                          "recovery code) opens it and that it is whole."));
        rc >= 0)
        return rc;
    const QString file = p.positionalArguments().value(0);
    const QString user = p.value(QStringLiteral("user"));
    const bool recovery = p.isSet(QStringLiteral("recovery-code"));
    if (file.isEmpty() || (user.isEmpty() && !recovery))
        return usage(p, tr("Name the backup file, and --user or --recovery-code."));
    const QString secret = readSecret(recovery ? "DOUDI_RECOVERY_CODE" : "DOUDI_PASSWORD");
    if (Status st = ProfileService::restore(file, profileDir(p), user, secret, recovery); !st)
        return fail(st.error());
    return printJson(QJsonObject{{QStringLiteral("restored"), profileDir(p)}});
}

int runRekey(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    if (int rc = parse(p, args,
                       tr("Re-encrypts the profile under a new database key. The old recovery code "
                          "stops working: the new one is printed. Other users need new passwords."));
        rc >= 0)
        return rc;
    if (p.isSet(QStringLiteral("recovery-code")))
        return fail(Error(ErrorCode::InvalidInput, tr("Changing the key needs a user's password, not the recovery code.")));
    const QString password = readSecret("DOUDI_PASSWORD");
    qputenv("DOUDI_PASSWORD", password.toUtf8()); // unlock() reads it again
    return withSession(p, [&](Session &session) -> int {
        Result<RekeyResult> r = ProfileService::beginRekey(session, password);
        if (!r)
            return fail(r.error());
        // Shown before the swap: from this moment the new code opens the profile, whether the
        // swap below completes or this process is killed first.
        QTextStream(stderr) << tr("New recovery code (write it down now and keep it in the safe): %1").arg(r->recoveryCode)
                            << Qt::endl;
        if (Status st = ProfileService::commitRekey(session); !st)
            return fail(st.error());
        return printJson(
            QJsonObject{{QStringLiteral("rekeyed"), true},
                        {QStringLiteral("recovery_code"), r->recoveryCode},
                        {QStringLiteral("users_needing_new_password"), QJsonArray::fromStringList(r->droppedUsers)}});
    });
}

} // namespace doudi::cli
