#include "workflow/workflow.h"

#include <QJsonArray>
#include <QSet>

namespace doudi::core {

namespace {
const QStringList kCaseworkers = {QStringLiteral("township"), QStringLiteral("township_head"), QStringLiteral("county")};
const QStringList kFieldworkers = {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                   QStringLiteral("county")};


// Which review cycle applies (DOMAIN §2 动态管理); a rigid-expenditure status simply expires.
const char *reviewCycleKey(const Case &c)
{
    if (c.programme == CaseProgramme::Tekun)
        return "review.months.tekun";
    if (c.programme == CaseProgramme::Rigid)
        return "rigid.valid.months";
    return c.unstableIncome ? "review.months.unstable" : "review.months.stable";
}

QDate firstOfNextMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1);
}

Error notAllowed(const QString &why)
{
    return Error(ErrorCode::NotAllowed, why);
}

Error missing(const QString &why)
{
    return Error(ErrorCode::InvalidInput, why);
}

const char *const kReasons[][2] = {
    {"income_over_standard", QT_TRANSLATE_NOOP("doudi::core::Workflow", "income over the standard")},
    {"assets_over_limit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "assets over the limits")},
    {"refused_investigation", QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused the investigation or the information check")},
    {"false_declaration", QT_TRANSLATE_NOOP("doudi::core::Workflow", "false declaration")},
    {"refused_work", QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused suitable work repeatedly")},
    {"obligor_able", QT_TRANSLATE_NOOP("doudi::core::Workflow", "an obliged relative is able to support")},
    {"unreachable", QT_TRANSLATE_NOOP("doudi::core::Workflow", "cannot be reached")},
    {"death", QT_TRANSLATE_NOOP("doudi::core::Workflow", "death")},
    {"moved_away", QT_TRANSLATE_NOOP("doudi::core::Workflow", "moved away")},
    {"regained_capacity", QT_TRANSLATE_NOOP("doudi::core::Workflow", "regained the ability to work")},
    {"prison", QT_TRANSLATE_NOOP("doudi::core::Workflow", "serving a prison sentence")},
    {"voluntary_exit", QT_TRANSLATE_NOOP("doudi::core::Workflow", "asked to leave the programme")},
};
} // namespace

QStringList Workflow::reasonCodes()
{
    QStringList codes;
    for (const auto &r : kReasons)
        codes << QString::fromLatin1(r[0]);
    return codes;
}

QString Workflow::reasonLabel(const QString &code)
{
    for (const auto &r : kReasons) {
        if (code == QLatin1String(r[0]))
            return QCoreApplication::translate("doudi::core::Workflow", r[1]);
    }
    return code;
}

QString Workflow::eventLabel(const QString &event)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "application registered")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "accepted")},
        {QStringLiteral("request_papers"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "missing papers listed")},
        {QStringLiteral("pay_first"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "urgent aid paid first")},
        {QStringLiteral("start_investigation"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "investigation started")},
        {QStringLiteral("record_check"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "information check recorded")},
        {QStringLiteral("record_visit"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "home visit recorded")},
        {QStringLiteral("democratic_review"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "democratic review recorded")},
        {QStringLiteral("complete_investigation"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "investigation finished")},
        {QStringLiteral("preliminary"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "township opinion")},
        {QStringLiteral("objection"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "objection during the notice")},
        {QStringLiteral("close_publicity"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "public notice closed")},
        {QStringLiteral("confirm"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "confirmed")},
        {QStringLiteral("refuse"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "refused")},
        {QStringLiteral("notify"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "written notice sent")},
        {QStringLiteral("extend"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "time limit extended")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "reviewed")},
        {QStringLiteral("terminate"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "terminated")},
        {QStringLiteral("pay_stage"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "stage paid")},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("doudi::core::Workflow", "withdrawn")},
    };
    const char *label = labels.value(event);
    return label ? QCoreApplication::translate("doudi::core::Workflow", label) : event;
}

