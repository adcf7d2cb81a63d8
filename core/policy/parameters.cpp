#include "policy/parameters.h"

#include "common/labeltable.h"
#include "domain/enums.h"

namespace doudi::core {

const QList<ParameterSpec> &ParameterSpecs::all()
{
    using T = ParamType;
    static const QList<ParameterSpec> specs = {
        {"dibao.standard.urban",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Urban dibao standard (per person per month)"),
         {},
         1,
         10000000},
        {"dibao.standard.rural",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Rural dibao standard (per person per month)"),
         {},
         1,
         10000000},
        {"dibao.method",
         T::Choice,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "How dibao is paid: gap (补差) or tiers (分档)"),
         {QStringLiteral("gap"), QStringLiteral("tiers")}},
        {"dibao.tiers", T::Tiers, QT_TRANSLATE_NOOP("doudi::core::Parameter", "Dibao tiers by per-capita income")},
        {"dibao.topups", T::TopUps, QT_TRANSLATE_NOOP("doudi::core::Parameter", "Classified top-ups (分类施保)")},
        {"dibao.single.share", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Share of the standard for single-person dibao (单人保)")},
        // Some provinces pay a floor when the gap is tiny (absent: none).
        {"dibao.minimum.monthly",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Least dibao paid to a household each month (absent: no minimum)"),
         {},
         1,
         10000000,
         nullptr,
         true},
        {"dibao.edge.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Near-dibao line as a multiple of the standard")},
        {"rigid.ratio", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Rigid expenditure to income ratio that marks hardship")},
        {"rigid.income.reference",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Last year's per-capita disposable income (per year)"),
         {},
         1,
         100000000},
        {"tekun.basic.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Basic living standard for extreme poverty as a multiple of the dibao standard")},
        {"tekun.care.self",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Care standard, fully self-caring (per month)"),
         {},
         0,
         10000000},
        {"tekun.care.partial",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Care standard, partly unable to care for oneself (per month)"),
         {},
         0,
         10000000},
        {"tekun.care.full",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Care standard, fully unable to care for oneself (per month)"),
         {},
         0,
         10000000},
        {"taper.months",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Months of continued payment after income rises (渐退期)"),
         {},
         0,
         36},
        {"taper.months.disabled",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Months of continued payment for households with a severely disabled member"),
         {},
         0,
         36},
        {"taper.share", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Share of the payment kept during the taper period")},
        {"income.excluded", T::Codes, QT_TRANSLATE_NOOP("doudi::core::Parameter", "Income types not counted"),
         enumTable<IncomeKind>().codes()},
        {"income.deduction.employment",
         T::Money,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Employment cost deducted per working member (per month)"),
         {},
         0,
         1000000},
        {"assets.financial.months",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Financial assets per person at most this many months of the standard"),
         {},
         0,
         600},
        {"assets.houses.max",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Most dwellings a household may own"),
         {},
         0,
         10},
        {"assets.vehicles.max",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Most motor vehicles a household may own"),
         {},
         0,
         10},
        {"tekun.assets.financial.months",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Financial assets of a person in extreme poverty at most this many months of the standard"),
         {},
         0,
         600},
        // 43号 第七条: the county's own property rule for 特困; where it sets none, the dibao
        // household's dwelling and vehicle limits apply.
        {"tekun.assets.houses.max",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Most dwellings a household with a person in extreme poverty may own (absent: the dibao limit)"),
         {},
         0,
         10,
         nullptr,
         true},
        {"tekun.assets.vehicles.max",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Most motor vehicles a household with a person in extreme poverty may own (absent: the dibao limit)"),
         {},
         0,
         10,
         nullptr,
         true},
        {"temp.township.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Temporary assistance the township may approve, as months of the standard")},
        {"temp.cap.event.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Cap on temporary assistance per event, as months of the standard")},
        {"temp.cap.year.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Cap on temporary assistance per year, as months of the standard")},
        {"temp.quick.multiple", T::Ratio,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Small quick aid without means check, as months of the standard")},
        {"deadline.investigation.start",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Investigation starts within (working days of acceptance)"),
         {},
         1,
         60},
        {"deadline.case",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Whole case within (working days of acceptance)"),
         {},
         1,
         120},
        {"deadline.case.extended",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Whole case within, when extended (working days)"),
         {},
         1,
         180},
        {"deadline.county.opinion",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "County opinion within (working days of receiving the file)"),
         {},
         1,
         60},
        {"deadline.refusal.notice",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Refusal notified within (working days)"),
         {},
         1,
         30},
        {"deadline.tekun.investigation",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Extreme poverty investigation within (working days)"),
         {},
         1,
         60},
        {"deadline.quick.days",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Small quick aid paid within (days)"),
         {},
         1,
         30},
        {"step.late.days",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "A step may be recorded up to this many days after it was taken, with a reason (0: only on the day)"),
         {},
         0,
         30},
        {"publicity.days", T::Integer, QT_TRANSLATE_NOOP("doudi::core::Parameter", "Public notice period (days)"), {}, 1, 30},
        {"review.months.stable",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Review cycle for stable households (months)"),
         {},
         1,
         36},
        {"review.months.unstable",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Review cycle for households with unstable income or able-bodied members (months)"),
         {},
         1,
         36},
        {"review.months.tekun",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Review cycle for people in extreme poverty (months)"),
         {},
         1,
         36},
        {"rigid.valid.months",
         T::Integer,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Rigid-expenditure hardship status valid for (months)"),
         {},
         1,
         36},
        {"rounding",
         T::Choice,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Rounding of amounts paid: to the fen, or whole yuan up"),
         {QStringLiteral("fen_half_up"), QStringLiteral("yuan_up")}},
        {"confirm.level",
         T::Choice,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Who confirms dibao and extreme poverty: township (delegated) or county"),
         {QStringLiteral("township"), QStringLiteral("county")}},
        // Printed forms (docs/printing.md). Phone numbers: landlines with area code, mobiles or
        // hotlines such as 12345, several separated by "、".
        {"print.supervision.phone",
         T::Text,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Supervision phone printed on public notices (监督电话)"),
         {},
         0,
         60,
         "^[0-9]{3,12}(-[0-9]{1,8}){0,2}(、[0-9]{3,12}(-[0-9]{1,8}){0,2})*$",
         true},
        // A county's own typeface: a font file in the fonts folder of the profile.
        {"print.font.body",
         T::Text,
         QT_TRANSLATE_NOOP("doudi::core::Parameter",
                           "Font file for the body text of printed forms (in the profile's fonts folder)"),
         {},
         0,
         120,
         "^[^/\\\\]+\\.(ttf|otf|ttc|TTF|OTF|TTC)$",
         true},
        {"print.font.title",
         T::Text,
         QT_TRANSLATE_NOOP("doudi::core::Parameter", "Font file for the titles of printed forms (in the profile's fonts folder)"),
         {},
         0,
         120,
         "^[^/\\\\]+\\.(ttf|otf|ttc|TTF|OTF|TTC)$",
         true},
    };
    return specs;
}

