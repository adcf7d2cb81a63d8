#include "cli.h"

#include "common/clock.h"
#include "services/documentservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
QJsonObject recordJson(const DocumentRecord &d)
{
    return {{QStringLiteral("number"), d.number},    {QStringLiteral("form"), d.form},
            {QStringLiteral("case"), d.caseId},      {QStringLiteral("case_step"), d.caseStep},
            {QStringLiteral("printed_by"), d.user},  {QStringLiteral("printed_at"), d.printedAt.toString(Qt::ISODate)},
            {QStringLiteral("hash"), d.sha256},      {QStringLiteral("check_code"), DocumentService::shortHash(d.sha256)},
            {QStringLiteral("reprints"), d.reprints}};
}

void warn(const DocumentService &documents)
{
    for (const QString &w : documents.templateWarnings())
        QTextStream(stderr) << w << '\n';
}
} // namespace

int runPrint(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("form"),
                 tr("The form: application, authorisation, visit, democratic_review, publicity, "
                    "dibao_confirmation, approval_notice, refusal_notice, tekun_approval, "
                    "temporary_approval."),
                 QStringLiteral("form")});
    p.addOption({QStringLiteral("case"), tr("The application the form is filled from."), QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("reprint"), tr("Print a document again under its number (marked 补打)."), QStringLiteral("number")});
    p.addOption({QStringLiteral("batch"), tr("Every document of a township's month (with --township and --month).")});
    p.addOption({QStringLiteral("township"), tr("--batch: the township's 12-digit area code."), QStringLiteral("code")});
    p.addOption({QStringLiteral("month"), tr("--batch: the month, e.g. 2026-03."), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("file")});
    if (int rc = parse(p, args,
                       tr("Prints official documents to a PDF file: each is numbered and recorded, and carries a "
                          "QR code with its number and check code."));
        rc >= 0)
        return rc;
    const bool single = p.isSet(QStringLiteral("form")) && p.isSet(QStringLiteral("case"));
    const bool batch =
        p.isSet(QStringLiteral("batch")) && p.isSet(QStringLiteral("township")) && p.isSet(QStringLiteral("month"));
    const bool reprint = p.isSet(QStringLiteral("reprint"));
    if (int(single) + int(batch) + int(reprint) != 1 || !p.isSet(QStringLiteral("out")))
        return usage(p);
    const QString out = p.value(QStringLiteral("out"));
    // Checked before anything is numbered: a document is recorded only when it is written.
    const QFileInfo target(out);
    if (!target.absoluteDir().exists() || !QFileInfo(target.absolutePath()).isWritable())
        return fail(Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(out, tr("the folder does not exist or is not writable"))));
    return withSession(p, [&](Session &session) -> int {
        DocumentService documents(session);
        const QDate today = Clock::today();

        if (single || reprint) {
            Result<IssuedDocument> d =
                single ? documents.issue(p.value(QStringLiteral("form")), p.value(QStringLiteral("case")), today)
                       : documents.reprint(p.value(QStringLiteral("reprint")));
            warn(documents);
            if (!d)
                return fail(d.error());
            Result<QByteArray> pdf = d->document.pdf();
            if (!pdf)
                return fail(pdf.error());
            if (Status st = writePrivateFile(out, *pdf); !st)
                return fail(st.error());
            if (reprint) {
                if (Status st = documents.recordReprint(d->record.number); !st)
                    return fail(st.error());
                ++d->record.reprints;
            }
            QJsonObject o = recordJson(d->record);
            o.insert(QStringLiteral("title"), d->title);
            o.insert(QStringLiteral("file"), out);
            return printJson(o);
        }

        const QDate month = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(Error(ErrorCode::InvalidInput, tr("--month must be a month such as 2026-03.")));
        Result<QList<DocumentService::BatchItem>> items = documents.monthBatch(p.value(QStringLiteral("township")), month);
        if (!items)
            return fail(items.error());
        QTextStream err(stderr);
        Result<QList<IssuedDocument>> issued = documents.issueAll(*items, today, [&](int done, int total) {
            if (done % 50 == 0 && done > 0)
                err << tr("%1 of %2 documents numbered").arg(done).arg(total) << '\n';
            return true;
        });
        warn(documents);
        if (!issued)
            return fail(issued.error());
        QList<FormDocument> forms;
        QJsonArray numbers;
        for (const IssuedDocument &d : *issued) {
            forms << d.document;
            numbers.append(recordJson(d.record));
        }
        if (forms.isEmpty())
            return fail(Error(ErrorCode::NotFound, tr("No documents for that township and month.")));
        Result<QByteArray> pdf = FormDocument::pdfOfAll(forms, tr("Documents of %1").arg(p.value(QStringLiteral("month"))));
        if (!pdf)
            return fail(pdf.error());
        if (Status st = writePrivateFile(out, *pdf); !st)
            return fail(st.error());
        return printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("documents"), numbers}});
    });
}

int runDocument(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("case"), tr("list: only this application's documents."), QStringLiteral("id")});
    p.addPositionalArgument(QStringLiteral("action"), tr("verify <number> <check code>, or list"));
    if (int rc = parse(p, args, tr("Printed documents: verify a printout's number and check code, or list them.")); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!((action == QLatin1String("verify") && pos.size() == 3) || action == QLatin1String("list")))
        return usage(p);
    return withSession(p, [&](Session &session) -> int {
        DocumentService documents(session);
        if (action == QLatin1String("list")) {
            Result<QList<DocumentRecord>> list = documents.list(p.value(QStringLiteral("case")));
            if (!list)
                return fail(list.error());
            QJsonArray out;
            for (const DocumentRecord &d : *list)
                out.append(recordJson(d));
            return printJson(out);
        }
        Result<DocumentService::Verification> v = documents.verify(pos[1], pos[2]);
        if (!v)
            return fail(v.error());
        QJsonObject o = recordJson(v->record);
        o.insert(QStringLiteral("genuine"), v->matches);
        o.insert(QStringLiteral("message"), v->matches
                                                ? tr("This printout matches document %1 as printed.").arg(v->record.number)
                                                : tr("The check code does not match document %1: the printout is not genuine "
                                                     "or was altered.")
                                                      .arg(v->record.number));
        printJson(o);
        return v->matches ? Ok : Invalid;
    });
}

} // namespace doudi::cli