QString CaseTask::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("investigation_start"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Start the investigation")},
        {QStringLiteral("investigation"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Finish the extreme poverty investigation")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Finish the whole case")},
        {QStringLiteral("publicity_end"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Public notice ends")},
        {QStringLiteral("county_opinion"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "County opinion due")},
        {QStringLiteral("refusal_notice"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Send the written refusal")},
        {QStringLiteral("pay_first"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Pay the urgent aid")},
        {QStringLiteral("review_due"), QT_TRANSLATE_NOOP("doudi::core::CaseTask", "Periodic review due")},
    };
    const char *label = labels.value(kind);
    return label ? QCoreApplication::translate("doudi::core::CaseTask", label) : kind;
}

QString CaseTask::urgencyCode(Urgency u)
{
    return u == Urgency::Overdue ? QStringLiteral("overdue") : u == Urgency::DueSoon ? QStringLiteral("due_soon")
                                                                                      : QStringLiteral("upcoming");
}

Workflow::Workflow(const PolicyBook &policy) : m_policy(policy), m_days(policy.calendars()) {}

Result<qint64> Workflow::integer(const Case &c, const char *key, const QDate &date) const
{
    Result<Parameter> p = m_policy.lookup(QString::fromLatin1(key), c.areaCode, date);
    if (!p)
        return p.error();
    return p->value.toLongLong();
}

Result<QDate> Workflow::workingDaysAfter(const Case &c, const QDate &from, const char *key) const
{
    Result<qint64> n = integer(c, key, from);
    if (!n)
        return n.error();
    return m_days.addWorkingDays(from, int(*n));
}

QStringList Workflow::confirmRoles(const Case &c, const QDate &date) const
{
    if (c.relative)
        return {QStringLiteral("county")}; // 近亲属: the county decides
    if (Case::isTemporary(c.programme))
        return c.approvalLevel == QLatin1String("county") ? QStringList{QStringLiteral("county")}
                                                          : QStringList{QStringLiteral("township_head"), QStringLiteral("county")};
    Result<Parameter> level = m_policy.lookup(QStringLiteral("confirm.level"), c.areaCode, date);
    if (level && level->value.toString() == QLatin1String("township"))
        return {QStringLiteral("township_head"), QStringLiteral("county")};
    return {QStringLiteral("county")};
}

Result<Case> Workflow::submit(const QString &id, const QString &householdId, const QString &areaCode,
                              CaseProgramme programme, bool relative, const Actor &actor) const
{
    if (!kFieldworkers.contains(actor.role))
        return notAllowed(tr("Only village assistants and caseworkers register applications."));
    if (householdId.isEmpty() || areaCode.size() != 12)
        return missing(tr("An application needs its household and the household's village."));
    Case c;
    c.id = id;
    c.householdId = householdId;
    c.areaCode = areaCode;
    c.programme = programme;
    c.relative = relative;
    c.submittedOn = actor.date;
    c.history << CaseHistory{actor.at, actor.user, actor.role, QStringLiteral("submit"), CaseState::Submitted,
                             CaseState::Submitted, relative ? tr("related to a caseworker or village cadre") : QString()};
    return c;
}

QStringList Workflow::possibleEvents(const Case &c, const QString &role, const QDate &today) const
{
    QStringList out;
    const QStringList all = {QStringLiteral("accept"), QStringLiteral("request_papers"), QStringLiteral("pay_first"),
                             QStringLiteral("start_investigation"), QStringLiteral("record_check"), QStringLiteral("record_visit"),
                             QStringLiteral("democratic_review"), QStringLiteral("complete_investigation"),
                             QStringLiteral("preliminary"), QStringLiteral("objection"), QStringLiteral("close_publicity"),
                             QStringLiteral("confirm"), QStringLiteral("refuse"), QStringLiteral("notify"), QStringLiteral("extend"),
                             QStringLiteral("review"), QStringLiteral("terminate"), QStringLiteral("pay_stage"),
                             QStringLiteral("withdraw")};
    const Actor probe{QStringLiteral("probe"), role, today, QDateTime()};
    for (const QString &e : all) {
        // An event is possible when the only thing that stops it is missing data.
        const Result<Case> r = apply(c, {e, QJsonObject{{QStringLiteral("probe"), true}}}, probe);
        if (r || r.error().code() == ErrorCode::InvalidInput)
            out << e;
    }
    return out;
}

QString Workflow::whyNot(const Case &c, const QString &event, const QString &role, const QDate &today) const
{
    const Result<Case> r = apply(c, {event, QJsonObject{{QStringLiteral("probe"), true}}}, Actor{QStringLiteral("probe"), role, today, QDateTime()});
    return r || r.error().code() == ErrorCode::InvalidInput ? QString() : r.error().message();
}

Result<Case> Workflow::apply(const Case &current, const CaseEvent &event, const Actor &actor) const
{
    Case c = current;
    const CaseState before = c.state;
    QString note;
    const QJsonObject &d = event.data;
    const bool probing = d.value(QStringLiteral("probe")).toBool();
    const QString &e = event.name;
    const auto requireRole = [&](const QStringList &roles) -> std::optional<Error> {
        if (roles.contains(actor.role))
            return std::nullopt;
        return notAllowed(tr("Your role (%1) may not do this; it is for: %2.").arg(actor.role, roles.join(QStringLiteral(", "))));
    };
    const auto requireState = [&](std::initializer_list<CaseState> states) -> std::optional<Error> {
        for (CaseState s : states) {
            if (c.state == s)
                return std::nullopt;
        }
        return notAllowed(tr("This cannot be done while the case is \"%1\".").arg(Case::stateLabel(c.state)));
    };
    const auto requireReason = [&]() -> std::optional<Error> {
        const QString reason = d.value(QStringLiteral("reason")).toString();
        if (!reasonCodes().contains(reason))
            return missing(tr("A reason is required, one of: %1.").arg(reasonCodes().join(QStringLiteral(", "))));
        return std::nullopt;
    };
    // A refusal, stop or termination: the reason and the day, and for the first two the
    // written notice that must follow (不予救助/停发告知书).
    const auto decideAgainst = [&](CaseState state, bool needsNotice) -> std::optional<Error> {
        c.state = state;
        c.reason = d.value(QStringLiteral("reason")).toString();
        c.decidedOn = actor.date;
        c.nextReview = QDate();
        c.deadlines.clear();
        if (needsNotice) {
            Result<QDate> notice = workingDaysAfter(c, actor.date, "deadline.refusal.notice");
            if (!notice)
                return notice.error();
            c.deadlines.insert(QStringLiteral("refusal_notice"), *notice);
        }
        note = reasonLabel(c.reason);
        return std::nullopt;
    };
#define CHECK(x)                                                                                                        \
    if (std::optional<Error> err = (x))                                                                                 \
        return *err;
#define TRY_DATE(var, expr)                                                                                             \
    Result<QDate> var = (expr);                                                                                         \
    if (!var)                                                                                                           \
        return var.error();

    if (e == QLatin1String("accept")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Submitted, CaseState::AwaitingPapers}));
        if (!d.value(QStringLiteral("missing_papers")).toArray().isEmpty())
            return missing(tr("Papers are missing: use request_papers to give the one-time list, then accept when they come."));
        if (probing)
            return missing(QString());
        c.state = CaseState::Accepted;
        c.acceptedOn = actor.date;
        c.missingPapers.clear();
        TRY_DATE(caseDue, workingDaysAfter(c, actor.date, "deadline.case"));
        c.deadlines.insert(QStringLiteral("case"), *caseDue);
        if (c.programme == CaseProgramme::TemporaryUrgent) {
            Result<qint64> days = integer(c, "deadline.quick.days", actor.date);
            if (!days)
                return days.error();
            c.deadlines.insert(QStringLiteral("pay_first"), actor.date.addDays(*days));
        } else {
            TRY_DATE(start, workingDaysAfter(c, actor.date, "deadline.investigation.start"));
            c.deadlines.insert(QStringLiteral("investigation_start"), *start);
        }
        if (c.programme == CaseProgramme::Tekun) {
            TRY_DATE(done, workingDaysAfter(c, actor.date, "deadline.tekun.investigation"));
            c.deadlines.insert(QStringLiteral("investigation"), *done);
        }
    } else if (e == QLatin1String("request_papers")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Submitted}));
        QStringList papers;
        for (const QJsonValue &v : d.value(QStringLiteral("papers")).toArray()) {
            if (!v.toString().trimmed().isEmpty())
                papers << v.toString().trimmed();
        }
        if (papers.isEmpty())
            return missing(tr("List every missing paper at once (the one-time list)."));
        c.state = CaseState::AwaitingPapers;
        c.missingPapers = papers;
        note = papers.join(QStringLiteral("、"));
    } else if (e == QLatin1String("pay_first")) {
        CHECK(requireRole(kCaseworkers));
        if (c.programme != CaseProgramme::TemporaryUrgent)
            return notAllowed(tr("Only urgent temporary assistance is paid before the paperwork."));
        CHECK(requireState({CaseState::Accepted}));
        const qint64 amount = qint64(d.value(QStringLiteral("amount_fen")).toDouble());
        if (amount <= 0)
            return missing(tr("Give the amount paid first, in fen."));
        c.state = CaseState::PaidFirst;
        c.paidFirstFen = amount;
        c.deadlines.remove(QStringLiteral("pay_first"));
        TRY_DATE(start, workingDaysAfter(c, actor.date, "deadline.investigation.start"));
        c.deadlines.insert(QStringLiteral("investigation_start"), *start);
        note = money::formatYuan(amount);
    } else if (e == QLatin1String("start_investigation")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Accepted, CaseState::PaidFirst}));
        if (c.programme == CaseProgramme::TemporaryUrgent && c.state == CaseState::Accepted)
            return notAllowed(tr("Urgent aid is paid first: record pay_first before the investigation."));
        c.state = CaseState::Investigating;
        c.deadlines.remove(QStringLiteral("investigation_start"));
    } else if (e == QLatin1String("record_check")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Investigating}));
        // What the county's 核对 platform reported: the file keeps the report's number and
        // date, what was checked, and whether it matched the declaration.
        CaseCheck check;
        check.reportNumber = d.value(QStringLiteral("report_number")).toString().trimmed();
        const QString day = d.value(QStringLiteral("date")).toString();
        check.date = day.isEmpty() ? actor.date : QDate::fromString(day, Qt::ISODate);
        for (const QJsonValue &a : d.value(QStringLiteral("agencies")).toArray()) {
            const QString code = a.toString();
            if (!CaseCheck::agencyCodes().contains(code))
                return missing(tr("\"%1\" is not something the information check covers; one of: %2.")
                                   .arg(code.left(40), CaseCheck::agencyCodes().join(QStringLiteral(", "))));
            if (!check.agencies.contains(code))
                check.agencies << code;
        }
        check.result = d.value(QStringLiteral("result")).toString();
        check.differences = d.value(QStringLiteral("differences")).toString().trimmed();
        if (check.reportNumber.isEmpty())
            return missing(tr("Give the number of the information check report (核对报告)."));
        if (check.reportNumber.size() > 60)
            return missing(tr("The report number is at most 60 characters."));
        if (!check.date.isValid())
            return missing(tr("Give the date of the check report as YYYY-MM-DD."));
        if (check.date > actor.date)
            return missing(tr("The check report cannot be dated in the future."));
        if (c.acceptedOn.isValid() && check.date < c.acceptedOn)
            return missing(tr("The check report is dated before the application was accepted (%1).")
                               .arg(c.acceptedOn.toString(Qt::ISODate)));
        if (check.agencies.isEmpty())
            return missing(tr("Say what the check covered (at least one item, e.g. tax or real estate)."));
        if (!CaseCheck::resultCodes().contains(check.result))
            return missing(tr("Say whether the check matched the declaration (result: %1).")
                               .arg(CaseCheck::resultCodes().join(QStringLiteral(", "))));
        if (check.result == QLatin1String("differs") && check.differences.isEmpty())
            return missing(tr("Write down what the check found that differs from the declaration."));
        if (check.differences.size() > 2000)
            return missing(tr("The differences are at most 2000 characters."));
        c.checkDone = true;
        c.check = check;
        note = check.differences.isEmpty()
                   ? tr("report %1 of %2: %3").arg(check.reportNumber, check.date.toString(Qt::ISODate),
                                                  CaseCheck::resultLabel(check.result))
                   : tr("report %1 of %2: %3 (%4)").arg(check.reportNumber, check.date.toString(Qt::ISODate),
                                                        CaseCheck::resultLabel(check.result), check.differences);
    } else if (e == QLatin1String("record_visit")) {
        CHECK(requireRole(kFieldworkers));
        CHECK(requireState({CaseState::Investigating}));
        CaseVisit v;
        for (const QJsonValue &i : d.value(QStringLiteral("investigators")).toArray()) {
            if (!i.toString().trimmed().isEmpty() && !v.investigators.contains(i.toString().trimmed()))
                v.investigators << i.toString().trimmed();
        }
        v.date = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!v.date.isValid())
            v.date = actor.date;
        v.byCounty = d.value(QStringLiteral("by_county")).toBool();
        v.findings = d.value(QStringLiteral("findings")).toString();
        v.checklist = d.value(QStringLiteral("checklist")).toObject();
        for (const QJsonValue &p : d.value(QStringLiteral("photos")).toArray())
            v.photos << p.toString();
        const QJsonObject signatures = d.value(QStringLiteral("signatures")).toObject();
        for (auto it = signatures.constBegin(); it != signatures.constEnd(); ++it) {
            if (!it.value().toString().isEmpty())
                v.signatures.insert(it.key(), it.value().toString());
        }
        v.signedOnPaper = d.value(QStringLiteral("signed_on_paper")).toBool();
        if (v.investigators.size() < 2)
            return missing(tr("A home visit needs at least two investigators."));
        // DOMAIN §2: the visit form is signed by both investigators and the interviewee.
        if (!v.signedOnPaper) {
            QStringList unsigned_;
            for (const QString &i : std::as_const(v.investigators)) {
                if (!v.signatures.contains(i))
                    unsigned_ << i;
            }
            if (!v.signatures.contains(QStringLiteral("interviewee")))
                unsigned_ << tr("the interviewee");
            if (!unsigned_.isEmpty())
                return missing(tr("The visit must be signed by every investigator and the interviewee (or on the paper "
                                  "form); missing: %1.").arg(unsigned_.join(QStringLiteral("、"))));
        }
        if (v.date > actor.date)
            return missing(tr("A home visit cannot be dated in the future."));
        if (v.byCounty && actor.role != QLatin1String("county"))
            return notAllowed(tr("Only county staff record a county visit."));
        c.visits << v;
        note = v.investigators.join(QStringLiteral("、"));
    } else if (e == QLatin1String("democratic_review")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Investigating, CaseState::Investigated}));
        const QString outcome = d.value(QStringLiteral("outcome")).toString().trimmed();
        if (outcome.isEmpty())
            return missing(tr("Record the outcome of the democratic review."));
        c.democraticReview = outcome;
        note = outcome;
    } else if (e == QLatin1String("complete_investigation")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Investigating}));
        if (!c.checkDone)
            return missing(tr("The information check (核对) has not been recorded."));
        const auto visitAfterObjection = [&](const CaseVisit &v) {
            return !c.lastObjection.isValid() || v.date >= c.lastObjection;
        };
        if (std::none_of(c.visits.cbegin(), c.visits.cend(), visitAfterObjection))
            return missing(c.lastObjection.isValid() ? tr("The objection needs a new home visit before the investigation is finished.")
                                                     : tr("No home visit has been recorded."));
        if (c.relative && std::none_of(c.visits.cbegin(), c.visits.cend(), [](const CaseVisit &v) { return v.byCounty; }))
            return missing(tr("For a relative of a caseworker or cadre the county makes its own home visit."));
        c.state = CaseState::Investigated;
        c.deadlines.remove(QStringLiteral("investigation"));
    } else if (e == QLatin1String("preliminary")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Investigated}));
        if (!d.contains(QStringLiteral("approve")))
            return missing(tr("Say whether the township approves (approve: true or false)."));
        if (d.value(QStringLiteral("approve")).toBool()) {
            const qint64 amount = qint64(d.value(QStringLiteral("monthly_fen")).toDouble());
            if (amount < 0 || (amount == 0 && c.programme != CaseProgramme::Edge && c.programme != CaseProgramme::Rigid))
                return missing(tr("Give the proposed amount in fen."));
            c.proposedMonthlyFen = amount;
            if (Case::hasPublicity(c.programme)) {
                Result<qint64> days = integer(c, "publicity.days", actor.date);
                if (!days)
                    return days.error();
                c.state = CaseState::Publicity;
                ++c.publicityRound;
                c.publicityStart = actor.date;
                c.publicityEnd = actor.date.addDays(*days);
                c.deadlines.insert(QStringLiteral("publicity_end"), c.publicityEnd);
            } else {
                const QString level = d.value(QStringLiteral("approval_level")).toString();
                if (level != QLatin1String("township") && level != QLatin1String("county"))
                    return missing(tr("Say who approves this amount (approval_level: township or county)."));
                c.approvalLevel = level;
                for (const QJsonValue &s : d.value(QStringLiteral("stages_fen")).toArray())
                    c.stagesFen << Fen(s.toDouble());
                if (c.stagesFen.isEmpty())
                    c.stagesFen << amount;
                c.state = CaseState::AwaitingConfirmation;
            }
            note = money::formatYuan(amount);
        } else {
            CHECK(requireReason());
            CHECK(decideAgainst(CaseState::Refused, true));
        }
    } else if (e == QLatin1String("objection")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Publicity}));
        const QString text = d.value(QStringLiteral("text")).toString().trimmed();
        if (text.isEmpty())
            return missing(tr("Record what the objection says."));
        c.objections << text;
        c.lastObjection = actor.date;
        c.state = CaseState::Investigating; // re-investigate, then a new public notice
        c.deadlines.remove(QStringLiteral("publicity_end"));
        note = text;
    } else if (e == QLatin1String("close_publicity")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Publicity}));
        if (actor.date < c.publicityEnd)
            return notAllowed(tr("The public notice runs until %1.").arg(c.publicityEnd.toString(Qt::ISODate)));
        c.state = CaseState::AwaitingConfirmation;
        c.deadlines.remove(QStringLiteral("publicity_end"));
        if (confirmRoles(c, actor.date) == QStringList{QStringLiteral("county")}) {
            TRY_DATE(opinion, workingDaysAfter(c, actor.date, "deadline.county.opinion"));
            c.deadlines.insert(QStringLiteral("county_opinion"), *opinion);
        }
    } else if (e == QLatin1String("confirm")) {
        CHECK(requireState({CaseState::AwaitingConfirmation}));
        CHECK(requireRole(confirmRoles(c, actor.date)));
        if (probing)
            return missing(QString());
        c.state = CaseState::Approved;
        c.decidedOn = actor.date;
        c.monthlyFen = d.contains(QStringLiteral("monthly_fen")) ? Fen(d.value(QStringLiteral("monthly_fen")).toDouble())
                                                                 : c.proposedMonthlyFen;
        if (c.monthlyFen < 0)
            return missing(tr("The amount cannot be negative."));
        c.deadlines.clear();
        if (!Case::isTemporary(c.programme)) {
            c.unstableIncome = d.value(QStringLiteral("unstable_income")).toBool();
            c.entitlementStart = firstOfNextMonth(actor.date);
            Result<qint64> months = integer(c, reviewCycleKey(c), actor.date);
            if (!months)
                return months.error();
            c.nextReview = c.entitlementStart.addMonths(int(*months));
        }
        note = money::formatYuan(c.monthlyFen);
    } else if (e == QLatin1String("refuse")) {
        CHECK(requireState({CaseState::AwaitingConfirmation}));
        CHECK(requireRole(confirmRoles(c, actor.date)));
        CHECK(requireReason());
        CHECK(decideAgainst(CaseState::Refused, true));
    } else if (e == QLatin1String("notify")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Refused, CaseState::Stopped, CaseState::Terminated}));
        if (!c.deadlines.contains(QStringLiteral("refusal_notice")) && !probing)
            return notAllowed(tr("The written notice has already been recorded."));
        c.deadlines.remove(QStringLiteral("refusal_notice"));
    } else if (e == QLatin1String("extend")) {
        CHECK(requireRole(kCaseworkers));
        if (!c.acceptedOn.isValid() || !c.deadlines.contains(QStringLiteral("case")))
            return notAllowed(tr("Only an accepted case that is still running can be extended."));
        if (c.extended)
            return notAllowed(tr("The case has already been extended once."));
        if (d.value(QStringLiteral("note")).toString().trimmed().isEmpty())
            return missing(tr("Say why the case needs more time."));
        TRY_DATE(due, workingDaysAfter(c, c.acceptedOn, "deadline.case.extended"));
        c.deadlines.insert(QStringLiteral("case"), *due);
        c.extended = true;
        note = d.value(QStringLiteral("note")).toString();
    } else if (e == QLatin1String("review")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Approved}));
        if (Case::isTemporary(c.programme))
            return notAllowed(tr("Temporary assistance is not reviewed."));
        const QString outcome = d.value(QStringLiteral("outcome")).toString();
        const qint64 amount = qint64(d.value(QStringLiteral("monthly_fen")).toDouble());
        if (outcome == QLatin1String("stop")) {
            CHECK(requireReason());
            CHECK(decideAgainst(CaseState::Stopped, true));
        } else if (outcome == QLatin1String("keep") || outcome == QLatin1String("increase") || outcome == QLatin1String("decrease")) {
            if (outcome == QLatin1String("increase") && amount <= c.monthlyFen)
                return missing(tr("An increase needs a higher amount than the current %1 yuan.").arg(money::formatYuan(c.monthlyFen)));
            if (outcome == QLatin1String("decrease") && (amount >= c.monthlyFen || amount < 0))
                return missing(tr("A decrease needs a lower amount than the current %1 yuan.").arg(money::formatYuan(c.monthlyFen)));
            if (outcome != QLatin1String("keep") && d.value(QStringLiteral("note")).toString().trimmed().isEmpty())
                return missing(tr("Write down why the amount changes."));
            if (outcome != QLatin1String("keep"))
                c.monthlyFen = amount;
            c.unstableIncome = d.contains(QStringLiteral("unstable_income")) ? d.value(QStringLiteral("unstable_income")).toBool()
                                                                            : c.unstableIncome;
            Result<qint64> months = integer(c, reviewCycleKey(c), actor.date);
            if (!months)
                return months.error();
            c.nextReview = actor.date.addMonths(int(*months));
            note = outcome + QStringLiteral(" ") + money::formatYuan(c.monthlyFen);
        } else {
            return missing(tr("The review outcome is keep, increase, decrease or stop."));
        }
    } else if (e == QLatin1String("terminate")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Approved}));
        CHECK(requireReason());
        CHECK(decideAgainst(CaseState::Terminated, false));
    } else if (e == QLatin1String("pay_stage")) {
        CHECK(requireRole(kCaseworkers));
        CHECK(requireState({CaseState::Approved}));
        if (!Case::isTemporary(c.programme))
            return notAllowed(tr("Only temporary assistance is paid in stages."));
        if (probing)
            return missing(QString());
        ++c.stagesPaid;
        note = tr("stage %1 of %2: %3 yuan").arg(c.stagesPaid).arg(c.stagesFen.size())
                   .arg(money::formatYuan(c.stagesFen.value(c.stagesPaid - 1)));
        if (c.stagesPaid >= c.stagesFen.size())
            c.state = CaseState::Completed;
    } else if (e == QLatin1String("withdraw")) {
        CHECK(requireRole(kFieldworkers));
        if (!c.isOpen() || c.state == CaseState::Approved)
            return notAllowed(tr("Only an application still in progress can be withdrawn."));
        if (probing)
            return missing(QString());
        c.state = CaseState::Withdrawn;
        c.deadlines.clear();
    } else {
        return Error(ErrorCode::InvalidInput, tr("\"%1\" is not a step of the procedure.").arg(e.left(40)));
    }
