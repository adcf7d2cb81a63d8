#include "cli.h"

#include "common/clock.h"
#include "services/rosterimportservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
Result<RosterMapping> mappingFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("Cannot read %1.").arg(path));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput, tr("%1 is not a JSON object: %2").arg(path, parse.errorString()));
    QString error;
    std::optional<RosterMapping> m = RosterMapping::fromJson(doc.object(), &error);
    if (!m)
        return Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, error));
    return *m;
}

// The header row as the person sees it in Excel, to write a mapping from.
QJsonArray headersJson(const RosterFile &file, const RosterMapping &mapping)
{
    QJsonArray out;
    const QStringList headers = file.sheet.rows.value(mapping.headerRow);
    for (int c = 0; c < headers.size(); ++c)
        out.append(QJsonObject{{QStringLiteral("column"), columnLetters(c)}, {QStringLiteral("text"), headers[c]}});
    return out;
}
} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("mapping"),
                 tr("The column mapping as JSON: {\"header_row\": 1, \"columns\": {\"id_number\": \"F\", …}} (default: the one "
                    "remembered for the file's layout, else the usual headers)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("dry-run"), tr("Only check the file and print the report; save nothing.")});
    p.addOption(
        {QStringLiteral("report"), tr("Also write the problems to this spreadsheet (.xlsx or .csv)."), QStringLiteral("file")});
    p.addPositionalArgument(QStringLiteral("file"), tr("The roster: .xlsx, .xls or .csv (UTF-8 or GB18030)."));
    if (int rc = parse(p, args,
                       tr("A township's existing roster (低保, 特困) carried over: each household with its members, and its "
                          "entitlement as a case being paid since the month the file gives. Every row is checked first; "
                          "with any problem nothing is saved, and the report (JSON) lists each with its row and column."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return usage(p);
    const QString path = p.positionalArguments().constFirst();
    std::optional<RosterMapping> given;
    if (p.isSet(QStringLiteral("mapping"))) {
        Result<RosterMapping> m = mappingFile(p.value(QStringLiteral("mapping")));
        if (!m)
            return fail(m.error());
        given = *m;
    }
    return withSession(p, [&](Session &session) -> int {
        RosterImportService rosters(session);
        Result<RosterFile> file = rosters.open(path);
        if (!file)
            return fail(file.error());
        const RosterMapping mapping = given ? *given : file->mapping;
        const QDate today = Clock::today();
        Result<RosterPlan> plan = rosters.check(*file, mapping, today);
        if (!plan)
            return fail(plan.error());
        QJsonObject out = plan->toJson();
        out.insert(QStringLiteral("file"), file->fileName);
        out.insert(QStringLiteral("sheet"), file->sheet.name);
        out.insert(QStringLiteral("mapping"), mapping.toJson());
        out.insert(QStringLiteral("mapping_source"), given              ? QStringLiteral("file")
                                                     : file->remembered ? QStringLiteral("remembered")
                                                                        : QStringLiteral("headers"));
        out.insert(QStringLiteral("headers"), headersJson(*file, mapping));
        if (const QString report = p.value(QStringLiteral("report")); !report.isEmpty()) {
            if (Status st = rosters.writeReport(*plan, report); !st)
                return fail(st.error());
            out.insert(QStringLiteral("report"), report);
        }
        if (!plan->ok()) {
            printJson(out);
            return Invalid;
        }
        if (!p.isSet(QStringLiteral("dry-run"))) {
            Result<RosterImported> done = rosters.commit(*plan, *file, mapping, today);
            if (!done)
                return fail(done.error());
            out.insert(QStringLiteral("imported"), QJsonObject{{QStringLiteral("households"), done->households},
                                                               {QStringLiteral("persons"), done->persons},
                                                               {QStringLiteral("monthly_fen"), double(done->monthlyFen)}});
        }
        return printJson(out);
    });
}

} // namespace doudi::cli
