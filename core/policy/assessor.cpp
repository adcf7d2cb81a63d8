#include "policy/assessor.h"

#include <algorithm>

namespace doudi::core {

namespace {
using Big = Int128;

QString yuan(Fen f)
{
    return money::formatYuan(f);
}

// Reads policy values for one area and day, and remembers which entries were used so
// that every trace step can name its sources.
class PolicyView
{
public:
    PolicyView(const PolicyBook &book, QString area, QDate date)
        : m_book(book), m_area(std::move(area)), m_date(date) {}

    Result<Parameter> get(const char *key)
    {
        Result<Parameter> p = m_book.lookup(QString::fromLatin1(key), m_area, m_date);
        if (p)
            m_used << p->citation();
        return p;
    }
    Result<Fen> money(const char *key)
    {
        Result<Parameter> p = get(key);
        return p ? Result<Fen>(p->value.toLongLong()) : Result<Fen>(p.error());
    }
    Result<qint64> integer(const char *key) { return money(key); }
    Result<Ratio> ratio(const char *key)
    {
        Result<Parameter> p = get(key);
        return p ? Result<Ratio>(p->value.value<Ratio>()) : Result<Ratio>(p.error());
    }
    // The policy entries read since the last call: they belong to the step about to be added.
    QStringList takeUsed() { return std::exchange(m_used, {}); }

private:
    const PolicyBook &m_book;
    QString m_area;
    QDate m_date;
    QStringList m_used;
};

// An exact amount: numerator / kDen fen. Every ratio in policy data has a power-of-ten
// denominator of at most 10^4, and monthly figures come from annual ones (÷12), so one
// common denominator keeps all sums exact until the single rounding at the end.
constexpr Big kDen = 12 * 10000;
Big exactFen(Fen f) { return Big(f) * kDen; }
Big exactTimes(Fen f, const Ratio &r) { return Big(f) * r.num * (kDen / r.den); }

bool isEmployed(const Person &p)
{
    return p.employment == Employment::Employed || p.employment == Employment::SelfEmployed;
}

bool severelyDisabled(const Person &p)
{
    if (p.disability == Disability::None || p.disabilityGrade == 0)
        return false;
    if (p.disabilityGrade <= 2)
        return true;
    return p.disabilityGrade == 3 && (p.disability == Disability::Intellectual || p.disability == Disability::Mental);
}

// 特困 "无劳动能力" by disability (DOMAIN §3).
bool disabledUnableToWork(const Person &p)
{
    switch (p.disability) {
    case Disability::Intellectual:
    case Disability::Mental: return p.disabilityGrade >= 1 && p.disabilityGrade <= 3;
    case Disability::Physical:
    case Disability::Multiple: return p.disabilityGrade >= 1 && p.disabilityGrade <= 2;
    case Disability::Visual: return p.disabilityGrade == 1;
    default: return false;
    }
}
} // namespace

Result<Assessment> Assessor::assess(const Household &h, const AssessOptions &options) const
{
    Assessment a;
    a.date = options.date.isValid() ? options.date : QDate::currentDate();
    a.areaCode = options.areaCode.isEmpty() ? h.areaCode : options.areaCode;
    PolicyView policy(m_policy, a.areaCode, a.date);
    const auto step = [&](const char *rule, const QString &sentence, bool passed = true) {
        a.trace.append({QString::fromLatin1(rule), sentence, passed, policy.takeUsed()});
    };

    // --- Who counts (DOMAIN §2 "Household members") ---
    QList<const Person *> counted;
    QStringList notCounted;
    for (const Person &p : h.members) {
        if (p.exclusion == Exclusion::None)
            counted << &p;
        else
            notCounted << tr("%1 (%2)").arg(p.name, labelOf(p.exclusion));
    }
    a.countedMembers = int(counted.size());
    if (counted.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Nobody in this household counts as a member living together, so "
                                                 "there is nothing to assess."));
    step("household.members",
         notCounted.isEmpty()
             ? tr("The household has %1 member(s) living together, all counted.").arg(a.countedMembers)
             : tr("The household registers %1 people; %2 count as members living together; not counted: %3.")
                   .arg(h.members.size()).arg(a.countedMembers).arg(notCounted.join(QStringLiteral("、"))));
    const Big n = a.countedMembers;

