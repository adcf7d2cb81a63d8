#include "cli.h"

#include "common/clock.h"
#include "services/documentservice.h"
#include "services/listservice.h"
#include "services/reportservice.h"

#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
QDate monthOf(const QString &text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
}

Result<QList<CaseState>> statesOf(const QString &text)
{
    QList<CaseState> states;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        CaseState s;
        if (!Case::stateFromCode(code.trimmed(), &s))
            return Error(ErrorCode::InvalidInput, tr("Unknown case state “%1”.").arg(code));
        states << s;
    }
    return states;
}
} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("out"), tr("The file to write: .xlsx or .csv (readable by you only)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("area"), tr("households: the area to list (default: yours)."), QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("state"), tr("cases: the states to list, comma separated (default: all)."), QStringLiteral("codes")});
    p.addOption({QStringLiteral("township"), tr("payments: the township (12-digit code)."), QStringLiteral("code")});
    p.addOption({QStringLiteral("month"), tr("payments: the month paid for."), QStringLiteral("YYYY-MM")});
    p.addPositionalArgument(QStringLiteral("list"), tr("households, cases or payments (代发清单)"));
    if (int rc = parse(p, args,
                       tr("Lists out as spreadsheets: the households of an area, a work list of cases, or a "
                          "township's payment list of a month for the bank, with totals."));
        rc >= 0)
        return rc;
    const QString list = p.positionalArguments().value(0);
    const QString out = p.value(QStringLiteral("out"));
    static const QStringList kLists = {QStringLiteral("households"), QStringLiteral("cases"), QStringLiteral("payments")};
    if (!kLists.contains(list) || out.isEmpty() || p.positionalArguments().size() != 1)
        return usage(p);
    const QDate month = monthOf(p.value(QStringLiteral("month")));
    if (list == QLatin1String("payments") && (!month.isValid() || !p.isSet(QStringLiteral("township"))))
        return usage(p);
    Result<QList<CaseState>> states = statesOf(p.value(QStringLiteral("state")));
    if (!states)
        return fail(states.error());
    return withSession(p, [&](Session &session) -> int {
        ListService lists(session);
        const Result<OutputSheet> sheet = list == QLatin1String("households") ? lists.households(p.value(QStringLiteral("area")))
                                          : list == QLatin1String("cases")
                                              ? lists.cases(tr("Cases"), *states, Clock::today())
                                              : lists.paymentList(p.value(QStringLiteral("township")), month);
        if (!sheet)
            return fail(sheet.error());
        if (Status st = lists.write({*sheet}, out, list); !st)
            return fail(st.error());
        return printJson(QJsonObject{{QStringLiteral("list"), list},
                                     {QStringLiteral("file"), out},
                                     {QStringLiteral("rows"), int(sheet->rows.size())},
                                     {QStringLiteral("title"), sheet->title}});
    });
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("month"), tr("The month of the report."), QStringLiteral("YYYY-MM")});
    p.addOption(
        {QStringLiteral("area"), tr("The area: the county, a township or a village (default: yours)."), QStringLiteral("code")});
    p.addOption(
        {QStringLiteral("out"), tr("Also write the report to this spreadsheet (.xlsx or .csv)."), QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("pdf"), tr("Also print the report, numbered and recorded, to this PDF file."), QStringLiteral("file")});
    p.addPositionalArgument(QStringLiteral("kind"), tr("monthly"));
    if (int rc = parse(p, args,
                       tr("月报: households and persons by programme and category, amounts paid, new, stopped and "
                          "changed in the month, temporary assistance by type and extreme poverty by care level, "
                          "for the area and each township and village in it (JSON)."));
        rc >= 0)
        return rc;
    const QDate month = monthOf(p.value(QStringLiteral("month")));
    if (p.positionalArguments() != QStringList{QStringLiteral("monthly")} || !month.isValid())
        return usage(p);
    return withSession(p, [&](Session &session) -> int {
        ReportService reports(session);
        Result<MonthlyReport> report = reports.monthly(month, p.value(QStringLiteral("area")));
        if (!report)
            return fail(report.error());
        QJsonObject json = report->toJson();
        if (const QString out = p.value(QStringLiteral("out")); !out.isEmpty()) {
            if (Status st = reports.write(*report, out); !st)
                return fail(st.error());
            json.insert(QStringLiteral("file"), out);
        }
        if (const QString pdf = p.value(QStringLiteral("pdf")); !pdf.isEmpty()) {
            Result<IssuedDocument> doc = DocumentService(session).monthlyReport(*report, true, Clock::today());
            if (!doc)
                return fail(doc.error());
            Result<QByteArray> bytes = doc->document.pdf();
            if (!bytes)
                return fail(bytes.error());
            if (Status st = writePrivateFile(pdf, *bytes); !st)
                return fail(st.error());
            json.insert(QStringLiteral("pdf"), pdf);
            json.insert(QStringLiteral("document"), doc->record.number);
        }
        return printJson(json);
    });
}

} // namespace doudi::cli
