#include "documents/forms.h"

#include "documents/chinesetext.h"
#include "identity/idnumber.h"
#include "workflow/workflow.h"

#include <QJsonArray>

namespace doudi::core {

namespace {
QString yuan(Fen fen)
{
    return money::formatYuan(fen);
}

QString careLabel(const QString &level)
{
    if (level == QLatin1String("full"))
        return Forms::tr("fully unable to care for themselves");
    if (level == QLatin1String("partial"))
        return Forms::tr("partly unable to care for themselves");
    return Forms::tr("able to care for themselves");
}

QJsonObject visitChecklist(const QJsonObject &checklist)
{
    QJsonObject out;
    for (const QString &key :
         {QStringLiteral("housing"), QStringLiteral("food"), QStringLiteral("clothing"), QStringLiteral("appliances")})
        out.insert(key, CaseVisit::conditionLabel(checklist.value(key).toString()));
    return out;
}
} // namespace

const QList<FormSpec> &Forms::all()
{
    using O = QPageLayout::Orientation;
    static const QStringList common = {QStringLiteral("number"), QStringLiteral("hash")};
    static const QList<FormSpec> specs = {
        {QStringLiteral("application"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Application for social assistance"), O::Portrait,
         false, common},
        {QStringLiteral("authorisation"),
         QT_TRANSLATE_NOOP("doudi::core::Forms", "Authorisation to check the family's economic situation"), O::Portrait, false,
         common},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Home visit record"), O::Portrait, false, common},
        {QStringLiteral("democratic_review"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Record of the democratic review"),
         O::Portrait, false, common},
        {QStringLiteral("publicity"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Public notice"), O::Landscape, true, common},
        {QStringLiteral("dibao_confirmation"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Dibao review and confirmation form"),
         O::Portrait, false, common},
        {QStringLiteral("approval_notice"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Notice of confirmation"), O::Portrait, false,
         common},
        {QStringLiteral("refusal_notice"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Notice of refusal or stopped payment"),
         O::Portrait, false, common},
        {QStringLiteral("tekun_approval"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Extreme poverty determination form"),
         O::Portrait, false, common},
        {QStringLiteral("temporary_approval"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Temporary assistance approval form"),
         O::Portrait, false, common},
        {QStringLiteral("rerate_list"), QT_TRANSLATE_NOOP("doudi::core::Forms", "List of changes of standards"), O::Landscape,
         false, common},
        {QStringLiteral("monthly_report"), QT_TRANSLATE_NOOP("doudi::core::Forms", "Monthly social assistance report"),
         O::Landscape, false, common},
        {QStringLiteral("recovery_code"),
         QT_TRANSLATE_NOOP("doudi::core::Forms", "Recovery code sheet"),
         O::Portrait,
         false,
         {QStringLiteral("code")}},
    };
    return specs;
}

const FormSpec *Forms::find(const QString &code)
{
    for (const FormSpec &s : all()) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QString Forms::title(const FormSpec &spec)
{
    return QCoreApplication::translate("doudi::core::Forms", spec.title);
}

QStringList Forms::forCase(const Case &c)
{
    QStringList out = {QStringLiteral("application"), QStringLiteral("authorisation"), QStringLiteral("visit")};
    if (!c.democraticReview.isEmpty())
        out << QStringLiteral("democratic_review");
    if (c.publicityStart.isValid())
        out << QStringLiteral("publicity");
    const bool decidedOrDeciding = c.state == CaseState::AwaitingConfirmation || c.state == CaseState::Approved ||
                                   c.state == CaseState::Completed || c.decidedOn.isValid();
    if (decidedOrDeciding &&
        (c.programme == CaseProgramme::Dibao || c.programme == CaseProgramme::Edge || c.programme == CaseProgramme::Rigid))
        out << QStringLiteral("dibao_confirmation");
    if (c.programme == CaseProgramme::Tekun && decidedOrDeciding)
        out << QStringLiteral("tekun_approval");
    if (Case::isTemporary(c.programme) && c.state != CaseState::Submitted)
        out << QStringLiteral("temporary_approval");
    if (c.state == CaseState::Approved || c.state == CaseState::Completed)
        out << QStringLiteral("approval_notice");
    if (c.state == CaseState::Refused || c.state == CaseState::Stopped)
        out << QStringLiteral("refusal_notice");
    return out;
}

QJsonObject Forms::context(const QString &code, const FormInput &in)
{
    const Case &c = in.c;
    const Household &h = in.household;
    const Person *head = h.head();
    QHash<QString, QString> nameOf;
    QJsonArray members;
    for (const Person &p : h.members) {
        nameOf.insert(p.meta.id, p.name);
        members.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("relation"), labelOf(p.relation)},
            {QStringLiteral("id_number"), p.idNumber},
            {QStringLiteral("sex"), labelOf(p.sex)},
            {QStringLiteral("age"), p.ageAt(in.today)},
            {QStringLiteral("health"), labelOf(p.health)},
            {QStringLiteral("disability"), p.disabilityLabel()},
            {QStringLiteral("work"), labelOf(p.employment)},
            {QStringLiteral("schooling"), labelOf(p.schooling)},
            {QStringLiteral("excluded"), p.exclusion != Exclusion::None ? labelOf(p.exclusion) : QString()},
            {QStringLiteral("self_care"),
             p.selfCareFailed ? tr("%n of 6 items cannot be done", nullptr, int(p.selfCareFailed->size())) : QString()},
        });
    }
    const auto whose = [&](const QString &id) { return id.isEmpty() ? tr("whole household") : nameOf.value(id); };
    QJsonArray incomes, assets, expenditures, obligors, visits, objections, stages;
    Fen incomeTotal = 0;
    for (const Income &i : h.incomes) {
        incomes.append(QJsonObject{{QStringLiteral("member"), whose(i.personId)},
                                   {QStringLiteral("kind"), labelOf(i.kind)},
                                   {QStringLiteral("annual"), yuan(i.annualFen)}});
        incomeTotal += i.annualFen;
    }
    for (const Asset &a : h.assets)
        assets.append(QJsonObject{{QStringLiteral("kind"), labelOf(a.kind)},
                                  {QStringLiteral("quantity"), a.quantity},
                                  {QStringLiteral("value"), yuan(a.valueFen)},
                                  {QStringLiteral("description"), a.description}});
    for (const Expenditure &e : h.expenditures)
        expenditures.append(QJsonObject{{QStringLiteral("member"), whose(e.personId)},
                                        {QStringLiteral("kind"), labelOf(e.kind)},
                                        {QStringLiteral("annual"), yuan(e.annualFen)}});
    for (const Obligor &o : h.obligors)
        obligors.append(QJsonObject{{QStringLiteral("name"), o.name},
                                    {QStringLiteral("relation"), labelOf(o.relation)},
                                    {QStringLiteral("income"), yuan(o.annualIncomeFen)},
                                    {QStringLiteral("capacity"), labelOf(o.capacity)}});
    for (const CaseVisit &v : c.visits) {
        QJsonObject visit = visitChecklist(v.checklist);
        visit.insert(QStringLiteral("date"), chinese::date(v.date));
        visit.insert(QStringLiteral("investigators"), v.investigators.join(QStringLiteral("、")));
        visit.insert(QStringLiteral("findings"), v.findings);
        visit.insert(QStringLiteral("by_county"), v.byCounty);
        visit.insert(QStringLiteral("signed_on_screen"), !v.signedOnPaper && !v.signatures.isEmpty());
        if (!v.signedOnPaper)
            visit.insert(QStringLiteral("signatures"), visitSignatures(v));
        visits.append(visit);
    }
    for (const QString &o : c.objections)
        objections.append(QJsonObject{{QStringLiteral("text"), o}});
    for (int i = 0; i < c.stagesFen.size(); ++i)
        stages.append(QJsonObject{{QStringLiteral("amount"), yuan(c.stagesFen[i])}, {QStringLiteral("paid"), i < c.stagesPaid}});

    const Fen monthly = c.monthlyFen > 0 ? c.monthlyFen : c.proposedMonthlyFen;
    const QString countyBureau = countyAuthority(in.county);
    const QString townshipGovernment = townshipAuthority(c.areaCode.left(9) + QStringLiteral("000"), in.township);
    QJsonObject ctx{
        {QStringLiteral("county_authority"), countyBureau},
        {QStringLiteral("township_authority"), townshipGovernment},
        {QStringLiteral("issuer"), deciderOf(c, countyBureau, townshipGovernment)},
        {QStringLiteral("supervision_phone"), in.supervisionPhone},
        {QStringLiteral("form"), code},
        {QStringLiteral("printed_on"), chinese::date(in.today)},
        {QStringLiteral("staff"), in.staff},
        {QStringLiteral("county"), in.county},
        {QStringLiteral("township"), in.township},
        {QStringLiteral("village"), in.village},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("phone"), h.phone},
        {QStringLiteral("registration"), labelOf(h.registration)},
        {QStringLiteral("head_name"), head ? head->name : QString()},
        {QStringLiteral("head_id"), head ? head->idNumber : QString()},
        {QStringLiteral("member_count"), int(h.members.size())},
        {QStringLiteral("members"), members},
        {QStringLiteral("incomes"), incomes},
        {QStringLiteral("income_total"), yuan(incomeTotal)},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("expenditures"), expenditures},
        {QStringLiteral("obligors"), obligors},
        {QStringLiteral("programme"), Case::programmeLabel(c.programme)},
        {QStringLiteral("state"), Case::stateLabel(c.state)},
        {QStringLiteral("reason"), c.applicationReason},
        {QStringLiteral("relative"), c.relative},
        {QStringLiteral("submitted_on"), chinese::date(c.submittedOn)},
        {QStringLiteral("accepted_on"), chinese::date(c.acceptedOn)},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("democratic_review"), c.democraticReview},
        {QStringLiteral("publicity_start"), chinese::date(c.publicityStart)},
        {QStringLiteral("publicity_end"), chinese::date(c.publicityEnd)},
        {QStringLiteral("objections"), objections},
        {QStringLiteral("no_objections"), c.publicityStart.isValid() && c.objections.isEmpty()},
        {QStringLiteral("monthly"), yuan(monthly)},
        {QStringLiteral("monthly_capitals"), chinese::yuanInCapitals(monthly)},
        {QStringLiteral("entitlement_start"), chinese::month(c.entitlementStart)},
        {QStringLiteral("decided_on"), chinese::date(c.decidedOn)},
        {QStringLiteral("decision_reason"), c.reason.isEmpty() ? QString() : Workflow::reasonLabel(c.reason)},
        {QStringLiteral("stopped"), c.state == CaseState::Stopped},
        {QStringLiteral("next_review"), chinese::date(c.nextReview)},
        {QStringLiteral("unstable_income"), c.unstableIncome},
        {QStringLiteral("paid_first"), c.paidFirstFen > 0 ? yuan(c.paidFirstFen) : QString()},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("staged"), c.stagesFen.size() > 1},
        {QStringLiteral("approval_level"),
         c.approvalLevel == QLatin1String("county") ? tr("county civil affairs bureau") : tr("township")},
        {QStringLiteral("urgent"), c.programme == CaseProgramme::TemporaryUrgent},
    };
    if (!c.check.isEmpty()) {
        // The items checked as boxes the template ticks (■ 纳税 □ 车辆 …), as on the paper form.
        QJsonObject check{{QStringLiteral("date"), chinese::date(c.check.date)},
                          {QStringLiteral("number"), c.check.reportNumber},
                          {QStringLiteral("consistent"), c.check.result == QLatin1String("consistent")},
                          {QStringLiteral("differences"), c.check.differences}};
        for (const QString &item : CaseCheck::agencyCodes())
            check.insert(item, c.check.agencies.contains(item));
        ctx.insert(QStringLiteral("check"), check);
    }
    if (!c.decisionAssessment.isEmpty()) {
        const Assessment a = Assessment::fromJson(c.decisionAssessment);
        const QString step = c.decisionAssessment.value(QStringLiteral("step")).toString();
        const QDate on = QDate::fromString(c.decisionAssessment.value(QStringLiteral("step_date")).toString(), Qt::ISODate);
        QJsonArray steps;
        for (const TraceStep &s : a.trace)
            steps.append(QJsonObject{{QStringLiteral("sentence"), s.sentence}});
        // A 特困 case is paid for the members supported as 特困, whatever the others of the
        // household get.
        const bool extremePoverty = c.programme == CaseProgramme::Tekun && !a.extremePoverty.isEmpty();
        ctx.insert(QStringLiteral("assessment"),
                   QJsonObject{
                       {QStringLiteral("programme"), Assessment::programmeLabel(extremePoverty ? Programme::Tekun : a.programme)},
                       {QStringLiteral("counted"), a.countedMembers},
                       {QStringLiteral("covered"), extremePoverty ? int(a.extremePoverty.size()) : a.coveredMembers},
                       {QStringLiteral("annual_income"), yuan(a.annualCountedIncome)},
                       {QStringLiteral("per_capita"), yuan(a.perCapitaMonthlyRounded)},
                       {QStringLiteral("standard"), yuan(a.standardFen)},
                       {QStringLiteral("amount"), yuan(extremePoverty ? a.monthlyFor(CaseProgramme::Tekun) : a.monthlyAmountFen)},
                       {QStringLiteral("single_person"), a.programme == Programme::DibaoSingle},
                       {QStringLiteral("taper"), a.programme == Programme::DibaoTaper},
                       {QStringLiteral("care"), a.careLevel.isEmpty() ? QString() : careLabel(a.careLevel)},
                       {QStringLiteral("assessed_on"), chinese::date(on.isValid() ? on : a.date)},
                       {QStringLiteral("at_preliminary"), step == QLatin1String("preliminary")},
                       {QStringLiteral("steps"), steps}});
    } else {
        // Decided before decisions kept their assessment: the form says so rather than show
        // one made today from today's household and policy.
        ctx.insert(QStringLiteral("assessment_missing"), true);
    }
    return ctx;
}

QJsonObject Forms::postedList(const QString &township, const QDate &start, const QDate &end, const QList<PostedLine> &lines,
                              const QDate &today)
{
    QJsonArray rows;
    int left = 0;
    for (const PostedLine &l : lines) {
        if (l.headBirth.isValid() && IdNumber::ageAt(l.headBirth, today) < 18) {
            ++left; // a child's name is never posted
            continue;
        }
        // Only what DOMAIN §8 allows on a posted list: no ID number, phone, address or diagnosis.
        rows.append(QJsonObject{{QStringLiteral("name"), l.headName},
                                {QStringLiteral("village"), l.village},
                                {QStringLiteral("programme"), Case::programmeLabel(l.programme)},
                                {QStringLiteral("covered"), l.covered},
                                {QStringLiteral("amount"), l.monthlyFen > 0 ? yuan(l.monthlyFen) : tr("support in kind")}});
    }
    return {{QStringLiteral("form"), QStringLiteral("publicity")},
            {QStringLiteral("township"), township},
            {QStringLiteral("publicity_start"), chinese::date(start)},
            {QStringLiteral("publicity_end"), chinese::date(end)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("left_out"), left},
            {QStringLiteral("printed_on"), chinese::date(today)}};
}

QJsonObject Forms::rerateList(const QString &township, const QString &townshipAuthority, const QDate &from,
                              const QList<RerateListLine> &lines, const QDate &today)
{
    QJsonArray rows;
    Fen before = 0, after = 0;
    int rerated = 0, covered = 0;
    for (const RerateListLine &l : lines) {
        const Fen change = l.newFen - l.currentFen;
        rows.append(QJsonObject{{QStringLiteral("village"), l.village},
                                {QStringLiteral("name"), l.headName},
                                {QStringLiteral("programme"), Case::programmeLabel(l.programme)},
                                {QStringLiteral("covered"), l.covered},
                                {QStringLiteral("current"), yuan(l.currentFen)},
                                // A case sent to review keeps its amount until the review decides.
                                {QStringLiteral("new"), l.rerated ? yuan(l.newFen) : yuan(l.currentFen)},
                                {QStringLiteral("change"),
                                 l.rerated ? (change > 0 ? QStringLiteral("+") : QString()) + yuan(change) : QStringLiteral("—")},
                                {QStringLiteral("reason"), l.reason}});
        if (l.rerated) {
            before += l.currentFen;
            after += l.newFen;
            covered += l.covered;
            ++rerated;
        }
    }
    return {{QStringLiteral("form"), QStringLiteral("rerate_list")},
            {QStringLiteral("township"), township},
            {QStringLiteral("township_authority"), townshipAuthority},
            {QStringLiteral("effective_month"), QStringLiteral("%1年%2月").arg(from.year()).arg(from.month())},
            {QStringLiteral("effective_date"), chinese::date(from)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("count"), int(lines.size())},
            {QStringLiteral("rerated"), rerated},
            {QStringLiteral("flagged"), int(lines.size()) - rerated},
            {QStringLiteral("total_covered"), covered},
            {QStringLiteral("total_current"), yuan(before)},
            {QStringLiteral("total_new"), yuan(after)},
            {QStringLiteral("total_change"), (after > before ? QStringLiteral("+") : QString()) + yuan(after - before)},
            {QStringLiteral("printed_on"), chinese::date(today)}};
}

QJsonObject Forms::monthlyReport(const QString &area, const QString &authority, const QDate &month,
                                 const QList<ReportLine> &summary, const QList<ReportAreaLine> &areas, const QDate &today)
{
    QJsonArray lines;
    for (const ReportLine &l : summary) {
        if (!l.heading.isEmpty()) {
            lines.append(QJsonObject{{QStringLiteral("heading"), l.heading}});
            continue;
        }
        lines.append(QJsonObject{{QStringLiteral("label"), l.label},
                                 {QStringLiteral("households"), QString::number(l.households)},
                                 {QStringLiteral("persons"), l.persons ? QString::number(*l.persons) : QStringLiteral("—")},
                                 {QStringLiteral("amount"), l.fen ? yuan(*l.fen) : QStringLiteral("—")}});
    }
    QJsonArray rows;
    for (const ReportAreaLine &a : areas)
        rows.append(QJsonObject{{QStringLiteral("name"), a.name},
                                {QStringLiteral("dibao_households"), a.dibaoHouseholds},
                                {QStringLiteral("dibao_persons"), a.dibaoPersons},
                                {QStringLiteral("dibao_amount"), yuan(a.dibaoFen)},
                                {QStringLiteral("tekun_households"), a.tekunHouseholds},
                                {QStringLiteral("tekun_persons"), a.tekunPersons},
                                {QStringLiteral("tekun_amount"), yuan(a.tekunFen)},
                                {QStringLiteral("new"), a.newHouseholds},
                                {QStringLiteral("stopped"), a.stoppedHouseholds},
                                {QStringLiteral("temporary"), a.temporaryCases},
                                {QStringLiteral("temporary_amount"), yuan(a.temporaryFen)}});
    return {{QStringLiteral("form"), QStringLiteral("monthly_report")},
            {QStringLiteral("area"), area},
            {QStringLiteral("authority"), authority},
            {QStringLiteral("month"), QStringLiteral("%1年%2月").arg(month.year()).arg(month.month())},
            {QStringLiteral("summary"), lines},
            {QStringLiteral("has_areas"), !areas.isEmpty()},
            {QStringLiteral("areas"), rows},
            {QStringLiteral("chart_width"), 700},
            {QStringLiteral("printed_on"), chinese::date(today)}};
}

QString Forms::countyAuthority(const QString &countyName)
{
    return countyName.isEmpty() ? QString() : countyName + QStringLiteral("民政局");
}

QString Forms::townshipAuthority(const QString &townshipCode, const QString &townshipName)
{
    if (townshipName.isEmpty())
        return {};
    if (townshipName.endsWith(QStringLiteral("办事处")) || townshipName.endsWith(QStringLiteral("人民政府")))
        return townshipName;
    if (townshipName.endsWith(QStringLiteral("街道")))
        return townshipName + QStringLiteral("办事处");
    if (townshipName.endsWith(u'镇') || townshipName.endsWith(u'乡') || townshipName.endsWith(QStringLiteral("苏木")))
        return townshipName + QStringLiteral("人民政府");
    const int digits = townshipCode.mid(6, 3).toInt();
    if (digits >= 1 && digits <= 99)
        return townshipName + QStringLiteral("办事处");
    if (digits >= 100 && digits <= 399)
        return townshipName + QStringLiteral("人民政府");
    return townshipName; // a development zone, farm or the like: its own name is its authority's
}

QString Forms::deciderOf(const Case &c, const QString &countyAuthority, const QString &townshipAuthority)
{
    static const QStringList deciding = {QStringLiteral("confirm"), QStringLiteral("refuse"), QStringLiteral("review"),
                                         QStringLiteral("terminate"), QStringLiteral("preliminary")};
    for (qsizetype i = c.history.size() - 1; i >= 0; --i) {
        const CaseHistory &h = c.history[i];
        if (deciding.contains(h.event) && h.to == c.state)
            return h.role == QLatin1String("county") ? countyAuthority : townshipAuthority;
    }
    return c.relative || c.approvalLevel == QLatin1String("county") ? countyAuthority : townshipAuthority;
}

QJsonArray Forms::visitSignatures(const CaseVisit &v)
{
    QJsonArray out;
    QStringList order = v.investigators;
    for (auto it = v.signatures.cbegin(); it != v.signatures.cend(); ++it) {
        if (!order.contains(it.key()) && it.key() != QLatin1String("interviewee"))
            order << it.key();
    }
    order << QStringLiteral("interviewee");
    for (const QString &signer : std::as_const(order)) {
        const QString attachment = v.signatures.value(signer);
        if (attachment.isEmpty())
            continue;
        const bool interviewee = signer == QLatin1String("interviewee");
        out.append(QJsonObject{{QStringLiteral("signer"), interviewee ? QString() : signer},
                               {QStringLiteral("interviewee"), interviewee},
                               {QStringLiteral("attachment"), attachment}});
    }
    return out;
}

QJsonObject Forms::recoverySheet(const QString &code, const QString &user, const QString &area, const QDate &today)
{
    return {{QStringLiteral("form"), QStringLiteral("recovery_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("user"), user},
            {QStringLiteral("area"), area},
            {QStringLiteral("printed_on"), chinese::date(today)}};
}

} // namespace doudi::core