    // --- Policy values every path needs ---
    const bool urban = h.registration == Registration::Urban;
    Result<Fen> standard = policy.money(urban ? "dibao.standard.urban" : "dibao.standard.rural");
    if (!standard)
        return standard.error();
    a.standardFen = *standard;
    const Fen S = *standard;
    step("dibao.standard", tr("The local %1 dibao standard on %2 is %3 yuan per person per month.")
                               .arg(urban ? tr("urban") : tr("rural"), a.date.toString(QStringLiteral("yyyy-MM-dd")), yuan(S)));

    Result<Parameter> excludedParam = policy.get("income.excluded");
    Result<Fen> employmentCost = policy.money("income.deduction.employment");
    Result<Parameter> roundingParam = policy.get("rounding");
    if (!excludedParam || !employmentCost || !roundingParam)
        return (!excludedParam ? excludedParam.error() : !employmentCost ? employmentCost.error() : roundingParam.error());
    const Rounding rounding = roundingParam->value.toString() == QLatin1String("yuan_up") ? Rounding::YuanUp
                                                                                           : Rounding::FenHalfUp;
    policy.takeUsed(); // rounding is named where it is applied

    // --- Income: annual amounts, summed first, rounded never (年值口径) ---
    const QStringList excludedKinds = excludedParam->value.toStringList();
    QMap<QString, Fen> countedByKind, excludedByKind;
    Fen rawIncome = 0;
    QHash<QString, Fen> incomeOf;
    for (const Income &in : h.incomes) {
        const bool memberCounted = in.personId.isEmpty()
                                   || std::any_of(counted.cbegin(), counted.cend(),
                                                  [&](const Person *p) { return p->meta.id == in.personId; });
        if (!memberCounted)
            continue; // income of someone who is not a member is not the household's
        if (excludedKinds.contains(codeOf(in.kind))) {
            excludedByKind[labelOf(in.kind)] += in.annualFen;
            continue;
        }
        countedByKind[labelOf(in.kind)] += in.annualFen;
        rawIncome += in.annualFen;
        incomeOf[in.personId] += in.annualFen;
    }
    QStringList parts;
    for (auto it = countedByKind.cbegin(); it != countedByKind.cend(); ++it)
        parts << tr("%1 %2 yuan").arg(it.key(), yuan(it.value()));
    step("income.counted", parts.isEmpty() ? tr("The household has no counted income.")
                                           : tr("Counted income: %1 a year.").arg(parts.join(QStringLiteral("，"))));
    if (!excludedByKind.isEmpty()) {
        QStringList ex;
        for (auto it = excludedByKind.cbegin(); it != excludedByKind.cend(); ++it)
            ex << tr("%1 %2 yuan").arg(it.key(), yuan(it.value()));
        step("income.excluded", tr("Not counted under local policy: %1 a year.").arg(ex.join(QStringLiteral("，"))));
    } else {
        policy.takeUsed();
    }
    const int working = int(std::count_if(counted.cbegin(), counted.cend(), [](const Person *p) { return isEmployed(*p); }));
    Fen income = rawIncome;
    if (working > 0 && *employmentCost > 0 && rawIncome > 0) {
        const Fen deduction = std::min<Fen>(rawIncome, *employmentCost * 12 * working);
        income -= deduction;
        step("income.deduction", tr("Employment costs of %1 working member(s) are deducted: %2 yuan a year.")
                                     .arg(working).arg(yuan(deduction)));
    } else {
        policy.takeUsed();
    }
    a.annualCountedIncome = income;
    a.perCapitaMonthlyRounded = exact::divide(income, 12 * n, Rounding::FenHalfUp);
    const bool perCapitaExact = Big(income) % (12 * n) == 0;
    const QString perCapitaText = (perCapitaExact ? QString() : tr("about ")) + yuan(a.perCapitaMonthlyRounded);
    step("income.per_capita", tr("Household income is %1 yuan a year; per person per month %2 yuan.")
                                  .arg(yuan(income), perCapitaText));

