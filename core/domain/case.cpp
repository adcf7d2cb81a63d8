#include "domain/case.h"

#include "common/labeltable.h"

#include <QJsonArray>

namespace doudi::core {

namespace {
const LabelTable<CaseState> &states()
{
    static const LabelTable<CaseState> table(
        "doudi::core::Case",
        {
            {CaseState::Submitted, "submitted", QT_TRANSLATE_NOOP("doudi::core::Case", "Submitted")},
            {CaseState::AwaitingPapers, "awaiting_papers", QT_TRANSLATE_NOOP("doudi::core::Case", "Waiting for missing papers")},
            {CaseState::Accepted, "accepted", QT_TRANSLATE_NOOP("doudi::core::Case", "Accepted")},
            {CaseState::PaidFirst, "paid_first", QT_TRANSLATE_NOOP("doudi::core::Case", "Paid first, paperwork to follow")},
            {CaseState::Investigating, "investigating", QT_TRANSLATE_NOOP("doudi::core::Case", "Under investigation")},
            {CaseState::Investigated, "investigated", QT_TRANSLATE_NOOP("doudi::core::Case", "Investigated")},
            {CaseState::Publicity, "publicity", QT_TRANSLATE_NOOP("doudi::core::Case", "On public notice")},
            {CaseState::AwaitingConfirmation, "awaiting_confirmation",
             QT_TRANSLATE_NOOP("doudi::core::Case", "Waiting for confirmation")},
            {CaseState::Approved, "approved", QT_TRANSLATE_NOOP("doudi::core::Case", "Approved")},
            {CaseState::Completed, "completed", QT_TRANSLATE_NOOP("doudi::core::Case", "Completed")},
            {CaseState::Refused, "refused", QT_TRANSLATE_NOOP("doudi::core::Case", "Refused")},
            {CaseState::Stopped, "stopped", QT_TRANSLATE_NOOP("doudi::core::Case", "Payment stopped")},
            {CaseState::Terminated, "terminated", QT_TRANSLATE_NOOP("doudi::core::Case", "Terminated")},
            {CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("doudi::core::Case", "Withdrawn")},
        });
    return table;
}

const LabelTable<CaseProgramme> &programmes()
{
    static const LabelTable<CaseProgramme> table(
        "doudi::core::Case",
        {
            {CaseProgramme::Dibao, "dibao", QT_TRANSLATE_NOOP("doudi::core::Case", "Dibao")},
            {CaseProgramme::Tekun, "tekun", QT_TRANSLATE_NOOP("doudi::core::Case", "Extreme poverty support")},
            {CaseProgramme::Edge, "edge", QT_TRANSLATE_NOOP("doudi::core::Case", "Near-dibao household")},
            {CaseProgramme::Rigid, "rigid", QT_TRANSLATE_NOOP("doudi::core::Case", "Rigid expenditure hardship")},
            {CaseProgramme::TemporaryUrgent, "temporary_urgent",
             QT_TRANSLATE_NOOP("doudi::core::Case", "Temporary assistance (urgent)")},
            {CaseProgramme::TemporaryExpenditure, "temporary_expenditure",
             QT_TRANSLATE_NOOP("doudi::core::Case", "Temporary assistance (expenditure)")},
        });
    return table;
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
CaseState stateFrom(const QString &code)
{
    return states().fromCode(code).value_or(CaseState::Submitted);
}
} // namespace

QString Case::programmeCode(CaseProgramme p)
{
    return programmes().code(p);
}

QString Case::programmeLabel(CaseProgramme p)
{
    return programmes().label(p);
}

bool Case::programmeFromCode(const QString &code, CaseProgramme *out)
{
    const std::optional<CaseProgramme> p = programmes().fromCode(code);
    if (p)
        *out = *p;
    return p.has_value();
}

QString Case::stateCode(CaseState s)
{
    return states().code(s);
}

QString Case::stateLabel(CaseState s)
{
    return states().label(s);
}

bool Case::isTemporary(CaseProgramme p)
{
    return p == CaseProgramme::TemporaryUrgent || p == CaseProgramme::TemporaryExpenditure;
}

bool Case::hasPublicity(CaseProgramme p)
{
    return !isTemporary(p);
}

QString CaseVisit::conditionLabel(const QString &code)
{
    static const LabelTable<> conditions("doudi::core::CaseVisit",
                                         {
                                             {"safe", QT_TRANSLATE_NOOP("doudi::core::CaseVisit", "safe")},
                                             {"poor", QT_TRANSLATE_NOOP("doudi::core::CaseVisit", "in poor repair")},
                                             {"unsafe", QT_TRANSLATE_NOOP("doudi::core::CaseVisit", "unsafe (危房)")},
                                             {"adequate", QT_TRANSLATE_NOOP("doudi::core::CaseVisit", "adequate")},
                                             {"short", QT_TRANSLATE_NOOP("doudi::core::CaseVisit", "short")},
                                         });
    return conditions.labelOfCode(code);
}

namespace {
// DOMAIN §2 step 3: what the county's 核对机构 checks.
const LabelTable<> &checkedAgencies()
{
    static const LabelTable<> table(
        "doudi::core::CaseCheck",
        {
            {"household_registration", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "household registration")},
            {"tax", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "tax")},
            {"social_insurance", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "social insurance")},
            {"real_estate", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "real estate")},
            {"vehicles", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "vehicles")},
            {"deposits", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "bank deposits")},
            {"securities", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "securities")},
            {"housing_fund", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "housing provident fund")},
            {"business", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "business registration")},
        });
    return table;
}

