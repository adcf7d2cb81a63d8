#include "services/documentservice.h"

#include "common/clock.h"
#include "documents/qrcode.h"
#include "identity/areacode.h"
#include "services/policyservice.h"
#include "services/sessionaccess.h"
#include "storage/attachmentrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/householdrepository.h"
#include "translations/i18n.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace doudi::core {

namespace {
QString township(const QString &areaCode)
{
    return areaCode.left(9) + QStringLiteral("000");
}

// A text parameter of the county's policy for an area on a day, empty when it gives none.
QString policyText(Session &session, const char *key, const QString &areaCode, const QDate &date)
{
    Result<PolicyBook> policy = PolicyService(session).current();
    if (!policy)
        return {};
    Result<Parameter> p = policy->lookup(QString::fromLatin1(key), areaCode, date);
    return p ? p->value.toString() : QString();
}

// A signature drawn on screen, cut to its strokes (with a little white around them) so that it
// sits on the form's line at the size of a signature written there.
QImage signatureImage(const QByteArray &png)
{
    QImage image = QImage::fromData(png).convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return image;
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) < 160) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return image;
    const int pad = 6;
    return image.copy(QRect(QPoint(left - pad, top - pad), QPoint(right + pad, bottom + pad)).intersected(image.rect()));
}

} // namespace

struct DocumentService::Private
{
    explicit Private(Session &s)
        : session(s), profile(SessionAccess::profile(s)), documents(profile.database(), profile.changes())
    {
    }
    Session &session;
    Profile &profile;
    DocumentRepository documents;
};

DocumentService::~DocumentService() = default;

DocumentService::DocumentService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

Result<Case> DocumentService::caseFor(const QString &caseId, Permission permission)
{
    Result<Case> c = CaseRepository(d->profile.database(), d->profile.changes()).load(caseId);
    if (!c)
        return c;
    if (Status st = m_auth.require(permission, c->areaCode, caseId); !st)
        return st.error();
    return c;
}

QString DocumentService::templateDirectory() const
{
    return QDir(d->profile.directory()).filePath(QStringLiteral("templates"));
}

QString DocumentService::shortHash(const QString &sha256)
{
    const QString h = sha256.left(16).toUpper();
    return QStringLiteral("%1-%2-%3-%4").arg(h.mid(0, 4), h.mid(4, 4), h.mid(8, 4), h.mid(12, 4));
}

Result<Template> DocumentService::loadTemplate(const FormSpec &spec, const QString &directory, QStringList *warnings)
{
    const QString file = spec.code + QStringLiteral(".html");
    if (!directory.isEmpty() && QFile::exists(QDir(directory).filePath(file))) {
        QFile f(QDir(directory).filePath(file));
        QString problem;
        if (!f.open(QIODevice::ReadOnly)) {
            problem = f.errorString();
        } else {
            const QString text = QString::fromUtf8(f.readAll());
            Result<Template> county = Template::parse(text, spec.required);
            if (county && spec.code != QLatin1String("recovery_code") && !text.contains(QLatin1String("doudi:qr")))
                problem = tr("it does not show the QR code (<img src=\"doudi:qr\">)");
            else if (county)
                return county;
            else
                problem = county.error().message();
        }
        if (warnings)
            *warnings << tr("The county's template %1 was refused (%2); the built-in form was used.").arg(file, problem);
    }
    QFile builtIn(QStringLiteral(":/doudi/templates/") + file);
    if (!builtIn.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, tr("The built-in template %1 is missing.").arg(file));
    return Template::parse(QString::fromUtf8(builtIn.readAll()), spec.required);
}