    // --- Assets (DOMAIN §1: within local limits) ---
    Result<qint64> finMonths = policy.integer("assets.financial.months");
    Result<qint64> housesMax = policy.integer("assets.houses.max");
    Result<qint64> vehiclesMax = policy.integer("assets.vehicles.max");
    if (!finMonths || !housesMax || !vehiclesMax)
        return !finMonths ? finMonths.error() : !housesMax ? housesMax.error() : vehiclesMax.error();
    Fen financial = 0;
    int houses = 0, vehicles = 0;
    for (const Asset &as : h.assets) {
        if (as.kind == AssetKind::Deposit || as.kind == AssetKind::Securities || as.kind == AssetKind::Insurance)
            financial += as.valueFen;
        else if (as.kind == AssetKind::RealEstate)
            houses += as.quantity;
        else if (as.kind == AssetKind::Vehicle)
            vehicles += as.quantity;
    }
    const bool financialOk = Big(financial) <= Big(*finMonths) * S * n;
    const bool housesOk = houses <= *housesMax;
    const bool vehiclesOk = vehicles <= *vehiclesMax;
    const bool assetsOk = financialOk && housesOk && vehiclesOk;
    step("assets",
         tr("Financial assets %1 yuan (%2 yuan per person) %3 the limit of %4 months of the standard per person "
            "(%5 yuan); dwellings %6 (at most %7); motor vehicles %8 (at most %9).")
             .arg(yuan(financial), yuan(exact::divide(financial, n, Rounding::FenHalfUp)),
                  financialOk ? tr("are within") : tr("exceed"))
             .arg(*finMonths)
             .arg(yuan(*finMonths * S))
             .arg(houses)
             .arg(*housesMax)
             .arg(vehicles)
             .arg(*vehiclesMax),
         assetsOk);

    const auto finish = [&](Big exactMonthly, const char *what) {
        const Fen rounded = exact::divide(exactMonthly, kDen, rounding);
        a.monthlyAmountFen = rounded;
        if (exactMonthly % kDen != 0 || rounding == Rounding::YuanUp) {
            (void)policy.get("rounding"); // names the rule in this step
            step("amount.rounding", tr("%1 is rounded once, as local policy says: %2 yuan a month.")
                                        .arg(QCoreApplication::translate("doudi::core::Assessor", what), yuan(rounded)));
        }
    };