#undef CHECK
#undef TRY_DATE
    if (probing)
        return missing(QString());
    if (c.state != CaseState::Approved && c.state != CaseState::AwaitingPapers && !c.isOpen())
        c.deadlines.remove(QStringLiteral("case"));
    c.history << CaseHistory{actor.at, actor.user, actor.role, e, before, c.state,
                             note.isEmpty() ? d.value(QStringLiteral("note")).toString() : note};
    return c;
}

QList<CaseTask> Workflow::tasks(const QList<Case> &cases, const QDate &today, int soonWorkingDays) const
{
    QList<CaseTask> out;
    const auto urgency = [&](const QDate &due) {
        if (due < today)
            return CaseTask::Urgency::Overdue;
        const Result<int> left = m_days.workingDaysBetween(today, due);
        const int days = left ? *left : int(today.daysTo(due)); // a year without calendar: count plain days
        return days <= soonWorkingDays ? CaseTask::Urgency::DueSoon : CaseTask::Urgency::Upcoming;
    };
    for (const Case &c : cases) {
        for (auto it = c.deadlines.cbegin(); it != c.deadlines.cend(); ++it)
            out << CaseTask{c.id, c.householdId, c.areaCode, it.key(), it.value(), urgency(it.value())};
        if (c.state == CaseState::Approved && c.nextReview.isValid() && today.daysTo(c.nextReview) <= 30)
            out << CaseTask{c.id, c.householdId, c.areaCode, QStringLiteral("review_due"), c.nextReview, urgency(c.nextReview)};
    }
    std::sort(out.begin(), out.end(), [](const CaseTask &a, const CaseTask &b) { return a.due < b.due; });
    return out;
}

} // namespace doudi::core
