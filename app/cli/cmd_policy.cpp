#include "cli.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "policy/policydiff.h"
#include "services/assessmentservice.h"
#include "services/policyservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
// A policy file as import would read it; a refusal names the file, as two are read.
Result<PolicyBook> loadPolicyFile(const QString &path)
{
    Result<PolicyBook> book = AssessmentService::loadPolicyFile(path);
    if (!book)
        return Error(book.error().code(), QStringLiteral("%1: %2").arg(path, book.error().message()), book.error().detail());
    return book;
}

int diffPolicyFiles(const QString &oldPath, const QString &newPath)
{
    const Result<PolicyBook> before = loadPolicyFile(oldPath);
    if (!before)
        return fail(before.error());
    const Result<PolicyBook> after = loadPolicyFile(newPath);
    if (!after)
        return fail(after.error());
    QJsonObject out = PolicyDiff::between(*before, *after).toJson();
    out.insert(QStringLiteral("old"), QJsonObject{{QStringLiteral("file"), oldPath}, {QStringLiteral("title"), before->title()}});
    out.insert(QStringLiteral("new"), QJsonObject{{QStringLiteral("file"), newPath}, {QStringLiteral("title"), after->title()}});
    return printJson(out);
}
} // namespace

int runPolicy(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("area"), tr("show: the area code the values apply to."), QStringLiteral("code")});
    p.addOption({QStringLiteral("date"), tr("show: the day (default: today)."), QStringLiteral("YYYY-MM-DD")});
    // The list goes on in a string of its own, so that the translation of the first part
    // stays; the comma is in it because Chinese lists take 、.
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("import <file>, export <file>, show, schema") + tr(", diff <old file> <new file>"));
    if (int rc = parse(p, args,
                       tr("The county policy on this device: import checks the whole file first "
                          "and refuses it "
                          "with the line of the first problem.") +
                           QLatin1Char(' ') +
                           tr("diff compares two policy files (no profile needed): each value added, "
                              "removed or changed, by key and area, with its dates and source."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool needsFile = action == QLatin1String("import") || action == QLatin1String("export");
    const bool isDiff = action == QLatin1String("diff");
    if ((!needsFile && !isDiff && action != QLatin1String("show") && action != QLatin1String("schema")) ||
        (needsFile && pos.size() < 2) || (isDiff && pos.size() < 3))
        return usage(p);
    if (isDiff)
        return diffPolicyFiles(pos[1], pos[2]);
    if (action == QLatin1String("schema")) {
        // The declared parameters are the schema that import checks a file against.
        static const char *types[] = {"money_fen", "ratio_text", "integer", "choice", "codes", "tiers", "topups", "text"};
        QJsonArray out;
        for (const ParameterSpec &s : ParameterSpecs::all()) {
            QJsonObject o{{QStringLiteral("key"), QString::fromLatin1(s.key)},
                          {QStringLiteral("type"), QString::fromLatin1(types[int(s.type)])},
                          {QStringLiteral("label"), ParameterSpecs::label(s)}};
            if (!s.choices.isEmpty())
                o.insert(QStringLiteral("allowed"), QJsonArray::fromStringList(s.choices));
            if (s.pattern)
                o.insert(QStringLiteral("pattern"), QString::fromUtf8(s.pattern));
            if (s.optional)
                o.insert(QStringLiteral("optional"), true);
            if (s.max > 0 && s.type == ParamType::Text) {
                o.insert(QStringLiteral("max_length"), double(s.max));
            } else if (s.max > 0) {
                o.insert(QStringLiteral("min"), double(s.min));
                o.insert(QStringLiteral("max"), double(s.max));
            }
            out.append(o);
        }
        return printJson(QJsonObject{
            {QStringLiteral("format"), QStringLiteral("doudi-policy")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("entry"), QStringLiteral("{key, area (6/12 digits or empty), from, to?, value, source}")},
            {QStringLiteral("calendar"), QStringLiteral("{year, holidays[], workdays[] (weekend days only), source}")},
            {QStringLiteral("parameters"), out}});
    }
    return withSession(p, [&](Session &session) -> int {
        PolicyService policy(session);
        if (action == QLatin1String("import")) {
            Result<StoredPolicy> stored = policy.importFile(pos[1]);
            if (!stored)
                return fail(stored.error());
            return printJson(
                QJsonObject{{QStringLiteral("imported"), stored->title}, {QStringLiteral("sha256"), stored->sha256}});
        }
        if (action == QLatin1String("export")) {
            if (Status st = policy.exportTo(pos[1]); !st)
                return fail(st.error());
            return printJson(QJsonObject{{QStringLiteral("exported"), pos[1]}});
        }
        const QDate date =
            p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate) : Clock::today();
        if (!date.isValid())
            return fail(Error(ErrorCode::InvalidInput, tr("--date must be a date such as 2026-03-01.")));
        const QString area = p.value(QStringLiteral("area"));
        if (!area.isEmpty() && !AreaCode::isWellFormed(area))
            return fail(Error(ErrorCode::InvalidInput, tr("--area must be a 6- or 12-digit area code.")));
        Result<QList<Parameter>> values = policy.inForce(area.isEmpty() ? QStringLiteral("000000000000") : area, date);
        if (!values)
            return fail(values.error());
        QJsonArray out;
        for (const Parameter &v : *values) {
            out.append(QJsonObject{{QStringLiteral("key"), v.key},
                                   {QStringLiteral("label"), ParameterSpecs::label(*ParameterSpecs::find(v.key))},
                                   {QStringLiteral("value"), v.valueText()},
                                   {QStringLiteral("area"), v.area},
                                   {QStringLiteral("from"), v.from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), v.to.toString(Qt::ISODate)},
                                   {QStringLiteral("source"), v.source}});
        }
        return printJson(out);
    });
}

} // namespace doudi::cli