const LabelTable<> &checkResults()
{
    static const LabelTable<> table(
        "doudi::core::CaseCheck",
        {
            {"consistent", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "consistent with the declaration")},
            {"differs", QT_TRANSLATE_NOOP("doudi::core::CaseCheck", "differs from the declaration")},
        });
    return table;
}
} // namespace

QStringList CaseCheck::agencyCodes()
{
    return checkedAgencies().codes();
}

QString CaseCheck::agencyLabel(const QString &code)
{
    return checkedAgencies().labelOfCode(code);
}

QStringList CaseCheck::resultCodes()
{
    return checkResults().codes();
}

QString CaseCheck::resultLabel(const QString &code)
{
    return checkResults().labelOfCode(code);
}

QJsonObject CaseCheck::toJson() const
{
    return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("report_number"), reportNumber},
            {QStringLiteral("agencies"), QJsonArray::fromStringList(agencies)},
            {QStringLiteral("result"), result},
            {QStringLiteral("differences"), differences}};
}

CaseCheck CaseCheck::fromJson(const QJsonObject &o)
{
    CaseCheck c;
    c.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    c.reportNumber = o.value(QStringLiteral("report_number")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("agencies")).toArray())
        c.agencies << a.toString();
    c.result = o.value(QStringLiteral("result")).toString();
    c.differences = o.value(QStringLiteral("differences")).toString();
    return c;
}

bool Case::stateFromCode(const QString &code, CaseState *out)
{
    const std::optional<CaseState> s = states().fromCode(code);
    if (s)
        *out = *s;
    return s.has_value();
}

bool Case::isOpen() const
{
    return isOpenState(state);
}

bool Case::isOpenState(CaseState state)
{
    switch (state) {
    case CaseState::Refused:
    case CaseState::Stopped:
    case CaseState::Terminated:
    case CaseState::Withdrawn:
    case CaseState::Completed:
        return false;
    default:
        return true;
    }
}

