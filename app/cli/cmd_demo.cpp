#include "cli.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/authorization.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/householdservice.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("households"), tr("How many households to add."), QStringLiteral("n"), QStringLiteral("100")});
    p.addOption({QStringLiteral("cases"),
                 tr("Also add this many applications at every stage of the procedure (needs the county policy and a "
                    "user who may confirm)."),
                 QStringLiteral("n"), QStringLiteral("0")});
    p.addOption({QStringLiteral("seed"), tr("Seed for repeatable data."), QStringLiteral("n"), QStringLiteral("2026")});
    p.addOption({QStringLiteral("batch"), tr("Households per transaction."), QStringLiteral("n"), QStringLiteral("200")});
    if (int rc = parse(p, args,
                       tr("Adds realistic demo households (沂源县 villages, valid ID numbers) to the profile. "
                          "Each batch is saved whole or not at all."));
        rc >= 0)
        return rc;
    bool ok = false;
    const int n = p.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || n < 1 || n > 1000000)
        return fail(Error(ErrorCode::InvalidInput, tr("--households must be from 1 to 1000000.")));
    const int batch = std::clamp(p.value(QStringLiteral("batch")).toInt(), 1, 10000);
    return withSession(p, [&](Session &session) -> int {
        QElapsedTimer timer;
        timer.start();
        DemoData demo(AreaRegistry::current(), p.value(QStringLiteral("seed")).toUInt());
        demo.limitTo(Authorization(session).prefixes()); // in the user's own villages
        HouseholdService households(session);
        QTextStream err(stderr);
        int saved = 0;
        while (saved < n) {
            QList<Household> chunk;
            for (int i = saved; i < std::min(n, saved + batch); ++i)
                chunk << demo.household();
            Result<int> r = households.importMany(chunk, batch);
            if (!r)
                return fail(r.error());
            saved += *r;
            err << tr("%1 of %2 households saved").arg(saved).arg(n) << '\n';
            err.flush();
        }
        const int wantedCases = std::clamp(p.value(QStringLiteral("cases")).toInt(), 0, 10000);
        Result<int> cases = wantedCases > 0 ? DemoCases::add(session, wantedCases, Clock::today()) : Result<int>(0);
        if (!cases)
            return fail(cases.error());
        return printJson(QJsonObject{{QStringLiteral("households"), saved},
                                     {QStringLiteral("cases"), *cases},
                                     {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
    });
}

} // namespace doudi::cli