Result<QJsonObject> DocumentService::contentFor(const FormSpec &spec, const Case &c, const QDate &date)
{
    // Official forms are in simplified Chinese whatever language the screen is in.
    const ScopedLanguage chinese(QStringLiteral("zh_CN"));
    HouseholdRepository households(d->profile.database(), d->profile.changes());
    const AreaRegistry &areas = AreaRegistry::current();
    if (spec.code == QLatin1String("publicity")) {
        if (!c.publicityStart.isValid())
            return Error(ErrorCode::NotAllowed, tr("This application has not been on public notice."));
        Result<QList<Case>> all = CaseRepository(d->profile.database(), d->profile.changes()).list(c.areaCode.left(9), false);
        if (!all)
            return all.error();
        QList<PostedLine> lines;
        QDate end = c.publicityEnd;
        for (const Case &other : *all) {
            if (other.publicityStart != c.publicityStart)
                continue;
            Result<Household> h = households.load(other.householdId);
            if (!h)
                return h.error();
            const Person *head = h->head();
            int covered = 0;
            for (const Person &p : h->members)
                covered += p.exclusion == Exclusion::None;
            lines.append({head ? head->name : QString(), head ? head->birthDate : QDate(), areas.name(other.areaCode),
                          other.programme, covered, other.monthlyFen > 0 ? other.monthlyFen : other.proposedMonthlyFen});
            end = std::max(end, other.publicityEnd);
        }
        QJsonObject list = Forms::postedList(areas.name(township(c.areaCode)), c.publicityStart, end, lines, date);
        list.insert(QStringLiteral("township_authority"),
                    Forms::townshipAuthority(township(c.areaCode), areas.name(township(c.areaCode))));
        const QString phone = policyText(d->session, "print.supervision.phone", c.areaCode, date);
        list.insert(QStringLiteral("supervision_phone"), phone);
        if (phone.isEmpty())
            m_warnings << tr("The county's policy gives no supervision phone for public notices (print.supervision.phone): "
                             "write it on the notice by hand, on the line left for it.");
        return list;
    }
    Result<Household> h = households.load(c.householdId);
    if (!h)
        return h.error();
    // The assessment shown is the one kept with the decision (Forms::context), not one made today.
    const FormInput in{c,
                       *h,
                       areas.name(c.areaCode.left(6) + QStringLiteral("000000")),
                       areas.name(township(c.areaCode)),
                       areas.name(c.areaCode),
                       d->profile.user(),
                       date,
                       policyText(d->session, "print.supervision.phone", c.areaCode, date)};
    return Forms::context(spec.code, in);
}

Result<IssuedDocument> DocumentService::finish(const FormSpec &spec, const DocumentRecord &record, bool reprint)
{
    Result<Template> t = loadTemplate(spec, templateDirectory(), &m_warnings);
    if (!t)
        return t.error();
    // A preview has no number yet: it says so where the number goes, and its QR code is blank.
    const ScopedLanguage chinese(QStringLiteral("zh_CN"));
    const bool numbered = !record.number.isEmpty();
    QJsonObject context = record.content;
    context.insert(QStringLiteral("number"), numbered ? record.number : tr("(given when printed)"));
    context.insert(QStringLiteral("hash"), numbered ? shortHash(record.sha256) : tr("(given when printed)"));
    context.insert(QStringLiteral("reprint"), reprint);
    QImage qr = qrCode(QStringLiteral("DOUDI|%1|%2").arg(record.number, record.sha256.left(16).toUpper()).toUtf8());
    if (!numbered)
        qr.fill(1); // white
    // Signatures drawn on screen at a visit are printed as they were drawn.
    QHash<QString, QImage> images;
    QJsonArray visits = context.value(QStringLiteral("visits")).toArray();
    AttachmentRepository attachments(d->profile.database(), d->profile.changes());
    for (qsizetype i = 0; i < visits.size(); ++i) {
        QJsonObject visit = visits[i].toObject();
        QJsonArray signatures = visit.value(QStringLiteral("signatures")).toArray();
        for (qsizetype j = 0; j < signatures.size(); ++j) {
            QJsonObject signature = signatures[j].toObject();
            const QString id = signature.value(QStringLiteral("attachment")).toString();
            const Result<Attachment> a = attachments.load(id);
            const QImage image =
                a && a->kind == QLatin1String("signature") && a->ownerId == record.caseId ? signatureImage(a->data) : QImage();
            if (!image.isNull()) {
                const QString name = QStringLiteral("signature-") + id;
                images.insert(name, image);
                signature.insert(QStringLiteral("image"), name);
            }
            signatures[j] = signature;
        }
        visit.insert(QStringLiteral("signatures"), signatures);
        visits[i] = visit;
    }
    if (!visits.isEmpty())
        context.insert(QStringLiteral("visits"), visits);
    const QString title = Forms::title(spec);
    FormDocument document(t->render(context), qr, spec.orientation, title);
    document.setPageNumbers(spec.code == QLatin1String("rerate_list")); // a long list: its pages numbered
    document.setFonts(fonts(record.township, record.printedAt.isValid() ? record.printedAt.date() : Clock::today()));
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addImage(it.key(), it.value());
    return IssuedDocument{record, title, document};
}

