#include "workflow/stepeffects.h"

#include "workflow/procedurepolicy.h"
#include "workflow/workflow.h"

#include <QJsonArray>

namespace doudi::core::steps {

namespace {
QDate firstOfNextMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1);
}

QString text(const StepContext &s, const char *key)
{
    return s.data.value(QLatin1String(key)).toString();
}

// Sets the deadline `name` to the working days the parameter `key` gives after `from`.
std::optional<Error> setDeadline(StepContext &s, const char *name, const QDate &from, const char *key)
{
    const Result<QDate> due = s.policy.workingDaysAfter(s.c, from, key);
    if (!due)
        return due.error();
    s.c.deadlines.insert(QString::fromLatin1(name), *due);
    return std::nullopt;
}

std::optional<Error> requireReason(const StepContext &s)
{
    if (!Workflow::reasonCodes().contains(text(s, "reason")))
        return missing(Workflow::tr("A reason is required, one of: %1.").arg(Workflow::reasonCodes().join(QStringLiteral(", "))));
    return std::nullopt;
}

// A refusal, stop or termination: the reason and the day, and for the first two the written
// notice that must follow (不予救助/停发告知书).
std::optional<Error> decideAgainst(StepContext &s, CaseState state, bool needsNotice)
{
    if (std::optional<Error> no = requireReason(s))
        return no;
    Case &c = s.c;
    c.state = state;
    c.reason = text(s, "reason");
    c.decidedOn = s.actor.date;
    c.nextReview = QDate();
    c.deadlines.clear();
    if (needsNotice) {
        if (std::optional<Error> no = setDeadline(s, "refusal_notice", s.actor.date, "deadline.refusal.notice"))
            return no;
    }
    s.note = Workflow::reasonLabel(c.reason);
    return std::nullopt;
}
} // namespace

Error notAllowed(const QString &why)
{
    return Error(ErrorCode::NotAllowed, why);
}

Error missing(const QString &why)
{
    return Error(ErrorCode::InvalidInput, why);
}

std::optional<Error> accept(StepContext &s)
{
    if (!s.data.value(QStringLiteral("missing_papers")).toArray().isEmpty())
        return missing(
            Workflow::tr("Papers are missing: use request_papers to give the one-time list, then accept when they come."));
    Case &c = s.c;
    const QDate today = s.actor.date;
    c.state = CaseState::Accepted;
    c.acceptedOn = today;
    c.missingPapers.clear();
    if (std::optional<Error> no = setDeadline(s, "case", today, "deadline.case"))
        return no;
    if (c.programme == CaseProgramme::TemporaryUrgent) {
        // 小额快救 counts calendar days, not working days (DOMAIN §4).
        const Result<qint64> days = s.policy.integer(c, "deadline.quick.days", today);
        if (!days)
            return days.error();
        c.deadlines.insert(QStringLiteral("pay_first"), today.addDays(*days));
    } else if (std::optional<Error> no = setDeadline(s, "investigation_start", today, "deadline.investigation.start")) {
        return no;
    }
    if (c.programme == CaseProgramme::Tekun)
        return setDeadline(s, "investigation", today, "deadline.tekun.investigation");
    return std::nullopt;
}