    // --- 特困: a person living alone who cannot work, has no income source and no one able to support them ---
    if (counted.size() == 1) {
        const Person &p = *counted.first();
        const int age = p.ageAt(a.date);
        QString inability;
        if (age >= 60)
            inability = tr("aged %1, 60 or older").arg(age);
        else if (age < 18)
            inability = tr("aged %1, a minor").arg(age);
        else if (disabledUnableToWork(p))
            inability = tr("%1 disability, grade %2").arg(labelOf(p.disability)).arg(p.disabilityGrade);
        else if (age < 25 && (p.schooling == Schooling::HighSchool || p.schooling == Schooling::Higher))
            inability = tr("aged %1 and still in school").arg(age);
        Result<qint64> tekunMonths = policy.integer("tekun.assets.financial.months");
        if (!tekunMonths)
            return tekunMonths.error();
        const bool noIncomeSource = Big(income) < 12 * Big(S) && Big(financial) <= Big(*tekunMonths) * S;
        QStringList able;
        for (const Obligor &o : h.obligors) {
            if (o.capacity == ObligorCapacity::Able)
                able << o.name;
        }
        const bool noSupport = able.isEmpty();
        const bool tekun = !inability.isEmpty() && noIncomeSource && noSupport;
        step("tekun.tests",
             tr("Extreme poverty tests for %1: unable to work — %2; no source of income — %3; no one able to support — %4.")
                 .arg(p.name, inability.isEmpty() ? tr("no") : tr("yes (%1)").arg(inability),
                      noIncomeSource ? tr("yes") : tr("no"),
                      noSupport ? (h.obligors.isEmpty() ? tr("yes (no obligors)") : tr("yes (no obligor can support)"))
                                : tr("no (%1 can support)").arg(able.join(QStringLiteral("、")))),
             tekun);
        if (tekun) {
            Result<Ratio> basicMultiple = policy.ratio("tekun.basic.multiple");
            if (!basicMultiple)
                return basicMultiple.error();
            const int failed = p.selfCareFailed ? int(p.selfCareFailed->size()) : 0;
            a.careLevel = failed == 0 ? QStringLiteral("self") : failed <= 3 ? QStringLiteral("partial") : QStringLiteral("full");
            const char *careKey = failed == 0 ? "tekun.care.self" : failed <= 3 ? "tekun.care.partial" : "tekun.care.full";
            Result<Fen> care = policy.money(careKey);
            if (!care)
                return care.error();
            const QString careLabel = failed == 0 ? tr("fully self-caring")
                                      : failed <= 3 ? tr("partly unable to care for themselves")
                                                    : tr("fully unable to care for themselves");
            const QString assessed = p.selfCareFailed ? tr("the self-care assessment found %1 of 6 items failed").arg(failed)
                                                      : tr("no self-care assessment is recorded yet, so the self-caring level is used");
            const Big exactMonthly = exactTimes(S, *basicMultiple) + exactFen(*care);
            step("tekun.amount", tr("Basic living standard %1 × %2 = %3 yuan; %4, care standard (%5) %6 yuan; "
                                    "together %7 yuan a month.")
                                     .arg(yuan(S), basicMultiple->toString(),
                                          yuan(exact::divide(exactTimes(S, *basicMultiple), kDen, Rounding::FenHalfUp)),
                                          assessed, careLabel, yuan(*care),
                                          yuan(exact::divide(exactMonthly, kDen, Rounding::FenHalfUp))));
            a.programme = Programme::Tekun;
            a.coveredMembers = 1;
            finish(exactMonthly, QT_TRANSLATE_NOOP("doudi::core::Assessor", "The support payment"));
            return a;
        }
    }

    // --- 低保 ---
    const bool belowStandard = Big(income) < 12 * n * S;
    step("dibao.income_test",
         belowStandard ? tr("Monthly per-capita income %1 yuan is below the local dibao standard of %2 yuan.")
                             .arg(perCapitaText, yuan(S))
                       : tr("Monthly per-capita income %1 yuan is not below the local dibao standard of %2 yuan.")
                             .arg(perCapitaText, yuan(S)),
         belowStandard);
    const bool severeMember = std::any_of(counted.cbegin(), counted.cend(), [](const Person *p) { return severelyDisabled(*p); });

