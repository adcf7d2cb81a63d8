#include "cli.h"

#include "common/clock.h"
#include "services/documentservice.h"
#include "services/rerateservice.h"

#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runRerate(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("from"),
                 tr("The day the new standards take effect (amounts change from the first day of its month)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("township"), tr("Only this township (12-digit code); default: all your areas."), QStringLiteral("code")});
    p.addOption({QStringLiteral("apply"),
                 tr("Apply the list as one batch (township head or county, as the county's confirm.level says).")});
    p.addOption({QStringLiteral("out"), tr("Also print the township's list of changes to this PDF file (needs --township)."),
                 QStringLiteral("file")});
    if (int rc = parse(p, args,
                       tr("调标: every case being paid in your areas worked out again under the standards in force on "
                          "--from. Prints the changes as JSON; with --apply, re-rates the households that did not "
                          "change and brings the others forward for review, all or nothing."));
        rc >= 0)
        return rc;
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid())
        return usage(p);
    const QString out = p.value(QStringLiteral("out"));
    if (!out.isEmpty() && !p.isSet(QStringLiteral("township")))
        return fail(Error(ErrorCode::InvalidInput, tr("--out prints a township's list: give --township too.")));
    return withSession(p, [&](Session &session) -> int {
        RerateService rerate(session);
        const QDate today = Clock::today();
        Result<RerateList> list = rerate.preview(from, p.value(QStringLiteral("township")), today);
        if (!list)
            return fail(list.error());
        QJsonObject result = list->toJson();
        if (!out.isEmpty()) {
            // The list as confirmed: numbered and recorded like every printed form.
            Result<IssuedDocument> doc = DocumentService(session).rerateList(*list, true, today);
            if (!doc)
                return fail(doc.error());
            Result<QByteArray> pdf = doc->document.pdf();
            if (!pdf)
                return fail(pdf.error());
            if (Status st = writePrivateFile(out, *pdf); !st)
                return fail(st.error());
            result.insert(QStringLiteral("file"), out);
            result.insert(QStringLiteral("document"), doc->record.number);
        }
        if (p.isSet(QStringLiteral("apply"))) {
            // What was just listed is what is confirmed: apply refuses it if it changed meanwhile.
            Result<RerateApplied> applied = rerate.apply(*list, today);
            if (!applied)
                return fail(applied.error());
            result.insert(QStringLiteral("applied"), QJsonObject{{QStringLiteral("rerated"), applied->rerated},
                                                                 {QStringLiteral("flagged"), applied->flagged}});
        }
        return printJson(result);
    });
}

} // namespace doudi::cli