const ParameterSpec *ParameterSpecs::find(const QString &key)
{
    for (const ParameterSpec &s : all()) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

QString ParameterSpecs::label(const ParameterSpec &spec)
{
    return QCoreApplication::translate("doudi::core::Parameter", spec.label);
}

namespace {
const LabelTable<> &topUpCategoryTable()
{
    static const LabelTable<> table("doudi::core::Parameter",
                                    {
                                        {"elderly", QT_TRANSLATE_NOOP("doudi::core::Parameter", "elderly")},
                                        {"severe_disability", QT_TRANSLATE_NOOP("doudi::core::Parameter", "severe disability")},
                                        {"minor", QT_TRANSLATE_NOOP("doudi::core::Parameter", "minor")},
                                        {"serious_illness", QT_TRANSLATE_NOOP("doudi::core::Parameter", "serious illness")},
                                    });
    return table;
}
} // namespace

QString ParameterSpecs::topUpCategoryLabel(const QString &category)
{
    return topUpCategoryTable().labelOfCode(category);
}

QString Parameter::valueText() const
{
    const ParameterSpec *spec = ParameterSpecs::find(key);
    switch (spec ? spec->type : ParamType::Choice) {
    case ParamType::Money:
        return QCoreApplication::translate("doudi::core::Parameter", "%1 yuan").arg(money::formatYuan(value.toLongLong()));
    case ParamType::Ratio:
        return value.value<Ratio>().toString();
    case ParamType::Integer:
        return QString::number(value.toLongLong());
    case ParamType::Choice:
    case ParamType::Text:
        return value.toString();
    case ParamType::Codes:
        return value.toStringList().join(QStringLiteral(", "));
    case ParamType::Tiers: {
        QStringList parts;
        for (const Tier &t : value.value<QList<Tier>>())
            parts << QStringLiteral("<%1: %2").arg(money::formatYuan(t.belowFen), money::formatYuan(t.amountFen));
        return parts.join(QStringLiteral("; "));
    }
    case ParamType::TopUps: {
        QStringList parts;
        for (const TopUp &u : value.value<QList<TopUp>>())
            parts << QStringLiteral("%1: %2").arg(ParameterSpecs::topUpCategoryLabel(u.category),
                                                  u.isShare ? u.share.toString() : money::formatYuan(u.amountFen));
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QString Parameter::citation() const
{
    return QStringLiteral("%1 = %2 (%3, %4–%5; %6)")
        .arg(key, valueText(), area.isEmpty() ? QStringLiteral("*") : area, from.toString(Qt::ISODate),
             to.isValid() ? to.toString(Qt::ISODate) : QString(), source);
}

QStringList ParameterSpecs::topUpCategories()
{
    return topUpCategoryTable().codes();
}

} // namespace doudi::core