    if (belowStandard && assetsOk) {
        Result<Parameter> method = policy.get("dibao.method");
        if (!method)
            return method.error();
        Big exactMonthly = 0;
        if (method->value.toString() == QLatin1String("tiers")) {
            Result<Parameter> tiers = policy.get("dibao.tiers");
            if (!tiers)
                return tiers.error();
            const QList<Tier> list = tiers->value.value<QList<Tier>>();
            const auto tier = std::find_if(list.cbegin(), list.cend(), [&](const Tier &t) { return Big(income) < 12 * n * t.belowFen; });
            if (tier == list.cend())
                return Error(ErrorCode::NotFound, tr("The dibao tiers in the policy data do not cover a per-capita income "
                                                     "of %1 yuan: the county's tiers need to reach the standard.")
                                                      .arg(perCapitaText));
            exactMonthly = exactFen(tier->amountFen) * n;
            step("dibao.amount", tr("Paid by tiers: per-capita income is below %1 yuan, so %2 yuan per person × %3 = %4 yuan a month.")
                                     .arg(yuan(tier->belowFen), yuan(tier->amountFen)).arg(a.countedMembers)
                                     .arg(yuan(tier->amountFen * a.countedMembers)));
        } else {
            exactMonthly = (Big(12) * n * S - income) * (kDen / 12);
            step("dibao.amount", tr("Paid as the gap: standard %1 yuan × %2 people − household income %3 yuan a month "
                                    "= %4 yuan a month.")
                                     .arg(yuan(S)).arg(a.countedMembers)
                                     .arg(yuan(exact::divide(income, 12, Rounding::FenHalfUp)),
                                          yuan(exact::divide(exactMonthly, kDen, Rounding::FenHalfUp))));
        }
        // 分类施保: the largest applicable top-up for each person (they do not stack).
        Result<Parameter> topUps = policy.get("dibao.topups");
        if (topUps) {
            const QList<TopUp> list = topUps->value.value<QList<TopUp>>();
            QStringList given;
            for (const Person *p : std::as_const(counted)) {
                const int age = p->ageAt(a.date);
                Big best = 0;
                QString bestCategory;
                for (const TopUp &u : list) {
                    const bool applies = (u.category == QLatin1String("elderly") && age >= 60)
                                         || (u.category == QLatin1String("minor") && age < 18)
                                         || (u.category == QLatin1String("severe_disability") && severelyDisabled(*p))
                                         || (u.category == QLatin1String("serious_illness") && p->health == Health::Serious);
                    const Big value = u.isShare ? exactTimes(S, u.share) : exactFen(u.amountFen);
                    if (applies && value > best) {
                        best = value;
                        bestCategory = u.category;
                    }
                }
                if (best > 0) {
                    exactMonthly += best;
                    given << tr("%1 (%2) %3 yuan").arg(p->name, ParameterSpecs::topUpCategoryLabel(bestCategory),
                                                       yuan(exact::divide(best, kDen, Rounding::FenHalfUp)));
                }
            }
            if (!given.isEmpty())
                step("dibao.topups", tr("Classified top-ups: %1.").arg(given.join(QStringLiteral("，"))));
            else
                policy.takeUsed();
        }
        a.programme = Programme::Dibao;
        a.coveredMembers = a.countedMembers;
        finish(exactMonthly, QT_TRANSLATE_NOOP("doudi::core::Assessor", "The dibao payment"));
        return a;
    }

    // --- 渐退期: income rose above the standard through work while on dibao ---
    if (options.currentlyDibao && !belowStandard && assetsOk && working > 0) {
        Result<qint64> months = policy.integer(severeMember ? "taper.months.disabled" : "taper.months");
        Result<Ratio> share = policy.ratio("taper.share");
        if (!months || !share)
            return !months ? months.error() : share.error();
        if (*months > 0) {
            const Big exactMonthly = exactTimes(options.currentMonthlyFen, *share);
            a.programme = Programme::DibaoTaper;
            a.taperMonths = int(*months);
            a.coveredMembers = a.countedMembers;
            step("dibao.taper", tr("Income has risen above the standard through work: payment continues for %1 months "
                                   "(until %2) at %3 of the current %4 yuan.")
                                    .arg(*months)
                                    .arg(a.date.addMonths(int(*months)).toString(QStringLiteral("yyyy-MM")))
                                    .arg(share->toString(), yuan(options.currentMonthlyFen)));
            finish(exactMonthly, QT_TRANSLATE_NOOP("doudi::core::Assessor", "The taper payment"));
            return a;
        }
    }

