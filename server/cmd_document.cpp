#include "domain/documentrecord.h"
#include "server/commands.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

// A printout checked at the county, whichever laptop printed it: each device's register of
// printed documents reaches the county with its sync (record type "document"), and the check
// is the one every laptop makes (DocumentRecord::matches).
int runDocument(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify NUMBER CHECK-CODE"));
    if (int rc = cli::parse(p, args,
                            tr("Checks a printed document against the county's register of every laptop's printouts.\n"
                               "  verify NUMBER CODE   the document number and the check code printed on it (at least "
                               "16 characters; spaces are ignored). Exit 0: genuine; 3: altered or not genuine; 5: not "
                               "in the register (the laptop that printed it has not synced since)."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3 || pos.at(0) != QLatin1String("verify")) {
        (void)cli::fail(Error(ErrorCode::InvalidInput, tr("Use: document verify NUMBER CODE (see document --help).")));
        return cli::Usage;
    }
    const QString number = pos.at(1).trimmed();
    const QString code = DocumentRecord::checkCodeOf(pos.at(2));
    if (code.size() < DocumentRecord::kMinCheckCode)
        return cli::fail(
            Error(ErrorCode::InvalidInput, tr("Give at least the 16 characters of the check code printed on the document.")));
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());

    QJsonObject out;
    bool genuine = false;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &) -> Status {
        Result<StoreQuery> q = store.exec(QStringLiteral("SELECT fields::text, area_code, household_id FROM records "
                                                         "WHERE record_type = 'document' AND record_id = ? AND NOT deleted"),
                                          {number});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, tr("Document %1 is not in the county's register: the laptop that printed it "
                                                 "has not synced since, or the number is wrong.")
                                                  .arg(number));
        const QJsonObject fields = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        DocumentRecord d;
        d.number = number;
        d.form = fields.value(QStringLiteral("form")).toString();
        d.sha256 = fields.value(QStringLiteral("sha256")).toString();
        // The laptop keeps the content as JSON text in one column; it travels as that text.
        d.content = QJsonDocument::fromJson(fields.value(QStringLiteral("content")).toString().toUtf8()).object();
        genuine = d.matches(code);
        out = {{QStringLiteral("number"), number},
               {QStringLiteral("genuine"), genuine},
               {QStringLiteral("form"), d.form},
               {QStringLiteral("case_id"), fields.value(QStringLiteral("case_id"))},
               {QStringLiteral("household_id"), q->value(2).toString()},
               {QStringLiteral("area_code"), q->value(1).toString()},
               {QStringLiteral("printed_at"), fields.value(QStringLiteral("printed_at"))},
               {QStringLiteral("printed_by"), fields.value(QStringLiteral("user_name"))},
               {QStringLiteral("reprints"), fields.value(QStringLiteral("reprints"))},
               {QStringLiteral("message"), genuine ? tr("This printout matches document %1 as printed.").arg(number)
                                                   : tr("The check code does not match document %1: the printout is not "
                                                        "genuine or was altered.")
                                                         .arg(number)}};
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    cli::printJson(out);
    return genuine ? cli::Ok : cli::Invalid;
}

} // namespace doudi::server
