#include "cli.h"

#include "common/clock.h"
#include "services/assessmentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
QJsonObject toJson(const Assessment &a)
{
    QJsonArray trace;
    for (const TraceStep &s : a.trace)
        trace.append(QJsonObject{{QStringLiteral("rule"), s.rule},
                                 {QStringLiteral("passed"), s.passed},
                                 {QStringLiteral("text"), s.sentence},
                                 {QStringLiteral("policy"), QJsonArray::fromStringList(s.policy)}});
    QJsonObject o{{QStringLiteral("programme"), Assessment::programmeCode(a.programme)},
                  {QStringLiteral("programme_label"), Assessment::programmeLabel(a.programme)},
                  {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                  {QStringLiteral("area_code"), a.areaCode},
                  {QStringLiteral("counted_members"), a.countedMembers},
                  {QStringLiteral("covered_members"), a.coveredMembers},
                  {QStringLiteral("annual_income_fen"), double(a.annualCountedIncome)},
                  {QStringLiteral("per_capita_monthly_yuan"), money::formatYuan(a.perCapitaMonthlyRounded)},
                  {QStringLiteral("standard_fen"), double(a.standardFen)},
                  {QStringLiteral("monthly_amount_fen"), double(a.monthlyAmountFen)},
                  {QStringLiteral("monthly_amount_yuan"), money::formatYuan(a.monthlyAmountFen)},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)},
                  {QStringLiteral("trace"), trace}};
    if (a.programme == Programme::DibaoTaper)
        o.insert(QStringLiteral("taper_months"), a.taperMonths);
    if (a.programme == Programme::Tekun)
        o.insert(QStringLiteral("care_level"), a.careLevel);
    if (!a.extremePoverty.isEmpty())
        o.insert(QStringLiteral("extreme_poverty"), a.toJson().value(QStringLiteral("extreme_poverty")));
    o.insert(QStringLiteral("headline"), a.headline());
    return o;
}
} // namespace

int runAssess(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("household"), tr("Household JSON file, or - for standard input."));
    p.addOption({QStringLiteral("household"), tr("Assess a household stored in the profile (its id) with the profile's policy."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("use-profile-policy"), tr("Use the policy imported into the profile.")});
    p.addOption({QStringLiteral("date"), tr("Assess as of this day (default: today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("area"), tr("Area code whose policy applies (default: the household's village)."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("policy"), tr("County policy file (default: the built-in demo county's sample policy)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("currently-dibao"),
                 tr("The household receives dibao now, this many fen a month (for the taper period)."), QStringLiteral("fen")});
    p.addOption({QStringLiteral("explain"), tr("Print the explanation as Chinese sentences instead of JSON.")});
    if (int rc = parse(p, args,
                       tr("Decides which programme a household qualifies for and the monthly amount, "
                          "with every rule applied and the policy it used."));
        rc >= 0)
        return rc;
    const QString file = p.positionalArguments().value(0);
    const bool stored = p.isSet(QStringLiteral("household"));
    if (file.isEmpty() == !stored)
        return usage(p, tr("Give a household JSON file or --household, not both."));
    std::unique_ptr<Session> session;
    if (stored || p.isSet(QStringLiteral("use-profile-policy"))) {
        Result<std::unique_ptr<Session>> unlocked = unlock(p);
        if (!unlocked)
            return fail(unlocked.error());
        session = std::move(unlocked).value();
    }
    QJsonObject household;
    if (stored) {
        Result<Household> h = HouseholdService(*session).get(p.value(QStringLiteral("household")));
        if (!h)
            return fail(h.error());
        household = h->toJson();
    } else {
        QByteArray data;
        {
            QFile in;
            const bool ok = file == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                       : (in.setFileName(file), in.open(QIODevice::ReadOnly));
            if (!ok)
                return fail(Error(ErrorCode::NotFound, tr("The file %1 could not be opened.").arg(file)));
            data = in.read(4 << 20);
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Error(ErrorCode::InvalidInput,
                              tr("The input is not a JSON object (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset)));
        household = doc.object();
    }
    AssessOptions options;
    options.date =
        p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate) : Clock::today();
    if (!options.date.isValid())
        return fail(Error(ErrorCode::InvalidInput, tr("--date must be a date such as 2026-03-01.")));
    options.areaCode = p.value(QStringLiteral("area"));
    if (p.isSet(QStringLiteral("currently-dibao"))) {
        bool ok = false;
        options.currentlyDibao = true;
        options.currentMonthlyFen = p.value(QStringLiteral("currently-dibao")).toLongLong(&ok);
        if (!ok || options.currentMonthlyFen < 0)
            return fail(Error(ErrorCode::InvalidInput, tr("--currently-dibao must be a whole number of fen.")));
    }
    // The policy: a file named, else the profile's when a profile is open, else the demo county's.
    PolicyBook loaded;
    bool haveLoaded = false;
    if (p.isSet(QStringLiteral("policy")) || session) {
        Result<PolicyBook> book = p.isSet(QStringLiteral("policy"))
                                      ? AssessmentService::loadPolicyFile(p.value(QStringLiteral("policy")))
                                      : PolicyService(*session).current();
        if (!book)
            return fail(book.error());
        loaded = std::move(book).value();
        haveLoaded = true;
    }
    const PolicyBook &policy = haveLoaded ? loaded : PolicyBook::demo();
    Result<Assessment> a = AssessmentService::assess(household, options, policy);
    if (!a)
        return fail(a.error());
    if (p.isSet(QStringLiteral("explain"))) {
        QTextStream out(stdout);
        out << a->headline() << '\n' << a->explanation() << '\n';
        return Ok;
    }
    return printJson(toJson(*a));
}

} // namespace doudi::cli
