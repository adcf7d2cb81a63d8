#include "cli.h"

#include "common/clock.h"
#include "domain/enums.h"
#include "identity/idnumber.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doudi::cli {

using namespace doudi::core;

int runValidateId(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"), tr("One or more ID numbers (18 or 15 characters)."));
    if (int rc = parse(p, args, tr("Checks resident ID numbers (GB 11643) without opening a profile.")); rc >= 0)
        return rc;
    const QStringList numbers = p.positionalArguments();
    if (numbers.isEmpty())
        return usage(p);
    QJsonArray out;
    bool allValid = true;
    for (const QString &n : numbers) {
        const Result<IdNumber::Info> info = IdNumber::parse(n);
        if (!info) {
            allValid = false;
            out.append(QJsonObject{{QStringLiteral("input"), n},
                                   {QStringLiteral("valid"), false},
                                   {QStringLiteral("message"), info.error().message()}});
            continue;
        }
        out.append(QJsonObject{{QStringLiteral("input"), n},
                               {QStringLiteral("valid"), true},
                               {QStringLiteral("number"), info->number},
                               {QStringLiteral("upgraded_from_15"), info->upgradedFrom15},
                               {QStringLiteral("area_code"), info->areaCode},
                               {QStringLiteral("birth_date"), info->birthDate.toString(Qt::ISODate)},
                               {QStringLiteral("age"), IdNumber::ageAt(info->birthDate, Clock::today())},
                               {QStringLiteral("sex"), codeOf(info->sex)},
                               {QStringLiteral("sex_label"), labelOf(info->sex)}});
    }
    printJson(out);
    return allValid ? Ok : Invalid;
}

} // namespace doudi::cli