std::optional<Error> requestPapers(StepContext &s)
{
    QStringList papers;
    for (const QJsonValue &v : s.data.value(QStringLiteral("papers")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            papers << v.toString().trimmed();
    }
    if (papers.isEmpty())
        return missing(Workflow::tr("List every missing paper at once (the one-time list)."));
    s.c.state = CaseState::AwaitingPapers;
    s.c.missingPapers = papers;
    s.note = papers.join(QStringLiteral("、"));
    return std::nullopt;
}

std::optional<Error> payFirst(StepContext &s)
{
    const qint64 amount = qint64(s.data.value(QStringLiteral("amount_fen")).toDouble());
    if (amount <= 0)
        return missing(Workflow::tr("Give the amount paid first, in fen."));
    s.c.state = CaseState::PaidFirst;
    s.c.paidFirstFen = amount;
    s.c.deadlines.remove(QStringLiteral("pay_first"));
    if (std::optional<Error> no = setDeadline(s, "investigation_start", s.actor.date, "deadline.investigation.start"))
        return no;
    s.note = money::formatYuan(amount);
    return std::nullopt;
}

std::optional<Error> startInvestigation(StepContext &s)
{
    s.c.state = CaseState::Investigating;
    s.c.deadlines.remove(QStringLiteral("investigation_start"));
    return std::nullopt;
}

std::optional<Error> recordCheck(StepContext &s)
{
    const Case &c = s.c;
    // What the county's 核对 platform reported: the file keeps the report's number and date,
    // what was checked, and whether it matched the declaration.
    CaseCheck check;
    check.reportNumber = text(s, "report_number").trimmed();
    const QString day = text(s, "date");
    check.date = day.isEmpty() ? s.actor.date : QDate::fromString(day, Qt::ISODate);
    for (const QJsonValue &a : s.data.value(QStringLiteral("agencies")).toArray()) {
        const QString code = a.toString();
        if (!CaseCheck::agencyCodes().contains(code))
            return missing(Workflow::tr("\"%1\" is not something the information check covers; one of: %2.")
                               .arg(code.left(40), CaseCheck::agencyCodes().join(QStringLiteral(", "))));
        if (!check.agencies.contains(code))
            check.agencies << code;
    }
    check.result = text(s, "result");
    check.differences = text(s, "differences").trimmed();
    if (check.reportNumber.isEmpty())
        return missing(Workflow::tr("Give the number of the information check report (核对报告)."));
    if (check.reportNumber.size() > 60)
        return missing(Workflow::tr("The report number is at most 60 characters."));
    if (!check.date.isValid())
        return missing(Workflow::tr("Give the date of the check report as YYYY-MM-DD."));
    if (check.date > s.actor.date)
        return missing(Workflow::tr("The check report cannot be dated in the future."));
    if (c.acceptedOn.isValid() && check.date < c.acceptedOn)
        return missing(Workflow::tr("The check report is dated before the application was accepted (%1).")
                           .arg(c.acceptedOn.toString(Qt::ISODate)));
    if (check.agencies.isEmpty())
        return missing(Workflow::tr("Say what the check covered (at least one item, e.g. tax or real estate)."));
    if (!CaseCheck::resultCodes().contains(check.result))
        return missing(Workflow::tr("Say whether the check matched the declaration (result: %1).")
                           .arg(CaseCheck::resultCodes().join(QStringLiteral(", "))));
    if (check.result == QLatin1String("differs") && check.differences.isEmpty())
        return missing(Workflow::tr("Write down what the check found that differs from the declaration."));
    if (check.differences.size() > 2000)
        return missing(Workflow::tr("The differences are at most 2000 characters."));
    s.c.checkDone = true;
    s.c.check = check;
    s.note = check.differences.isEmpty()
                 ? Workflow::tr("report %1 of %2: %3")
                       .arg(check.reportNumber, check.date.toString(Qt::ISODate), CaseCheck::resultLabel(check.result))
                 : Workflow::tr("report %1 of %2: %3 (%4)")
                       .arg(check.reportNumber, check.date.toString(Qt::ISODate), CaseCheck::resultLabel(check.result),
                            check.differences);
    return std::nullopt;
}

std::optional<Error> recordVisit(StepContext &s)
{
    CaseVisit v;
    for (const QJsonValue &i : s.data.value(QStringLiteral("investigators")).toArray()) {
        if (!i.toString().trimmed().isEmpty() && !v.investigators.contains(i.toString().trimmed()))
            v.investigators << i.toString().trimmed();
    }
    v.date = QDate::fromString(text(s, "date"), Qt::ISODate);
    if (!v.date.isValid())
        v.date = s.actor.date;
    v.byCounty = s.data.value(QStringLiteral("by_county")).toBool();
    v.findings = text(s, "findings");
    v.checklist = s.data.value(QStringLiteral("checklist")).toObject();
    for (const QJsonValue &p : s.data.value(QStringLiteral("photos")).toArray())
        v.photos << p.toString();
    const QJsonObject signatures = s.data.value(QStringLiteral("signatures")).toObject();
    for (auto it = signatures.constBegin(); it != signatures.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            v.signatures.insert(it.key(), it.value().toString());
    }
    v.signedOnPaper = s.data.value(QStringLiteral("signed_on_paper")).toBool();
    if (v.investigators.size() < 2)
        return missing(Workflow::tr("A home visit needs at least two investigators."));
    // DOMAIN §2: the visit form is signed by both investigators and the interviewee.
    if (!v.signedOnPaper) {
        QStringList unsigned_;
        for (const QString &i : std::as_const(v.investigators)) {
            if (!v.signatures.contains(i))
                unsigned_ << i;
        }
        if (!v.signatures.contains(QStringLiteral("interviewee")))
            unsigned_ << Workflow::tr("the interviewee");
        if (!unsigned_.isEmpty())
            return missing(Workflow::tr("The visit must be signed by every investigator and the interviewee (or on the paper "
                                        "form); missing: %1.")
                               .arg(unsigned_.join(QStringLiteral("、"))));
    }
    if (v.date > s.actor.date)
        return missing(Workflow::tr("A home visit cannot be dated in the future."));
    if (v.byCounty && s.actor.role != QLatin1String("county"))
        return notAllowed(Workflow::tr("Only county staff record a county visit."));
    s.c.visits << v;
    s.note = v.investigators.join(QStringLiteral("、"));
    return std::nullopt;
}

std::optional<Error> democraticReview(StepContext &s)
{
    const QString outcome = text(s, "outcome").trimmed();
    if (outcome.isEmpty())
        return missing(Workflow::tr("Record the outcome of the democratic review."));
    s.c.democraticReview = outcome;
    s.note = outcome;
    return std::nullopt;
}

std::optional<Error> completeInvestigation(StepContext &s)
{
    Case &c = s.c;
    if (!c.checkDone)
        return missing(Workflow::tr("The information check (核对) has not been recorded."));
    // After an objection the household is visited again (DOMAIN §2.5).
    const auto visitAfterObjection = [&](const CaseVisit &v) { return !c.lastObjection.isValid() || v.date >= c.lastObjection; };
    if (std::none_of(c.visits.cbegin(), c.visits.cend(), visitAfterObjection))
        return missing(c.lastObjection.isValid()
                           ? Workflow::tr("The objection needs a new home visit before the investigation is finished.")
                           : Workflow::tr("No home visit has been recorded."));
    if (c.relative && std::none_of(c.visits.cbegin(), c.visits.cend(), [](const CaseVisit &v) { return v.byCounty; }))
        return missing(Workflow::tr("For a relative of a caseworker or cadre the county makes its own home visit."));
    c.state = CaseState::Investigated;
    c.deadlines.remove(QStringLiteral("investigation"));
    return std::nullopt;
}

std::optional<Error> preliminary(StepContext &s)
{
    Case &c = s.c;
    if (!s.data.contains(QStringLiteral("approve")))
        return missing(Workflow::tr("Say whether the township approves (approve: true or false)."));
    if (!s.data.value(QStringLiteral("approve")).toBool())
        return decideAgainst(s, CaseState::Refused, true);
    const qint64 amount = qint64(s.data.value(QStringLiteral("monthly_fen")).toDouble());
    if (amount < 0 || (amount == 0 && c.programme != CaseProgramme::Edge && c.programme != CaseProgramme::Rigid))
        return missing(Workflow::tr("Give the proposed amount in fen."));
    c.proposedMonthlyFen = amount;
    if (Case::hasPublicity(c.programme)) {
        const Result<qint64> days = s.policy.integer(c, "publicity.days", s.actor.date);
        if (!days)
            return days.error();
        c.state = CaseState::Publicity;
        ++c.publicityRound;
        c.publicityStart = s.actor.date;
        c.publicityEnd = s.actor.date.addDays(*days);
        c.deadlines.insert(QStringLiteral("publicity_end"), c.publicityEnd);
    } else {
        // Temporary aid: the amount decides who approves it (DOMAIN §4), and it may be paid in stages.
        const QString level = text(s, "approval_level");
        if (level != QLatin1String("township") && level != QLatin1String("county"))
            return missing(Workflow::tr("Say who approves this amount (approval_level: township or county)."));
        c.approvalLevel = level;
        for (const QJsonValue &stage : s.data.value(QStringLiteral("stages_fen")).toArray())
            c.stagesFen << Fen(stage.toDouble());
        if (c.stagesFen.isEmpty())
            c.stagesFen << amount;
        c.state = CaseState::AwaitingConfirmation;
    }
    s.note = money::formatYuan(amount);
    return std::nullopt;
}

std::optional<Error> objection(StepContext &s)
{
    const QString objection = text(s, "text").trimmed();
    if (objection.isEmpty())
        return missing(Workflow::tr("Record what the objection says."));
    s.c.objections << objection;
    s.c.lastObjection = s.actor.date;
    s.c.state = CaseState::Investigating; // re-investigate, then a new public notice
    s.c.deadlines.remove(QStringLiteral("publicity_end"));
    s.note = objection;
    return std::nullopt;
}

std::optional<Error> closePublicity(StepContext &s)
{
    s.c.state = CaseState::AwaitingConfirmation;
    s.c.deadlines.remove(QStringLiteral("publicity_end"));
    // The county's opinion is due within its time limit when the file goes up to it (DOMAIN §2.6).
    if (s.policy.confirmRoles(s.c, s.actor.date) == QStringList{QStringLiteral("county")})
        return setDeadline(s, "county_opinion", s.actor.date, "deadline.county.opinion");
    return std::nullopt;
}

std::optional<Error> confirm(StepContext &s)
{
    Case &c = s.c;
    c.state = CaseState::Approved;
    c.decidedOn = s.actor.date;
    c.monthlyFen = s.data.contains(QStringLiteral("monthly_fen")) ? Fen(s.data.value(QStringLiteral("monthly_fen")).toDouble())
                                                                  : c.proposedMonthlyFen;
    if (c.monthlyFen < 0)
        return missing(Workflow::tr("The amount cannot be negative."));
    c.deadlines.clear();
    if (!Case::isTemporary(c.programme)) {
        // Paid from the month after approval (DOMAIN §2.8); reviewed on its cycle from then.
        c.unstableIncome = s.data.value(QStringLiteral("unstable_income")).toBool();
        c.entitlementStart = firstOfNextMonth(s.actor.date);
        const Result<qint64> months = s.policy.reviewMonths(c, s.actor.date);
        if (!months)
            return months.error();
        c.nextReview = c.entitlementStart.addMonths(int(*months));
    }
    s.note = money::formatYuan(c.monthlyFen);
    return std::nullopt;
}

std::optional<Error> refuse(StepContext &s)
{
    return decideAgainst(s, CaseState::Refused, true);
}

std::optional<Error> notify(StepContext &s)
{
    s.c.deadlines.remove(QStringLiteral("refusal_notice"));
    return std::nullopt;
}

std::optional<Error> extend(StepContext &s)
{
    const QString why = text(s, "note");
    if (why.trimmed().isEmpty())
        return missing(Workflow::tr("Say why the case needs more time."));
    if (std::optional<Error> no = setDeadline(s, "case", s.c.acceptedOn, "deadline.case.extended"))
        return no;
    s.c.extended = true;
    s.note = why;
    return std::nullopt;
}

std::optional<Error> review(StepContext &s)
{
    Case &c = s.c;
    const QString outcome = text(s, "outcome");
    if (outcome == QLatin1String("stop"))
        return decideAgainst(s, CaseState::Stopped, true);
    if (outcome != QLatin1String("keep") && outcome != QLatin1String("increase") && outcome != QLatin1String("decrease"))
        return missing(Workflow::tr("The review outcome is keep, increase, decrease or stop."));
    const qint64 amount = qint64(s.data.value(QStringLiteral("monthly_fen")).toDouble());
    if (outcome == QLatin1String("increase") && amount <= c.monthlyFen)
        return missing(
            Workflow::tr("An increase needs a higher amount than the current %1 yuan.").arg(money::formatYuan(c.monthlyFen)));
    if (outcome == QLatin1String("decrease") && (amount >= c.monthlyFen || amount < 0))
        return missing(
            Workflow::tr("A decrease needs a lower amount than the current %1 yuan.").arg(money::formatYuan(c.monthlyFen)));
    // DOMAIN §2 动态管理: each change is written down with its reasons.
    if (outcome != QLatin1String("keep") && text(s, "note").trimmed().isEmpty())
        return missing(Workflow::tr("Write down why the amount changes."));
    // The new amount is paid from the next month (as a confirmation's); the months before keep theirs.
    if (outcome != QLatin1String("keep"))
        c.changeAmount(firstOfNextMonth(s.actor.date), amount, QStringLiteral("review"));
    if (s.data.contains(QStringLiteral("unstable_income")))
        c.unstableIncome = s.data.value(QStringLiteral("unstable_income")).toBool();
    const Result<qint64> months = s.policy.reviewMonths(c, s.actor.date);
    if (!months)
        return months.error();
    c.nextReview = s.actor.date.addMonths(int(*months));
    s.note = outcome + QStringLiteral(" ") + money::formatYuan(c.monthlyFen);
    return std::nullopt;
}

std::optional<Error> terminate(StepContext &s)
{
    return decideAgainst(s, CaseState::Terminated, false);
}

std::optional<Error> payStage(StepContext &s)
{
    Case &c = s.c;
    ++c.stagesPaid;
    s.note = Workflow::tr("stage %1 of %2: %3 yuan")
                 .arg(c.stagesPaid)
                 .arg(c.stagesFen.size())
                 .arg(money::formatYuan(c.stagesFen.value(c.stagesPaid - 1)));
    if (c.stagesPaid >= c.stagesFen.size())
        c.state = CaseState::Completed;
    return std::nullopt;
}

std::optional<Error> withdraw(StepContext &s)
{
    s.c.state = CaseState::Withdrawn;
    s.c.deadlines.clear();
    return std::nullopt;
}

} // namespace doudi::core::steps