    // --- 单人保 and 低保边缘: below the near-dibao line ---
    Result<Ratio> edge = policy.ratio("dibao.edge.multiple");
    if (!edge)
        return edge.error();
    const bool belowEdge = Big(income) * edge->den < Big(12) * n * S * edge->num;
    step("edge.income_test",
         tr("Monthly per-capita income %1 yuan is %2 %3 times the standard (%4 yuan).")
             .arg(perCapitaText, belowEdge ? tr("below") : tr("not below"), edge->toString(),
                  yuan(exact::times(S, *edge, Rounding::FenHalfUp))),
         belowEdge);
    if (belowEdge && assetsOk && counted.size() > 1) {
        QList<const Person *> single;
        for (const Person *p : std::as_const(counted)) {
            if (p->health == Health::Serious || severelyDisabled(*p))
                single << p;
        }
        if (!single.isEmpty()) {
            Result<Ratio> share = policy.ratio("dibao.single.share");
            if (!share)
                return share.error();
            Big exactMonthly = 0;
            QStringList who;
            for (const Person *p : std::as_const(single)) {
                // As a household of one: the share of the standard less their own income.
                const Big own = std::max<Big>(0, exactTimes(S, *share) - Big(incomeOf.value(p->meta.id)) * (kDen / 12));
                exactMonthly += own;
                who << tr("%1 %2 yuan").arg(p->name, yuan(exact::divide(own, kDen, Rounding::FenHalfUp)));
            }
            a.programme = Programme::DibaoSingle;
            a.coveredMembers = int(single.size());
            step("dibao.single", tr("Seriously ill or severely disabled members are covered on their own (单人保), each as "
                                    "a household of one at %1 of the standard less their own income: %2.")
                                     .arg(share->toString(), who.join(QStringLiteral("，"))));
            finish(exactMonthly, QT_TRANSLATE_NOOP("doudi::core::Assessor", "The single-person dibao payment"));
            return a;
        }
    }
    if (belowEdge && assetsOk) {
        a.programme = Programme::Edge;
        step("edge.result", tr("The household is a near-dibao household: it receives no dibao payment but may receive "
                               "special assistance (medical, education, housing, employment)."));
        return a;
    }

    // --- 刚性支出困难 ---
    Result<Fen> reference = policy.money("rigid.income.reference");
    Result<Ratio> rigidRatio = policy.ratio("rigid.ratio");
    if (!reference || !rigidRatio)
        return !reference ? reference.error() : rigidRatio.error();
    Fen rigid = 0;
    for (const Expenditure &e : h.expenditures)
        rigid += e.annualFen;
    const bool belowReference = Big(income) < Big(*reference) * n;
    const bool heavy = rigid > 0 && Big(rigid) * rigidRatio->den > Big(rigidRatio->num) * income;
    step("rigid.tests",
         tr("Rigid expenditure %1 yuan a year against income %2 yuan (the line is %3 of income): %4; per-capita income "
            "%5 yuan a year against last year's local per-capita disposable income %6 yuan: %7.")
             .arg(yuan(rigid), yuan(income), rigidRatio->toString(), heavy ? tr("above the line") : tr("not above the line"),
                  yuan(exact::divide(income, n, Rounding::FenHalfUp)), yuan(*reference),
                  belowReference ? tr("below") : tr("not below")),
         heavy && belowReference && assetsOk);
    if (heavy && belowReference && assetsOk) {
        a.programme = Programme::Rigid;
        return a;
    }

    // --- None, with the reasons (DOMAIN §2 refusal codes) ---
    if (!belowStandard)
        a.reasons << QStringLiteral("income_over_standard");
    if (!assetsOk)
        a.reasons << QStringLiteral("assets_over_limit");
    // Name exactly the lines crossed: with assets within limits the household can only be here
    // because its income is above the near-dibao line and there is no rigid-expenditure hardship.
    step("result.none", tr("No assistance programme applies: %1.")
                            .arg(!assetsOk && !belowStandard ? tr("income is above the dibao standard and assets are over the limits")
                                 : !assetsOk                  ? tr("assets are over the limits")
                                                              : tr("income is above the near-dibao line and rigid expenditure does not cause hardship")),
         false);
    return a;
}

} // namespace doudi::core