FormFonts DocumentService::fonts(const QString &areaCode, const QDate &date)
{
    FormFonts fonts; // the standard faces, unless the county names its own
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fonts; // nothing is laid out here (doudi-cli's commands that do not print)
    const QDir folder(QDir(d->profile.directory()).filePath(QStringLiteral("fonts")));
    for (const auto &[key, face] : {std::pair{"print.font.body", &fonts.body}, std::pair{"print.font.title", &fonts.title}}) {
        const QString file = policyText(d->session, key, areaCode, date);
        if (file.isEmpty())
            continue;
        const QString path = folder.filePath(file);
        const Result<QString> family = QFile::exists(path)
                                           ? FormFonts::loadFile(path)
                                           : Result<QString>(Error(ErrorCode::NotFound, tr("there is no such file")));
        if (family)
            *face = *family;
        else
            m_warnings << tr("The county's font %1 (%2) could not be used (%3); the standard face was used.")
                              .arg(path, QString::fromLatin1(key), family.error().message());
    }
    return fonts;
}

Result<DocumentRecord> DocumentService::unnumbered(const QString &form, const QString &caseId, const QDate &date)
{
    const FormSpec *spec = Forms::find(form);
    if (!spec || form == QLatin1String("recovery_code"))
        return Error(ErrorCode::InvalidInput, tr("There is no form \"%1\".").arg(form));
    Result<Case> c = caseFor(caseId, Permission::Print);
    if (!c)
        return c.error();
    if (!Forms::forCase(*c).contains(form))
        return Error(
            ErrorCode::NotAllowed,
            tr("The %1 does not fit this application as it stands (%2).").arg(Forms::title(*spec), Case::stateLabel(c->state)));
    Result<QJsonObject> content = contentFor(*spec, *c, date);
    if (!content)
        return content.error();
    DocumentRecord record;
    record.form = form;
    record.caseId = caseId;
    record.caseStep = int(c->history.size());
    record.township = township(c->areaCode);
    record.content = *content;
    return record;
}

Result<IssuedDocument> DocumentService::preview(const QString &form, const QString &caseId, const QDate &date)
{
    Result<DocumentRecord> record = unnumbered(form, caseId, date);
    if (!record)
        return record.error();
    return finish(*Forms::find(form), *record, false);
}

Result<IssuedDocument> DocumentService::issue(const QString &form, const QString &caseId, const QDate &date)
{
    Result<DocumentRecord> record = unnumbered(form, caseId, date);
    if (!record)
        return record.error();
    if (Status st = d->documents.add(
            *record, [&](const DocumentRecord &r) { return DocumentRecord::hashOf(r.form, r.number, r.content); });
        !st)
        return st.error();
    return finish(*Forms::find(form), *record, false);
}

Result<IssuedDocument> DocumentService::reprint(const QString &number)
{
    Result<DocumentRecord> record = d->documents.load(number);
    if (!record)
        return record.error();
    if (Status st = mayReprint(*record); !st)
        return st.error();
    const FormSpec *spec = Forms::find(record->form);
    if (!spec)
        return Error(ErrorCode::Corrupt, tr("Document %1 is of an unknown form.").arg(number));
    return finish(*spec, *record, true);
}

Status DocumentService::recordReprint(const QString &number)
{
    Result<DocumentRecord> record = d->documents.load(number);
    if (!record)
        return record.error();
    if (Status st = mayReprint(*record); !st)
        return st;
    return d->documents.markReprinted(number);
}

Status DocumentService::mayReprint(const DocumentRecord &record)
{
    if (record.caseId.isEmpty()) // a township's list
        return m_auth.require(Permission::Reprint, record.township, record.number);
    Result<Case> c = caseFor(record.caseId, Permission::Reprint);
    return c ? Status() : Status(c.error());
}

