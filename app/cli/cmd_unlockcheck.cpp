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
    return withSession(p, [&](Session &session) -> int {
        Result<QStringList> problems = ProfileService::integrityCheck(session);
        if (!problems)
            return fail(problems.error());
        QJsonObject out{{QStringLiteral("unlocked"), true},
                        {QStringLiteral("user"), session.user()},
                        {QStringLiteral("cipher"), session.cipher()},
                        {QStringLiteral("schema_version"), ProfileService::schemaVersion(session)},
                        {QStringLiteral("integrity"), problems->isEmpty() ? QStringLiteral("ok") : problems->join(u'\n')}};
        // The households the user may see; none are counted for a role that sees none (the
        // recovery code, the administrator), and asking would leave a refusal in the audit log.
        if (Authorization::roleMay(session.role(), Permission::ReadHouseholds)) {
            Result<qint64> count = HouseholdService(session).count();
            if (!count)
                return fail(count.error());
            out.insert(QStringLiteral("households"), double(*count));
        }
        printJson(out);
        return problems->isEmpty() ? Ok : Damaged;
    });
}

} // namespace doudi::cli
