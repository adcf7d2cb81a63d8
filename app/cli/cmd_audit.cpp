#include "cli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("verify"), tr("Recompute and check every audit entry."));
    if (int rc = parse(p, args, tr("The audit log.")); rc >= 0)
        return rc;
    if (p.positionalArguments().value(0) != QLatin1String("verify"))
        return usage(p);
    return withSession(p, [&](Session &session) -> int {
        Result<AuditReport> report = ProfileService::verifyAudit(session);
        if (!report)
            return fail(report.error());
        const bool intact = report->intact();
        QJsonArray records;
        for (const AuditReport::RecordProblem &r : std::as_const(report->recordProblems))
            records.append(QJsonObject{
                {QStringLiteral("type"), r.recordType}, {QStringLiteral("id"), r.recordId}, {QStringLiteral("problem"), r.what}});
        printJson(QJsonObject{{QStringLiteral("entries"), double(report->entries)},
                              {QStringLiteral("records_checked"), double(report->recordsChecked)},
                              {QStringLiteral("intact"), intact},
                              {QStringLiteral("problem"), report->problem},
                              {QStringLiteral("records_with_problems"), double(report->recordProblemCount)},
                              {QStringLiteral("records"), records}});
        return intact ? Ok : Damaged;
    });
}

} // namespace doudi::cli
