#include "cli.h"

#include "services/householdservice.h"

#include <QJsonObject>

namespace doudi::cli {

using namespace doudi::core;

int runUnlockCheck(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    if (int rc = parse(p, args, tr("Unlocks the profile and reports on it; nothing is changed.")); rc >= 0)
        return rc;
    Result<std::unique_ptr<Profile>> profile = unlock(p);
    if (!profile)
        return fail(profile.error());
    Result<QStringList> problems = (*profile)->database().integrityCheck();
    if (!problems)
        return fail(problems.error());
    HouseholdService households(**profile);
    Result<qint64> count = households.count();
    if (!count)
        return fail(count.error());
    printJson(QJsonObject{{QStringLiteral("unlocked"), true},
                          {QStringLiteral("user"), (*profile)->user()},
                          {QStringLiteral("cipher"), (*profile)->cipher()},
                          {QStringLiteral("schema_version"), (*profile)->database().schemaVersion()},
                          {QStringLiteral("households"), double(*count)},
                          {QStringLiteral("integrity"), problems->isEmpty() ? QStringLiteral("ok")
                                                                            : problems->join(u'\n')}});
    return problems->isEmpty() ? Ok : Damaged;
}

} // namespace doudi::cli