Result<IssuedDocument> DocumentService::rerateList(const RerateList &list, bool issue, const QDate &date)
{
    if (list.township.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Choose a township: the list of changes is a township's."));
    if (Status st = m_auth.require(Permission::Print, list.township, list.township); !st)
        return st.error();
    const ScopedLanguage chinese(QStringLiteral("zh_CN")); // the form's programme names
    const AreaRegistry &areas = AreaRegistry::current();
    QList<RerateListLine> lines;
    for (const RerateLine &l : list.lines)
        lines.append({areas.name(l.areaCode), l.headName, l.programme, l.covered, l.currentFen, l.newFen, !l.isFlagged(),
                      RerateLine::reasonText(l.reason)});
    const QString name = areas.name(list.township);
    DocumentRecord record;
    record.form = QStringLiteral("rerate_list");
    record.township = list.township;
    record.content = Forms::rerateList(name, Forms::townshipAuthority(list.township, name), list.from, lines, date);
    if (issue) {
        if (Status st = d->documents.add(
                record, [](const DocumentRecord &r) { return DocumentRecord::hashOf(r.form, r.number, r.content); });
            !st)
            return st.error();
    }
    return finish(*Forms::find(record.form), record, false);
}

Result<IssuedDocument> DocumentService::monthlyReport(const MonthlyReport &report, bool issue, const QDate &date)
{
    if (report.areas.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Work the report out first."));
    if (Status st = m_auth.require(Permission::Print, report.scope, QStringLiteral("monthly_report")); !st)
        return st.error();
    const ScopedLanguage chinese(QStringLiteral("zh_CN")); // the measures' names
    QList<Forms::ReportLine> summary;
    QByteArray section;
    for (const ReportMeasure &m : MonthlyReport::measures()) {
        if (section != m.section) {
            section = m.section;
            summary.append({MonthlyReport::sectionLabel(m.section), {}, 0, {}, {}});
        }
        const ReportFigure f = report.total().figure(QLatin1String(m.key));
        summary.append({{},
                        MonthlyReport::measureLabel(m),
                        m.cases ? f.cases : f.households(),
                        m.persons ? std::optional<int>(f.persons) : std::nullopt,
                        m.money ? std::optional<Fen>(f.fen) : std::nullopt});
    }
    QList<Forms::ReportAreaLine> areas;
    for (const ReportArea &a : report.parts()) {
        const auto f = [&](const char *key) { return a.figure(QLatin1String(key)); };
        // A household on both programmes counts once among the new and the stopped.
        const auto households = [&](const char *one, const char *other) {
            return int((f(one).householdIds + f(other).householdIds).size());
        };
        areas.append({a.name, f("dibao").households(), f("dibao").persons, f("dibao").fen, f("tekun").households(),
                      f("tekun").persons, f("tekun").fen, households("new.dibao", "new.tekun"),
                      households("stopped.dibao", "stopped.tekun"),
                      f("temporary.temporary_urgent").cases + f("temporary.temporary_expenditure").cases,
                      f("temporary.temporary_urgent").fen + f("temporary.temporary_expenditure").fen});
    }
    const AreaRegistry &registry = AreaRegistry::current();
    const bool county = AreaCode::levelOf(report.scope) == AreaCode::Level::County;
    const QString township = report.scope.left(9) + QStringLiteral("000");
    const QString authority = county ? Forms::countyAuthority(registry.name(report.scope))
                                     : Forms::townshipAuthority(township, registry.name(township));
    DocumentRecord record;
    record.form = QStringLiteral("monthly_report");
    record.township = report.scope;
    record.content = Forms::monthlyReport(report.total().name, authority, report.month, summary, areas, date);
    if (issue) {
        if (Status st = d->documents.add(
                record, [](const DocumentRecord &r) { return DocumentRecord::hashOf(r.form, r.number, r.content); });
            !st)
            return st.error();
    }
    Result<IssuedDocument> doc = finish(*Forms::find(record.form), record, false);
    if (!doc)
        return doc;
    // The chart, drawn large and shown at the width the template gives it: sharp on paper.
    QFont font(FormDocument::fontFamily());
    font.setPixelSize(26);
    doc->document.addImage(QStringLiteral("chart"), report.chart().image(1400, font));
    return doc;
}

Result<QList<DocumentRecord>> DocumentService::list(const QString &caseId, int limit)
{
    if (Status st = m_auth.require(Permission::ReadHouseholds); !st)
        return st.error();
    return d->documents.list(caseId, limit, m_auth.prefixes());
}

Result<DocumentService::Verification> DocumentService::verify(const QString &number, const QString &hash)
{
    Result<DocumentRecord> record = d->documents.load(number);
    if (!record)
        return record.error();
    const QString given = DocumentRecord::checkCodeOf(hash);
    if (given.size() < DocumentRecord::kMinCheckCode)
        return Error(ErrorCode::InvalidInput, tr("Give at least the 16 characters of the check code printed on the document."));
    return Verification{record->matches(given), *record};
}

QStringList DocumentService::townships() const
{
    QStringList out;
    const AreaRegistry &areas = AreaRegistry::current();
    const QStringList prefixes = m_auth.prefixes();
    for (const Area &county : areas.atLevel(AreaCode::Level::County)) {
        for (const Area &t : areas.children(county.code)) {
            // A township within the user's area, or one that holds it (a village helper's).
            const QString own = AreaCode::prefix(t.code);
            const bool mine = prefixes.isEmpty() || std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) {
                                  return own.startsWith(p) || p.startsWith(own);
                              });
            if (mine)
                out << t.code;
        }
    }
    return out;
}

