#include "cli.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/policyservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runPolicy(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("area"), tr("show: the area code the values apply to."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("date"), tr("show: the day (default: today)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addPositionalArgument(QStringLiteral("action"), tr("import <file>, export <file>, show"));
    if (int rc = parse(p, args,
                       tr("The county policy on this device: import checks the whole file first "
                          "and refuses it "
                          "with the line of the first problem."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool needsFile = action == QLatin1String("import") || action == QLatin1String("export");
    if ((!needsFile && action != QLatin1String("show")) || (needsFile && pos.size() < 2)) {
        QTextStream(stderr) << p.helpText();
        return Usage;
    }
    Result<std::unique_ptr<Profile>> profile = unlock(p);
    if (!profile)
        return fail(profile.error());
    PolicyService policy(**profile);
    if (action == QLatin1String("import")) {
        Result<StoredPolicy> stored = policy.importFile(pos[1]);
        if (!stored)
            return fail(stored.error());
        return printJson(QJsonObject{{QStringLiteral("imported"), stored->title},
                                     {QStringLiteral("sha256"), stored->sha256}});
    }
    if (action == QLatin1String("export")) {
        if (Status st = policy.exportTo(pos[1]); !st)
            return fail(st.error());
        return printJson(QJsonObject{{QStringLiteral("exported"), pos[1]}});
    }
    const QDate date = p.isSet(QStringLiteral("date"))
                           ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate)
                           : Clock::today();
    if (!date.isValid())
        return fail(
            Error(ErrorCode::InvalidInput, tr("--date must be a date such as 2026-03-01.")));
    const QString area = p.value(QStringLiteral("area"));
    if (!area.isEmpty() && !AreaCode::isWellFormed(area))
        return fail(
            Error(ErrorCode::InvalidInput, tr("--area must be a 6- or 12-digit area code.")));
    Result<QList<Parameter>> values =
        policy.inForce(area.isEmpty() ? QStringLiteral("000000000000") : area, date);
    if (!values)
        return fail(values.error());
    QJsonArray out;
    for (const Parameter &v : *values) {
        out.append(QJsonObject{
            {QStringLiteral("key"), v.key},
            {QStringLiteral("label"), ParameterSpecs::label(*ParameterSpecs::find(v.key))},
            {QStringLiteral("value"), v.valueText()},
            {QStringLiteral("area"), v.area},
            {QStringLiteral("from"), v.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), v.to.toString(Qt::ISODate)},
            {QStringLiteral("source"), v.source}});
    }
    return printJson(out);
}

} // namespace doudi::cli
