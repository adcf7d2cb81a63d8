#include "cli.h"

#include "common/clock.h"
#include "services/caseservice.h"
#include "services/syncservice.h"

#include <QDir>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
QJsonObject caseJson(const Case &c, const QStringList &possible = {})
{
    QJsonObject o = c.toJson();
    o.insert(QStringLiteral("state_label"), Case::stateLabel(c.state));
    if (!possible.isEmpty())
        o.insert(QStringLiteral("possible_events"), QJsonArray::fromStringList(possible));
    return o;
}
// --data: a JSON object (none: an empty one).
Result<QJsonObject> dataOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("data")))
        return QJsonObject();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(p.value(QStringLiteral("data")).toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput, tr("--data must be a JSON object."));
    return doc.object();
}
} // namespace

int runCase(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("household"), tr("new: the household applying."), QStringLiteral("id")});
    p.addOption({QStringLiteral("programme"), tr("new: dibao, tekun, edge, rigid, temporary_urgent or temporary_expenditure."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("relative"), tr("new: the household is related to a caseworker or village cadre.")});
    p.addOption({QStringLiteral("data"), tr("advance: the step's details as a JSON object."), QStringLiteral("json")});
    p.addOption({QStringLiteral("date"), tr("The day the step was taken, when it is recorded late (default: today)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("late-reason"),
                 tr("Why a step is recorded after the day it was taken (needed with an earlier --date)."),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("photo"), tr("visit: a photo (JPEG) taken at the visit; may be given several times."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("signature"),
                 tr("visit: who signed and the drawing (PNG), as NAME=FILE; the interviewee signs as \"interviewee\"."),
                 QStringLiteral("name=file")});
    p.addOption({QStringLiteral("out"),
                 tr("attachments: write each into this folder, fetched from the county when only "
                    "its record is on this laptop."),
                 QStringLiteral("dir")});
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("new, advance <case> <step>, visit <case>, attachments <case>, show <case>, tasks"));
    if (int rc = parse(p, args,
                       tr("Applications through the procedure. Each step is checked (your role, the case's "
                          "state, the details given); a refused step says why and changes nothing."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool ok =
        (action == QLatin1String("new") && p.isSet(QStringLiteral("household")) && p.isSet(QStringLiteral("programme"))) ||
        (action == QLatin1String("advance") && pos.size() >= 3) ||
        ((action == QLatin1String("show") || action == QLatin1String("visit") || action == QLatin1String("attachments")) &&
         pos.size() >= 2) ||
        action == QLatin1String("tasks");
    if (!ok)
        return usage(p);
    const QDate date =
        p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate) : Clock::today();
    if (!date.isValid())
        return fail(Error(ErrorCode::InvalidInput, tr("--date must be a date such as 2026-03-01.")));
    return withSession(p, [&](Session &session) -> int {
        CaseService cases(session);

        if (action == QLatin1String("new")) {
            CaseProgramme programme;
            if (!Case::programmeFromCode(p.value(QStringLiteral("programme")), &programme))
                return fail(
                    Error(ErrorCode::InvalidInput, tr("Unknown programme \"%1\".").arg(p.value(QStringLiteral("programme")))));
            Result<Case> c = cases.create(p.value(QStringLiteral("household")), programme, p.isSet(QStringLiteral("relative")),
                                          date, {}, p.value(QStringLiteral("late-reason")));
            return c ? printJson(caseJson(*c)) : fail(c.error());
        }
        if (action == QLatin1String("advance")) {
            Result<QJsonObject> given = dataOption(p);
            if (!given)
                return fail(given.error());
            QJsonObject data = *given;
            if (p.isSet(QStringLiteral("late-reason")))
                data.insert(QStringLiteral("late_reason"), p.value(QStringLiteral("late-reason")));
            Result<Case> c = cases.advance(pos[1], {pos[2], data}, date);
            return c ? printJson(caseJson(*c)) : fail(c.error());
        }
        if (action == QLatin1String("visit")) {
            // --data as for advance record_visit (investigators, findings, checklist, by_county);
            // the photos and signatures from files.
            Result<QJsonObject> given = dataOption(p);
            if (!given)
                return fail(given.error());
            QJsonObject data = *given;
            auto read = [](const QString &path) -> Result<QByteArray> {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
                return f.readAll();
            };
            CaseService::VisitInput visit;
            visit.date = date;
            visit.lateReason = p.value(QStringLiteral("late-reason"));
            for (const QJsonValue &i : data.value(QStringLiteral("investigators")).toArray())
                visit.investigators << i.toString();
            visit.byCounty = data.value(QStringLiteral("by_county")).toBool();
            visit.findings = data.value(QStringLiteral("findings")).toString();
            visit.checklist = data.value(QStringLiteral("checklist")).toObject();
            visit.signedOnPaper = data.value(QStringLiteral("signed_on_paper")).toBool();
            for (const QString &path : p.values(QStringLiteral("photo"))) {
                Result<QByteArray> bytes = read(path);
                if (!bytes)
                    return fail(bytes.error());
                visit.photosJpeg << *bytes;
            }
            for (const QString &signature : p.values(QStringLiteral("signature"))) {
                const qsizetype eq = signature.indexOf(u'=');
                if (eq <= 0)
                    return fail(Error(ErrorCode::InvalidInput, tr("--signature must be NAME=FILE.")));
                Result<QByteArray> bytes = read(signature.mid(eq + 1));
                if (!bytes)
                    return fail(bytes.error());
                visit.signaturesPng.insert(signature.left(eq), *bytes);
            }
            Result<Case> c = cases.recordVisit(pos[1], visit, date);
            return c ? printJson(caseJson(*c)) : fail(c.error());
        }
        if (action == QLatin1String("attachments")) {
            Result<QList<Attachment>> list = cases.attachments(pos[1], true);
            if (!list)
                return fail(list.error());
            const QString out = p.value(QStringLiteral("out"));
            if (!out.isEmpty() && !QDir().mkpath(out))
                return fail(Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(out)));
            QJsonArray rows;
            for (Attachment a : *list) {
                QJsonObject row{{QStringLiteral("id"), a.id},         {QStringLiteral("kind"), a.kind},
                                {QStringLiteral("mime"), a.mime},     {QStringLiteral("label"), a.label},
                                {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("on_this_laptop"), !a.data.isNull()}};
                if (!out.isEmpty()) {
                    if (a.data.isNull()) {
                        Result<QByteArray> fetched = SyncService(session).fetchAttachment(a.id);
                        if (!fetched)
                            return fail(fetched.error());
                        a.data = *fetched;
                    }
                    const QString path = QDir(out).filePath(
                        a.id + (a.mime == QLatin1String("image/png") ? QStringLiteral(".png") : QStringLiteral(".jpg")));
                    if (Status st = writePrivateFile(path, a.data); !st)
                        return fail(st.error());
                    row.insert(QStringLiteral("file"), path);
                }
                rows.append(row);
            }
            return printJson(rows);
        }
        if (action == QLatin1String("show")) {
            Result<Case> c = cases.get(pos[1]);
            if (!c)
                return fail(c.error());
            Result<QStringList> possible = cases.possibleEvents(pos[1], date);
            return printJson(caseJson(*c, possible.valueOr(QStringList())));
        }
        Result<QList<CaseTask>> tasks = cases.tasks(date);
        if (!tasks)
            return fail(tasks.error());
        QJsonArray out;
        for (const CaseTask &t : *tasks)
            out.append(QJsonObject{{QStringLiteral("case"), t.caseId},
                                   {QStringLiteral("household"), t.householdId},
                                   {QStringLiteral("area_code"), t.areaCode},
                                   {QStringLiteral("task"), t.kind},
                                   {QStringLiteral("label"), CaseTask::kindLabel(t.kind)},
                                   {QStringLiteral("due"), t.due.toString(Qt::ISODate)},
                                   {QStringLiteral("urgency"), CaseTask::urgencyCode(t.urgency)}});
        return printJson(out);
    });
}

} // namespace doudi::cli