Result<QList<DocumentService::BatchItem>> DocumentService::monthBatch(const QString &townshipCode, const QDate &month)
{
    if (Status st = m_auth.require(Permission::Print); !st)
        return st.error();
    if (!townships().contains(townshipCode))
        return Error(ErrorCode::NotAllowed,
                     tr("%1 lies outside your area of work.").arg(AreaRegistry::current().name(townshipCode)));
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    Result<QList<Case>> cases =
        CaseRepository(d->profile.database(), d->profile.changes()).list(AreaCode::prefix(townshipCode), false);
    if (!cases)
        return cases.error();
    HouseholdRepository households(d->profile.database(), d->profile.changes());
    QList<BatchItem> out;
    QList<QDate> noticesDone;
    for (const Case &c : *cases) {
        if (!m_auth.covers(c.areaCode))
            continue; // a village helper's batch is their village's
        const Result<HouseholdSummary> h = households.summary(c.householdId);
        const QString who = h ? h->headName : QString();
        const auto add = [&](const char *form) {
            const QString code = QString::fromLatin1(form);
            if (Forms::forCase(c).contains(code))
                out.append({code, c.id, who + QStringLiteral(" · ") + Forms::title(*Forms::find(code))});
        };
        if (c.publicityStart >= first && c.publicityStart <= last && !noticesDone.contains(c.publicityStart)) {
            noticesDone << c.publicityStart; // one list per notice
            out.append(
                {QStringLiteral("publicity"), c.id, tr("Public notice of %1").arg(c.publicityStart.toString(Qt::ISODate))});
        }
        if (c.decidedOn < first || c.decidedOn > last)
            continue;
        add("dibao_confirmation");
        add("tekun_approval");
        add("temporary_approval");
        add("approval_notice");
        add("refusal_notice");
    }
    return out;
}

Result<QList<IssuedDocument>> DocumentService::issueAll(const QList<BatchItem> &items, const QDate &date,
                                                        const std::function<bool(int, int)> &progress)
{
    QList<IssuedDocument> out;
    for (int i = 0; i < items.size(); ++i) {
        if (progress && !progress(i, int(items.size())))
            return Error(ErrorCode::Cancelled, tr("Printing was stopped; %n document(s) had been numbered.", nullptr, i));
        Result<IssuedDocument> issued = issue(items[i].form, items[i].caseId, date);
        if (!issued)
            return Error(issued.error().code(), tr("%1: %2").arg(items[i].label, issued.error().message()));
        out << *issued;
    }
    return out;
}

Result<FormDocument> DocumentService::recoverySheet(const QString &code, const QString &user, const QString &area,
                                                    const QDate &date, const QString &templateDirectory)
{
    const FormSpec *spec = Forms::find(QStringLiteral("recovery_code"));
    Result<Template> t = loadTemplate(*spec, templateDirectory, nullptr);
    if (!t)
        return t.error();
    return FormDocument(t->render(Forms::recoverySheet(code, user, area, date)), QImage(), spec->orientation,
                        Forms::title(*spec));
}

} // namespace doudi::core