QJsonObject Case::toJson() const
{
    QJsonArray visitArray, historyArray, stageArray;
    for (const CaseVisit &v : visits) {
        QJsonObject signatures;
        for (auto it = v.signatures.cbegin(); it != v.signatures.cend(); ++it)
            signatures.insert(it.key(), it.value());
        visitArray.append(QJsonObject{{QStringLiteral("date"), date(v.date)},
                                      {QStringLiteral("investigators"), QJsonArray::fromStringList(v.investigators)},
                                      {QStringLiteral("by_county"), v.byCounty},
                                      {QStringLiteral("findings"), v.findings},
                                      {QStringLiteral("checklist"), v.checklist},
                                      {QStringLiteral("photos"), QJsonArray::fromStringList(v.photos)},
                                      {QStringLiteral("signatures"), signatures},
                                      {QStringLiteral("signed_on_paper"), v.signedOnPaper}});
    }
    for (const CaseHistory &h : history)
        historyArray.append(QJsonObject{{QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("user"), h.user},
                                        {QStringLiteral("role"), h.role},
                                        {QStringLiteral("event"), h.event},
                                        {QStringLiteral("from"), stateCode(h.from)},
                                        {QStringLiteral("to"), stateCode(h.to)},
                                        {QStringLiteral("note"), h.note}});
    for (Fen f : stagesFen)
        stageArray.append(double(f));
    QJsonArray amountArray;
    for (const CaseAmount &a : amounts)
        amountArray.append(QJsonObject{{QStringLiteral("from"), date(a.from)},
                                       {QStringLiteral("monthly_fen"), double(a.monthlyFen)},
                                       {QStringLiteral("reason"), a.reason}});
    QJsonObject deadlineObject;
    for (auto it = deadlines.cbegin(); it != deadlines.cend(); ++it)
        deadlineObject.insert(it.key(), date(it.value()));
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("household_id"), householdId},
                    {QStringLiteral("area_code"), areaCode},
                    {QStringLiteral("programme"), programmeCode(programme)},
                    {QStringLiteral("state"), stateCode(state)},
                    {QStringLiteral("relative"), relative},
                    {QStringLiteral("application_reason"), applicationReason},
                    {QStringLiteral("submitted_on"), date(submittedOn)},
                    {QStringLiteral("accepted_on"), date(acceptedOn)},
                    {QStringLiteral("missing_papers"), QJsonArray::fromStringList(missingPapers)},
                    {QStringLiteral("check_done"), checkDone},
                    {QStringLiteral("visits"), visitArray},
                    {QStringLiteral("democratic_review"), democraticReview},
                    {QStringLiteral("publicity_round"), publicityRound},
                    {QStringLiteral("publicity_start"), date(publicityStart)},
                    {QStringLiteral("publicity_end"), date(publicityEnd)},
                    {QStringLiteral("objections"), QJsonArray::fromStringList(objections)},
                    {QStringLiteral("last_objection"), date(lastObjection)},
                    {QStringLiteral("extended"), extended},
                    {QStringLiteral("proposed_monthly_fen"), double(proposedMonthlyFen)},
                    {QStringLiteral("approval_level"), approvalLevel},
                    {QStringLiteral("monthly_fen"), double(monthlyFen)},
                    {QStringLiteral("decided_on"), date(decidedOn)},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("entitlement_start"), date(entitlementStart)},
                    {QStringLiteral("next_review"), date(nextReview)},
                    {QStringLiteral("unstable_income"), unstableIncome},
                    {QStringLiteral("paid_first_fen"), double(paidFirstFen)},
                    {QStringLiteral("stages_fen"), stageArray},
                    {QStringLiteral("stages_paid"), stagesPaid},
                    {QStringLiteral("deadlines"), deadlineObject},
                    {QStringLiteral("baseline"), baseline},
                    {QStringLiteral("baseline_on"), date(baselineOn)},
                    {QStringLiteral("decision_assessment"), decisionAssessment},
                    {QStringLiteral("history"), historyArray}};
    if (!check.isEmpty()) // cases checked before the report was kept stay as they were stored
        out.insert(QStringLiteral("check"), check.toJson());
    if (!amounts.isEmpty()) // likewise a case never re-rated
        out.insert(QStringLiteral("amounts"), amountArray);
    return out;
}

