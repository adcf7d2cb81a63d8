#include "policy/assessment.h"

#include <QJsonArray>

namespace doudi::core {

QString Assessment::programmeCode(Programme p)
{
    switch (p) {
    case Programme::Tekun:
        return QStringLiteral("tekun");
    case Programme::Dibao:
        return QStringLiteral("dibao");
    case Programme::DibaoSingle:
        return QStringLiteral("dibao_single");
    case Programme::DibaoTaper:
        return QStringLiteral("dibao_taper");
    case Programme::Edge:
        return QStringLiteral("edge");
    case Programme::Rigid:
        return QStringLiteral("rigid");
    case Programme::None:
        return QStringLiteral("none");
    }
    return {};
}

QString Assessment::programmeLabel(Programme p)
{
    const char *text = "";
    switch (p) {
    case Programme::Tekun:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Support for people in extreme poverty");
        break;
    case Programme::Dibao:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Minimum living allowance (dibao)");
        break;
    case Programme::DibaoSingle:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Single-person dibao");
        break;
    case Programme::DibaoTaper:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Dibao taper period");
        break;
    case Programme::Edge:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Near-dibao household");
        break;
    case Programme::Rigid:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Household in hardship from rigid expenditure");
        break;
    case Programme::None:
        text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "No assistance programme applies");
        break;
    }
    return QCoreApplication::translate("doudi::core::Assessment", text);
}

bool Assessment::supports(CaseProgramme applied) const
{
    switch (applied) {
    case CaseProgramme::Dibao:
        return programme == Programme::Dibao || programme == Programme::DibaoSingle || programme == Programme::DibaoTaper;
    case CaseProgramme::Tekun:
        return !extremePoverty.isEmpty();
    case CaseProgramme::Edge:
        return programme == Programme::Edge;
    case CaseProgramme::Rigid:
        return programme == Programme::Rigid;
    case CaseProgramme::TemporaryUrgent:
    case CaseProgramme::TemporaryExpenditure:
        return false; // decided case by case
    }
    return false;
}

Fen Assessment::monthlyFor(CaseProgramme applied) const
{
    if (!supports(applied))
        return 0;
    if (applied != CaseProgramme::Tekun)
        return monthlyAmountFen;
    Fen sum = 0;
    for (const SupportedPerson &p : extremePoverty)
        sum += p.monthlyFen;
    return sum;
}

int Assessment::coveredFor(CaseProgramme applied) const
{
    if (!supports(applied))
        return 0;
    return applied == CaseProgramme::Tekun ? int(extremePoverty.size()) : coveredMembers;
}

QString Assessment::headline() const
{
    const auto amount = [](const QString &what, Fen fen) {
        return fen > 0 ? tr("%1: %2 yuan a month").arg(what, money::formatYuan(fen)) : what;
    };
    QStringList parts{amount(programmeLabel(programme), monthlyAmountFen)};
    if (programme != Programme::Tekun) {
        for (const SupportedPerson &p : extremePoverty)
            parts << amount(tr("%1 (in extreme poverty)").arg(p.name), p.monthlyFen);
    }
    return parts.join(tr("; "));
}

QString explainSteps(const QList<TraceStep> &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i].sentence);
    return lines.join(u'\n');
}

QString Assessment::explanation() const
{
    return explainSteps(trace);
}

QJsonObject Assessment::toJson() const
{
    QJsonArray steps;
    for (const TraceStep &s : trace)
        steps.append(QJsonObject{{QStringLiteral("rule"), s.rule},
                                 {QStringLiteral("sentence"), s.sentence},
                                 {QStringLiteral("passed"), s.passed},
                                 {QStringLiteral("policy"), QJsonArray::fromStringList(s.policy)}});
    QJsonArray supported;
    for (const SupportedPerson &p : extremePoverty)
        supported.append(QJsonObject{{QStringLiteral("person_id"), p.personId},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("care_level"), p.careLevel},
                                     {QStringLiteral("monthly_fen"), double(p.monthlyFen)}});
    return {{QStringLiteral("programme"), programmeCode(programme)},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("area_code"), areaCode},
            {QStringLiteral("counted_members"), countedMembers},
            {QStringLiteral("covered_members"), coveredMembers},
            {QStringLiteral("annual_counted_income_fen"), double(annualCountedIncome)},
            {QStringLiteral("standard_fen"), double(standardFen)},
            {QStringLiteral("per_capita_monthly_fen"), double(perCapitaMonthlyRounded)},
            {QStringLiteral("monthly_amount_fen"), double(monthlyAmountFen)},
            {QStringLiteral("taper_months"), taperMonths},
            {QStringLiteral("care_level"), careLevel},
            {QStringLiteral("extreme_poverty"), supported},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
            {QStringLiteral("trace"), steps}};
}

Assessment Assessment::fromJson(const QJsonObject &o)
{
    Assessment a;
    const QString code = o.value(QStringLiteral("programme")).toString();
    for (Programme p : {Programme::Tekun, Programme::Dibao, Programme::DibaoSingle, Programme::DibaoTaper, Programme::Edge,
                        Programme::Rigid, Programme::None}) {
        if (programmeCode(p) == code)
            a.programme = p;
    }
    a.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    a.areaCode = o.value(QStringLiteral("area_code")).toString();
    a.countedMembers = o.value(QStringLiteral("counted_members")).toInt();
    a.coveredMembers = o.value(QStringLiteral("covered_members")).toInt();
    a.annualCountedIncome = Fen(o.value(QStringLiteral("annual_counted_income_fen")).toDouble());
    a.standardFen = Fen(o.value(QStringLiteral("standard_fen")).toDouble());
    a.perCapitaMonthlyRounded = Fen(o.value(QStringLiteral("per_capita_monthly_fen")).toDouble());
    a.monthlyAmountFen = Fen(o.value(QStringLiteral("monthly_amount_fen")).toDouble());
    a.taperMonths = o.value(QStringLiteral("taper_months")).toInt();
    a.careLevel = o.value(QStringLiteral("care_level")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("extreme_poverty")).toArray()) {
        const QJsonObject p = v.toObject();
        a.extremePoverty.append({p.value(QStringLiteral("person_id")).toString(), p.value(QStringLiteral("name")).toString(),
                                 p.value(QStringLiteral("care_level")).toString(),
                                 Fen(p.value(QStringLiteral("monthly_fen")).toDouble())});
    }
    // Kept before people were judged one by one: a 特困 decision was about the only member.
    if (a.extremePoverty.isEmpty() && a.programme == Programme::Tekun)
        a.extremePoverty.append({QString(), QString(), a.careLevel, a.monthlyAmountFen});
    for (const QJsonValue &r : o.value(QStringLiteral("reasons")).toArray())
        a.reasons << r.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("trace")).toArray()) {
        const QJsonObject s = v.toObject();
        TraceStep step;
        step.rule = s.value(QStringLiteral("rule")).toString();
        step.sentence = s.value(QStringLiteral("sentence")).toString();
        step.passed = s.value(QStringLiteral("passed")).toBool(true);
        for (const QJsonValue &p : s.value(QStringLiteral("policy")).toArray())
            step.policy << p.toString();
        a.trace << step;
    }
    return a;
}

} // namespace doudi::core
