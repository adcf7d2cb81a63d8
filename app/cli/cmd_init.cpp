#include "cli.h"

#include <QJsonObject>

namespace doudi::cli {

using namespace doudi::core;

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("profile"), tr("Profile folder to create."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("user"), tr("The first user's login name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("name"), tr("The first user's full name."), QStringLiteral("text")});
    p.addOption({QStringLiteral("area"), tr("Area of work: 6- or 12-digit area code."), QStringLiteral("code")});
    p.addOption({QStringLiteral("role"),
                 tr("village (--area: a village), township or township_head (a township), county (the county); "
                    "default township. Administrator accounts come from the county (enrol)."),
                 QStringLiteral("role"), QStringLiteral("township")});
    p.addOption({QStringLiteral("demo"),
                 tr("A demonstration or test profile: any role over any area, or none (the whole county's demo data).")});
    p.addOption({QStringLiteral("cipher"), tr("aes (default) or sm4, where the county uses SM4."), QStringLiteral("cipher"),
                 QStringLiteral("aes")});
    p.addOption({QStringLiteral("kdf-iterations"),
                 tr("Cost of deriving a key from a password (default %1; lower is weaker: for tests and very old "
                    "computers).")
                     .arg(ProfileService::kDefaultKdfCost),
                 QStringLiteral("n"), QString::number(ProfileService::kDefaultKdfCost)});
    if (int rc = parse(p, args,
                       tr("Creates an encrypted profile. The password comes from DOUDI_PASSWORD or "
                          "standard input; the recovery code is printed once: write it down."));
        rc >= 0)
        return rc;
    ProfileSetup setup;
    setup.user = p.value(QStringLiteral("user"));
    setup.displayName = p.value(QStringLiteral("name"));
    setup.scope = p.value(QStringLiteral("area"));
    setup.role = p.value(QStringLiteral("role"));
    const QString cipher = p.value(QStringLiteral("cipher"));
    if (cipher != QLatin1String("aes") && cipher != QLatin1String("sm4"))
        return fail(Error(ErrorCode::InvalidInput, tr("--cipher must be aes or sm4.")));
    setup.cipher = cipher == QLatin1String("sm4") ? QStringLiteral("sm4-cbc") : QStringLiteral("aes-256-cbc");
    static const QStringList roles = {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                      QStringLiteral("county"), QStringLiteral("admin")};
    if (!roles.contains(setup.role))
        return fail(Error(ErrorCode::InvalidInput, tr("--role must be one of: %1.").arg(roles.join(QStringLiteral(", ")))));
    if (setup.user.isEmpty())
        return fail(Error(ErrorCode::InvalidInput, tr("--user is required.")));
    bool numeric = false;
    setup.iterations = p.value(QStringLiteral("kdf-iterations")).toInt(&numeric);
    if (!numeric || setup.iterations < ProfileService::kMinKdfCost || setup.iterations > ProfileService::kMaxKdfCost)
        return fail(Error(ErrorCode::InvalidInput, tr("--kdf-iterations must be a number from %1 to %2.")
                                                       .arg(ProfileService::kMinKdfCost)
                                                       .arg(ProfileService::kMaxKdfCost)));
    setup.password = readSecret("DOUDI_PASSWORD");
    const QString dir = profileDir(p);
    QString recoveryCode;
    Result<std::unique_ptr<Session>> session = p.isSet(QStringLiteral("demo"))
                                                   ? ProfileService::create(dir, setup, &recoveryCode)
                                                   : ProfileService::createWorkingAlone(dir, setup, &recoveryCode);
    if (!session)
        return fail(session.error());
    return printJson(QJsonObject{{QStringLiteral("profile"), dir},
                                 {QStringLiteral("user"), setup.user},
                                 {QStringLiteral("cipher"), setup.cipher},
                                 {QStringLiteral("recovery_code"), recoveryCode}});
}

} // namespace doudi::cli