Case Case::fromJson(const QJsonObject &o)
{
    Case c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.householdId = o.value(QStringLiteral("household_id")).toString();
    c.areaCode = o.value(QStringLiteral("area_code")).toString();
    programmeFromCode(o.value(QStringLiteral("programme")).toString(), &c.programme);
    c.state = stateFrom(o.value(QStringLiteral("state")).toString());
    c.relative = o.value(QStringLiteral("relative")).toBool();
    c.applicationReason = o.value(QStringLiteral("application_reason")).toString();
    c.submittedOn = dateOf(o.value(QStringLiteral("submitted_on")));
    c.acceptedOn = dateOf(o.value(QStringLiteral("accepted_on")));
    for (const QJsonValue &v : o.value(QStringLiteral("missing_papers")).toArray())
        c.missingPapers << v.toString();
    c.checkDone = o.value(QStringLiteral("check_done")).toBool();
    c.check = CaseCheck::fromJson(o.value(QStringLiteral("check")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("visits")).toArray()) {
        CaseVisit visit;
        visit.date = dateOf(v[QStringLiteral("date")]);
        for (const QJsonValue &i : v[QStringLiteral("investigators")].toArray())
            visit.investigators << i.toString();
        visit.byCounty = v[QStringLiteral("by_county")].toBool();
        visit.findings = v[QStringLiteral("findings")].toString();
        visit.checklist = v[QStringLiteral("checklist")].toObject();
        for (const QJsonValue &p : v[QStringLiteral("photos")].toArray())
            visit.photos << p.toString();
        const QJsonObject signatures = v[QStringLiteral("signatures")].toObject();
        for (auto it = signatures.constBegin(); it != signatures.constEnd(); ++it)
            visit.signatures.insert(it.key(), it.value().toString());
        visit.signedOnPaper = v[QStringLiteral("signed_on_paper")].toBool();
        c.visits << visit;
    }
    c.democraticReview = o.value(QStringLiteral("democratic_review")).toString();
    c.publicityRound = o.value(QStringLiteral("publicity_round")).toInt();
    c.publicityStart = dateOf(o.value(QStringLiteral("publicity_start")));
    c.publicityEnd = dateOf(o.value(QStringLiteral("publicity_end")));
    for (const QJsonValue &v : o.value(QStringLiteral("objections")).toArray())
        c.objections << v.toString();
    c.lastObjection = dateOf(o.value(QStringLiteral("last_objection")));
    c.extended = o.value(QStringLiteral("extended")).toBool();
    c.proposedMonthlyFen = Fen(o.value(QStringLiteral("proposed_monthly_fen")).toDouble());
    c.approvalLevel = o.value(QStringLiteral("approval_level")).toString();
    c.monthlyFen = Fen(o.value(QStringLiteral("monthly_fen")).toDouble());
    c.decidedOn = dateOf(o.value(QStringLiteral("decided_on")));
    c.reason = o.value(QStringLiteral("reason")).toString();
    c.entitlementStart = dateOf(o.value(QStringLiteral("entitlement_start")));
    c.nextReview = dateOf(o.value(QStringLiteral("next_review")));
    c.unstableIncome = o.value(QStringLiteral("unstable_income")).toBool();
    c.paidFirstFen = Fen(o.value(QStringLiteral("paid_first_fen")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("stages_fen")).toArray())
        c.stagesFen << Fen(v.toDouble());
    c.stagesPaid = o.value(QStringLiteral("stages_paid")).toInt();
    const QJsonObject deadlines = o.value(QStringLiteral("deadlines")).toObject();
    for (auto it = deadlines.constBegin(); it != deadlines.constEnd(); ++it)
        c.deadlines.insert(it.key(), dateOf(it.value()));
    c.baseline = o.value(QStringLiteral("baseline")).toObject();
    c.baselineOn = dateOf(o.value(QStringLiteral("baseline_on")));
    c.decisionAssessment = o.value(QStringLiteral("decision_assessment")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("amounts")).toArray())
        c.amounts << CaseAmount{dateOf(v[QStringLiteral("from")]), Fen(v[QStringLiteral("monthly_fen")].toDouble()),
                                v[QStringLiteral("reason")].toString()};
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray()) {
        CaseHistory h;
        h.at = QDateTime::fromString(v[QStringLiteral("at")].toString(), Qt::ISODateWithMs);
        h.user = v[QStringLiteral("user")].toString();
        h.role = v[QStringLiteral("role")].toString();
        h.event = v[QStringLiteral("event")].toString();
        h.from = stateFrom(v[QStringLiteral("from")].toString());
        h.to = stateFrom(v[QStringLiteral("to")].toString());
        h.note = v[QStringLiteral("note")].toString();
        c.history << h;
    }
    return c;
}

Fen Case::monthlyOn(const QDate &day) const
{
    if (amounts.isEmpty())
        return entitlementStart.isValid() && day >= entitlementStart ? monthlyFen : 0;
    for (qsizetype i = amounts.size() - 1; i >= 0; --i) {
        if (amounts[i].from <= day)
            return i == amounts.size() - 1 ? monthlyFen : amounts[i].monthlyFen;
    }
    return 0;
}

void Case::changeAmount(const QDate &from, Fen fen, const QString &why)
{
    if (amounts.isEmpty()) // the amount decided before, kept as the first period
        amounts << CaseAmount{entitlementStart.isValid() ? entitlementStart : decidedOn, monthlyFen, QStringLiteral("decision")};
    else
        amounts.last().monthlyFen = monthlyFen; // the latest period's amount is monthlyFen until now
    while (!amounts.isEmpty() && amounts.last().from >= from)
        amounts.removeLast();
    amounts << CaseAmount{from, fen, why};
    monthlyFen = fen;
}

Fen Case::paidForMonth(const QDate &monthStart) const
{
    if (!isMonthly(programme) || !entitlementStart.isValid() || entitlementStart > monthStart.addMonths(1).addDays(-1))
        return 0;
    const bool ended = state == CaseState::Stopped || state == CaseState::Terminated;
    if (state != CaseState::Approved && !(ended && decidedOn.isValid() && decidedOn >= monthStart))
        return 0;
    return monthlyOn(qMax(monthStart, entitlementStart));
}

} // namespace doudi::core
