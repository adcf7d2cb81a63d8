#include "policy/assessor.h"

#include "policy/extremepoverty.h"
#include "policy/policyview.h"

#include <algorithm>
#include <optional>

namespace doudi::core {

namespace {
using Big = Int128;
using Members = QList<const Person *>;

QString yuan(Fen f)
{
    return money::formatYuan(f);
}

// Every ratio in policy data has a power-of-ten denominator of at most 10^4, monthly figures
// come from annual ones (÷12), and income not tied to a member is shared among the n members
// counted: amounts are kept exact in units of 1/(kDen × n) fen a month until the single
// rounding at the end.
constexpr Big kDen = 12 * 10000;

bool isEmployed(const Person &p)
{
    return p.employment == Employment::Employed || p.employment == Employment::SelfEmployed;
}

// One function per step of the cascade (DOMAIN §1–§3), in the order the rules are tried.
// Each returns true when it has decided the household's programme.
class Cascade
{
    Q_DECLARE_TR_FUNCTIONS(Assessor)
public:
    Cascade(const PolicyBook &book, const Household &h, const AssessOptions &options)
        : m_h(h), m_options(options), m_policy(book, options.areaCode.isEmpty() ? h.areaCode : options.areaCode,
                                               options.date.isValid() ? options.date : QDate::currentDate())
    {
        m_a.date = options.date.isValid() ? options.date : QDate::currentDate();
        m_a.areaCode = options.areaCode.isEmpty() ? h.areaCode : options.areaCode;
    }

    Result<Assessment> run()
    {
        using Step = Result<bool> (Cascade::*)();
        static constexpr Step kSteps[] = {
            &Cascade::countMembers, &Cascade::standard,         &Cascade::income,
            &Cascade::assets,       &Cascade::extremePoverty,   &Cascade::dibao,
            &Cascade::taper,        &Cascade::nearDibaoLine,    &Cascade::singlePerson,
            &Cascade::nearDibao,    &Cascade::rigidExpenditure, &Cascade::nothing,
        };
        for (Step s : kSteps) {
            Result<bool> decided = (this->*s)();
            if (!decided)
                return decided.error();
            if (*decided)
                break;
        }
        return m_a;
    }

private:
    void step(const char *rule, const QString &sentence, bool passed = true, const QStringList &alsoCited = {})
    {
        m_a.trace.append({QString::fromLatin1(rule), sentence, passed, alsoCited + m_policy.takeUsed()});
    }

    // --- the people -------------------------------------------------------------------------

    // Who counts (DOMAIN §2 "Household members"): not those away (Exclusion), nor a child not
    // yet born on the day assessed.
    Result<bool> countMembers()
    {
        QStringList notCounted;
        for (const Person &p : m_h.members) {
            if (p.exclusion != Exclusion::None)
                notCounted << tr("%1 (%2)").arg(p.name, labelOf(p.exclusion));
            else if (p.birthDate.isValid() && p.birthDate > m_a.date)
                notCounted << tr("%1 (not yet born on %2)").arg(p.name, isoDate(m_a.date));
            else
                m_everyone << &p;
        }
        m_a.countedMembers = int(m_everyone.size());
        if (m_everyone.isEmpty())
            return Error(ErrorCode::InvalidInput, tr("Nobody in this household counts as a member living together, so "
                                                     "there is nothing to assess."));
        m_members = m_everyone;
        m_n0 = m_a.countedMembers;
        step("household.members",
             notCounted.isEmpty() ? tr("The household has %1 member(s) living together, all counted.").arg(m_a.countedMembers)
                                  : tr("The household registers %1 people; %2 count as members living together; not counted: %3.")
                                        .arg(m_h.members.size())
                                        .arg(m_a.countedMembers)
                                        .arg(notCounted.join(QStringLiteral("、"))));
        return false;
    }

    Result<bool> standard()
    {
        const bool urban = m_h.registration == Registration::Urban;
        Result<Fen> standard = m_policy.money(urban ? "dibao.standard.urban" : "dibao.standard.rural");
        if (!standard)
            return standard.error();
        m_S = m_a.standardFen = *standard;
        step("dibao.standard", tr("The local %1 dibao standard on %2 is %3 yuan per person per month.")
                                   .arg(urban ? tr("urban") : tr("rural"), isoDate(m_a.date), yuan(m_S)));
        Result<Parameter> rounding = m_policy.get("rounding");
        if (!rounding)
            return rounding.error();
        m_rounding = rounding->value.toString() == QLatin1String("yuan_up") ? Rounding::YuanUp : Rounding::FenHalfUp;
        m_roundingCited = m_policy.takeUsed(); // named where amounts are rounded
        return false;
    }

    // --- income: annual amounts, summed first, rounded never (年值口径) ------------------------

    Result<bool> income()
    {
        Result<Parameter> excluded = m_policy.get("income.excluded");
        if (!excluded)
            return excluded.error();
        const QStringList excludedCited = m_policy.takeUsed();
        Result<Fen> employmentCost = m_policy.money("income.deduction.employment");
        if (!employmentCost)
            return employmentCost.error();
        m_employmentCost = *employmentCost;
        const QStringList deductionCited = m_policy.takeUsed();

        const QStringList excludedKinds = excluded->value.toStringList();
        QMap<QString, Fen> countedByKind, excludedByKind;
        for (const Income &in : m_h.incomes) {
            const bool ofMember =
                in.personId.isEmpty() ||
                std::any_of(m_everyone.cbegin(), m_everyone.cend(), [&](const Person *p) { return p->meta.id == in.personId; });
            if (!ofMember)
                continue; // income of someone who is not counted is not the household's
            if (excludedKinds.contains(codeOf(in.kind))) {
                excludedByKind[labelOf(in.kind)] += in.annualFen;
                continue;
            }
            countedByKind[labelOf(in.kind)] += in.annualFen;
            if (in.personId.isEmpty())
                m_shared += in.annualFen;
            else
                m_own[in.personId] += in.annualFen;
        }
        step("income.counted",
             countedByKind.isEmpty() ? tr("The household has no counted income.")
                                     : tr("Counted income: %1 a year.").arg(byKind(countedByKind)),
             true, excludedCited);
        if (!excludedByKind.isEmpty())
            step("income.excluded", tr("Not counted under local policy: %1 a year.").arg(byKind(excludedByKind)), true,
                 excludedCited);
        int working = 0;
        const Big deduction = deductionOf(m_members, &working);
        if (deduction > 0)
            step("income.deduction",
                 tr("Employment costs of %1 working member(s) are deducted: %2 yuan a year.")
                     .arg(working)
                     .arg(yuan(annualFen(deduction))),
                 true, deductionCited);
        m_income = incomeOf(m_members);
        m_a.annualCountedIncome = annualFen(m_income);
        step("income.per_capita",
             tr("Household income is %1 yuan a year; per person per month %2 yuan.").arg(annualText(m_income), perCapitaText()));
        return false;
    }

    // The exact monthly income of some of the counted members, after their employment costs:
    // their own income and their shares of the income not tied to anyone.
    Big rawIncomeOf(const Members &set) const
    {
        Big raw = Big(m_shared) * (kDen / 12) * Big(set.size());
        for (const Person *p : set)
            raw += Big(m_own.value(p->meta.id)) * (kDen / 12) * m_n0;
        return raw;
    }
    Big deductionOf(const Members &set, int *working = nullptr) const
    {
        const int count = int(std::count_if(set.cbegin(), set.cend(), [](const Person *p) { return isEmployed(*p); }));
        if (working)
            *working = count;
        return std::min<Big>(rawIncomeOf(set), Big(m_employmentCost) * count * unit());
    }
    Big incomeOf(const Members &set) const { return rawIncomeOf(set) - deductionOf(set); }

    // --- assets (DOMAIN §1: within local limits) ---------------------------------------------

    Result<bool> assets()
    {
        for (const Asset &as : m_h.assets) {
            if (as.kind == AssetKind::Deposit || as.kind == AssetKind::Securities || as.kind == AssetKind::Insurance)
                m_financial += as.valueFen;
            else if (as.kind == AssetKind::RealEstate)
                m_houses += as.quantity;
            else if (as.kind == AssetKind::Vehicle)
                m_vehicles += as.quantity;
        }
        Result<qint64> months = m_policy.integer("assets.financial.months");
        Result<qint64> housesMax = m_policy.integer("assets.houses.max");
        Result<qint64> vehiclesMax = m_policy.integer("assets.vehicles.max");
        if (!months || !housesMax || !vehiclesMax)
            return !months ? months.error() : !housesMax ? housesMax.error() : vehiclesMax.error();
        m_financialMonths = *months;
        m_housesMax = *housesMax;
        m_vehiclesMax = *vehiclesMax;
        m_assetsCited = m_policy.takeUsed();
        m_everyoneAssetsOk = assetsWithin(m_everyone.size());
        m_assetsOk = m_everyoneAssetsOk;
        const Big n = m_everyone.size();
        step("assets",
             tr("Financial assets %1 yuan (%2 yuan per person) %3 the limit of %4 months of the standard per person "
                "(%5 yuan); dwellings %6 (at most %7); motor vehicles %8 (at most %9).")
                 .arg(yuan(m_financial), yuan(exact::divide(m_financial, n, Rounding::FenHalfUp)),
                      financialWithin(n) ? tr("are within") : tr("exceed"))
                 .arg(m_financialMonths)
                 .arg(yuan(m_financialMonths * m_S))
                 .arg(m_houses)
                 .arg(m_housesMax)
                 .arg(m_vehicles)
                 .arg(m_vehiclesMax),
             m_assetsOk, m_assetsCited);
        return false;
    }
    bool financialWithin(Big people) const { return Big(m_financial) <= Big(m_financialMonths) * m_S * people; }
    bool assetsWithin(Big people) const
    {
        return financialWithin(people) && m_houses <= m_housesMax && m_vehicles <= m_vehiclesMax;
    }

    // --- 特困 (43号): judged person by person ---------------------------------------------------

    struct Candidate
    {
        const Person *person;
        QString unableToWork;
        bool noIncomeSource = false; // own income below the standard
        bool assetsOk = false;       // within the 特困 limits
        bool supported = false;      // the outcome
    };

    Result<bool> extremePoverty()
    {
        // 第七条: assets within the county's 特困 limits; a county that sets no dwelling or vehicle
        // limit of its own keeps the dibao household's.
        Result<qint64> months = m_policy.integer("tekun.assets.financial.months");
        if (!months)
            return months.error();
        const qint64 housesMax = m_policy.optionalInteger("tekun.assets.houses.max").value_or(m_housesMax);
        const qint64 vehiclesMax = m_policy.optionalInteger("tekun.assets.vehicles.max").value_or(m_vehiclesMax);
        const QStringList assetsCited = m_policy.takeUsed();
        Result<Fen> reference = m_policy.money("rigid.income.reference");
        if (!reference)
            return reference.error();
        const QStringList referenceCited = m_policy.takeUsed();
        const Big n = m_everyone.size();
        const bool tekunAssetsOk =
            Big(m_financial) <= Big(*months) * m_S * n && m_houses <= housesMax && m_vehicles <= vehiclesMax;

        QList<Candidate> candidates;
        for (const Person *p : std::as_const(m_everyone)) {
            Candidate c{p, ExtremePoverty::unableToWork(*p, m_a.date, m_options.extremePovertyNow.contains(p->meta.id))};
            c.noIncomeSource = incomeOf({p}) < Big(m_S) * unit();
            c.assetsOk = tekunAssetsOk;
            candidates << c;
        }
        // 第八条 makes people depend on each other (a spouse in extreme poverty cannot support
        // the other): start from nobody and add whoever qualifies until nothing changes.
        for (bool changed = true; changed;) {
            changed = false;
            for (Candidate &c : candidates) {
                if (!c.supported && !c.unableToWork.isEmpty() && c.noIncomeSource && c.assetsOk &&
                    ableSupporters(*c.person, candidates, *reference).isEmpty())
                    changed = c.supported = true;
            }
        }
        for (const Candidate &c : std::as_const(candidates)) {
            if (n > 1 && c.unableToWork.isEmpty())
                continue; // only those who might qualify are worth a sentence in a family
            const QStringList able = ableSupporters(*c.person, candidates, *reference);
            const bool anyoneObliged =
                !m_h.obligors.isEmpty() || std::any_of(m_everyone.cbegin(), m_everyone.cend(), [&](const Person *q) {
                    return q != c.person && ExtremePoverty::owesSupport(*q, *c.person, m_a.date);
                });
            const QString support = !able.isEmpty() ? tr("no (%1 can support)").arg(able.join(QStringLiteral("、")))
                                    : anyoneObliged ? tr("yes (no one obliged can support)")
                                                    : tr("yes (no obligors)");
            step("tekun.tests",
                 tr("Extreme poverty tests for %1: unable to work — %2; no source of income — %3; assets within the limits "
                    "for extreme poverty — %4; no one able to support — %5.")
                     .arg(c.person->name, c.unableToWork.isEmpty() ? tr("no") : tr("yes (%1)").arg(c.unableToWork),
                          c.noIncomeSource ? tr("yes") : tr("no"), c.assetsOk ? tr("yes") : tr("no"), support),
                 c.supported, assetsCited + referenceCited);
        }
        if (n > 1 &&
            std::none_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return !c.unableToWork.isEmpty(); }))
            step("tekun.tests",
                 tr("No member is unable to work (60 or older, a minor, or disabled so as to be unable to "
                    "work): nobody is considered for extreme poverty."),
                 false);

        for (const Candidate &c : std::as_const(candidates)) {
            if (!c.supported)
                continue;
            Result<SupportedPerson> paid = supportFor(*c.person);
            if (!paid)
                return paid.error();
            m_a.extremePoverty << *paid;
            m_members.removeOne(c.person);
        }
        if (m_a.extremePoverty.isEmpty())
            return false;
        m_a.careLevel = m_a.extremePoverty.first().careLevel;
        if (m_members.isEmpty())
            return onlyExtremePoverty();
        remainingMembers();
        return false;
    }

    // Everyone supported is in extreme poverty (or the others get nothing).
    bool onlyExtremePoverty()
    {
        m_a.programme = Programme::Tekun;
        m_a.coveredMembers = int(m_a.extremePoverty.size());
        m_a.monthlyAmountFen = 0;
        for (const SupportedPerson &p : std::as_const(m_a.extremePoverty))
            m_a.monthlyAmountFen += p.monthlyFen;
        return true;
    }

    // The members obliged to support this person, and the obligors outside the household,
    // who can (第八条).
    QStringList ableSupporters(const Person &p, const QList<Candidate> &candidates, Fen reference) const
    {
        QStringList able;
        for (const Obligor &o : m_h.obligors) {
            if (o.capacity == ObligorCapacity::Able)
                able << o.name;
        }
        for (const Candidate &c : candidates) {
            const Person &q = *c.person;
            if (&q == &p || !ExtremePoverty::owesSupport(q, p, m_a.date))
                continue;
            ExtremePoverty::Supporter facts;
            facts.inExtremePoverty = c.supported;
            facts.onDibao = m_options.currentlyDibao;
            facts.lowIncome = incomeOf({&q}) * 12 < Big(reference) * unit();
            facts.assetsWithinDibaoLimits = m_everyoneAssetsOk;
            if (ExtremePoverty::cannotSupport(q, m_a.date, facts).isEmpty())
                able << q.name;
        }
        return able;
    }

    // 基本生活标准 + 照料护理标准 by the six-item self-care assessment (DOMAIN §3).
    Result<SupportedPerson> supportFor(const Person &p)
    {
        Result<Ratio> basicMultiple = m_policy.ratio("tekun.basic.multiple");
        if (!basicMultiple)
            return basicMultiple.error();
        const int failed = p.selfCareFailed ? int(p.selfCareFailed->size()) : 0;
        struct Level
        {
            const char *key;
            const char *label;
        };
        static const QHash<QString, Level> levels = {
            {QStringLiteral("self"), {"tekun.care.self", QT_TR_NOOP("fully self-caring")}},
            {QStringLiteral("partial"), {"tekun.care.partial", QT_TR_NOOP("partly unable to care for themselves")}},
            {QStringLiteral("full"), {"tekun.care.full", QT_TR_NOOP("fully unable to care for themselves")}}};
        const QString code = p.careLevel();
        const Level level = levels.value(code);
        Result<Fen> care = m_policy.money(level.key);
        if (!care)
            return care.error();
        const QString assessed = p.selfCareFailed
                                     ? tr("the self-care assessment found %1 of 6 items failed").arg(failed)
                                     : tr("no self-care assessment is recorded yet, so the self-caring level is used");
        const Big basic = times(m_S, *basicMultiple);
        const Big exactMonthly = basic + Big(*care) * unit();
        step("tekun.amount", tr("%1: basic living standard %2 × %3 = %4 yuan; %5, care standard (%6) %7 yuan; "
                                "together %8 yuan a month.")
                                 .arg(p.name, yuan(m_S), basicMultiple->toString(), roundedText(basic), assessed, tr(level.label),
                                      yuan(*care), roundedText(exactMonthly)));
        return SupportedPerson{p.meta.id, p.name, code, rounded(exactMonthly, QT_TR_NOOP("The support payment"))};
    }

    // The others of a household with people in extreme poverty are assessed without them.
    void remainingMembers()
    {
        QStringList names;
        for (const Person *p : std::as_const(m_members))
            names << p->name;
        m_income = incomeOf(m_members);
        m_a.annualCountedIncome = annualFen(m_income);
        m_assetsOk = assetsWithin(m_members.size());
        step("dibao.members",
             tr("The other %1 member(s) (%2) are assessed for dibao without those in extreme poverty: their income is %3 "
                "yuan a year, per person per month %4 yuan; financial assets %5 yuan %6 the limit of %7 yuan per person.")
                 .arg(m_members.size())
                 .arg(names.join(QStringLiteral("、")), annualText(m_income), perCapitaText(), yuan(m_financial),
                      assetsWithin(m_members.size()) ? tr("are within") : tr("exceed"), yuan(m_financialMonths * m_S)),
             m_assetsOk, m_assetsCited);
    }

    // --- 低保 -----------------------------------------------------------------------------------

    Result<bool> dibao()
    {
        m_belowStandard = m_income < Big(m_S) * n() * unit();
        step("dibao.income_test",
             (m_belowStandard ? tr("Monthly per-capita income %1 yuan is below the local dibao standard of %2 yuan.")
                              : tr("Monthly per-capita income %1 yuan is not below the local dibao standard of %2 yuan."))
                 .arg(perCapitaText(), yuan(m_S)),
             m_belowStandard);
        if (!m_belowStandard || !m_assetsOk)
            return false;
        Result<Parameter> method = m_policy.get("dibao.method");
        if (!method)
            return method.error();
        Big exactMonthly = 0;
        if (method->value.toString() == QLatin1String("tiers")) {
            Result<Parameter> tiers = m_policy.get("dibao.tiers");
            if (!tiers)
                return tiers.error();
            const QList<Tier> list = tiers->value.value<QList<Tier>>();
            const auto tier = std::find_if(list.cbegin(), list.cend(),
                                           [&](const Tier &t) { return m_income < Big(t.belowFen) * n() * unit(); });
            if (tier == list.cend())
                return Error(ErrorCode::NotFound, tr("The dibao tiers in the policy data do not cover a per-capita income "
                                                     "of %1 yuan: the county's tiers need to reach the standard.")
                                                      .arg(perCapitaText()));
            exactMonthly = Big(tier->amountFen) * n() * unit();
            step("dibao.amount",
                 tr("Paid by tiers: per-capita income is below %1 yuan, so %2 yuan per person × %3 = %4 yuan a month.")
                     .arg(yuan(tier->belowFen), yuan(tier->amountFen))
                     .arg(m_members.size())
                     .arg(yuan(tier->amountFen * Fen(m_members.size()))));
        } else {
            exactMonthly = Big(m_S) * n() * unit() - m_income;
            step("dibao.amount", tr("Paid as the gap: standard %1 yuan × %2 people − household income %3 yuan a month "
                                    "= %4 yuan a month.")
                                     .arg(yuan(m_S))
                                     .arg(m_members.size())
                                     .arg(roundedText(m_income), roundedText(exactMonthly)));
        }
        Result<Big> topUps = topUpsFor(m_members);
        if (!topUps)
            return topUps.error();
        m_a.programme = Programme::Dibao;
        m_a.coveredMembers = int(m_members.size());
        return payDibao(exactMonthly + *topUps, QT_TR_NOOP("The dibao payment"));
    }

    // 分类施保: the largest applicable top-up for each person (they do not stack).
    Result<Big> topUpsFor(const Members &people)
    {
        Result<Parameter> topUps = m_policy.get("dibao.topups");
        if (!topUps) {
            m_policy.takeUsed();
            return Big(0); // a county without top-ups
        }
        const QList<TopUp> list = topUps->value.value<QList<TopUp>>();
        Big total = 0;
        QStringList given;
        for (const Person *p : people) {
            const int age = p->ageAt(m_a.date);
            Big best = 0;
            QString bestCategory;
            for (const TopUp &u : list) {
                const bool applies = (u.category == QLatin1String("elderly") && age >= 60) ||
                                     (u.category == QLatin1String("minor") && age < 18) ||
                                     (u.category == QLatin1String("severe_disability") && ExtremePoverty::severelyDisabled(*p)) ||
                                     (u.category == QLatin1String("serious_illness") && p->health == Health::Serious);
                const Big value = u.isShare ? times(m_S, u.share) : Big(u.amountFen) * unit();
                if (applies && value > best) {
                    best = value;
                    bestCategory = u.category;
                }
            }
            if (best > 0) {
                total += best;
                given << tr("%1 (%2) %3 yuan").arg(p->name, ParameterSpecs::topUpCategoryLabel(bestCategory), roundedText(best));
            }
        }
        if (!given.isEmpty())
            step("dibao.topups", tr("Classified top-ups: %1.").arg(given.join(QStringLiteral("，"))));
        else
            m_policy.takeUsed();
        return total;
    }

    // Rounds a dibao amount once and pays at least the county's minimum, where it sets one.
    Result<bool> payDibao(Big exactMonthly, const char *what)
    {
        m_a.monthlyAmountFen = rounded(exactMonthly, what);
        if (const std::optional<qint64> minimum = m_policy.optionalInteger("dibao.minimum.monthly");
            minimum && m_a.monthlyAmountFen < *minimum) {
            step("amount.minimum", tr("%1 yuan is below the local minimum monthly payment, so %2 yuan is paid.")
                                       .arg(yuan(m_a.monthlyAmountFen), yuan(*minimum)));
            m_a.monthlyAmountFen = *minimum;
        } else {
            m_policy.takeUsed();
        }
        return true;
    }

    // --- 渐退期: income rose above the standard through work while on dibao -------------------

    Result<bool> taper()
    {
        const bool working = std::any_of(m_members.cbegin(), m_members.cend(), [](const Person *p) { return isEmployed(*p); });
        if (!m_options.currentlyDibao || m_belowStandard || !m_assetsOk || !working)
            return false;
        const bool severeMember = std::any_of(m_members.cbegin(), m_members.cend(),
                                              [](const Person *p) { return ExtremePoverty::severelyDisabled(*p); });
        Result<qint64> months = m_policy.integer(severeMember ? "taper.months.disabled" : "taper.months");
        Result<Ratio> share = m_policy.ratio("taper.share");
        if (!months || !share)
            return !months ? months.error() : share.error();
        if (*months <= 0) {
            m_policy.takeUsed();
            return false;
        }
        m_a.programme = Programme::DibaoTaper;
        m_a.taperMonths = int(*months);
        m_a.coveredMembers = int(m_members.size());
        step("dibao.taper",
             tr("Income has risen above the standard through work: payment continues for %1 months "
                "(until %2) at %3 of the current %4 yuan.")
                 .arg(QString::number(*months), m_a.date.addMonths(int(*months)).toString(QStringLiteral("yyyy-MM")),
                      share->toString(), yuan(m_options.currentMonthlyFen)));
        m_a.monthlyAmountFen = rounded(times(m_options.currentMonthlyFen, *share), QT_TR_NOOP("The taper payment"));
        return true;
    }

    // --- 单人保 and 低保边缘: below the near-dibao line ---------------------------------------

    Result<bool> nearDibaoLine()
    {
        Result<Ratio> edge = m_policy.ratio("dibao.edge.multiple");
        if (!edge)
            return edge.error();
        m_belowEdge = m_income * edge->den < Big(m_S) * n() * unit() * edge->num;
        step("edge.income_test",
             tr("Monthly per-capita income %1 yuan is %2 %3 times the standard (%4 yuan).")
                 .arg(perCapitaText(), m_belowEdge ? tr("below") : tr("not below"), edge->toString(),
                      yuan(exact::times(m_S, *edge, Rounding::FenHalfUp))),
             m_belowEdge);
        return false;
    }

    // A seriously ill or severely disabled member of a near-dibao household is covered on
    // their own, as a household of one, when their own income is below the standard; they
    // are then a dibao recipient and get their 分类施保 top-up.
    Result<bool> singlePerson()
    {
        if (!m_belowEdge || !m_assetsOk || m_members.size() < 2)
            return false;
        Members eligible;
        for (const Person *p : std::as_const(m_members)) {
            if (p->health == Health::Serious || ExtremePoverty::severelyDisabled(*p))
                eligible << p;
        }
        if (eligible.isEmpty())
            return false;
        Result<Ratio> share = m_policy.ratio("dibao.single.share");
        if (!share)
            return share.error();
        const QStringList shareCited = m_policy.takeUsed();
        Members covered;
        Big exactMonthly = 0;
        QStringList who, notWho;
        for (const Person *p : std::as_const(eligible)) {
            const Big own = incomeOf({p});
            const Big amount = times(m_S, *share) - own;
            if (own < Big(m_S) * unit() && amount > 0) {
                covered << p;
                exactMonthly += amount;
                who << tr("%1 %2 yuan").arg(p->name, roundedText(amount));
            } else {
                notWho << tr("%1 (own income %2 yuan a month)").arg(p->name, roundedText(own));
            }
        }
        if (covered.isEmpty()) {
            step("dibao.single",
                 tr("Seriously ill or severely disabled members are not covered on their own: their own "
                    "income is not below the standard: %1.")
                     .arg(notWho.join(QStringLiteral("，"))),
                 false, shareCited);
            return false;
        }
        step("dibao.single",
             tr("Seriously ill or severely disabled members are covered on their own (单人保), each as "
                "a household of one at %1 of the standard less their own income: %2.")
                     .arg(share->toString(), who.join(QStringLiteral("，"))) +
                 (notWho.isEmpty() ? QString()
                                   : tr(" Not covered, their own income being not below the standard: %1.")
                                         .arg(notWho.join(QStringLiteral("，")))),
             true, shareCited);
        Result<Big> topUps = topUpsFor(covered);
        if (!topUps)
            return topUps.error();
        m_a.programme = Programme::DibaoSingle;
        m_a.coveredMembers = int(covered.size());
        return payDibao(exactMonthly + *topUps, QT_TR_NOOP("The single-person dibao payment"));
    }

    Result<bool> nearDibao()
    {
        if (!m_belowEdge || !m_assetsOk)
            return false;
        m_a.programme = Programme::Edge;
        step("edge.result", tr("The household is a near-dibao household: it receives no dibao payment but may receive "
                               "special assistance (medical, education, housing, employment)."));
        return true;
    }

    // --- 刚性支出困难 ---------------------------------------------------------------------------

    Result<bool> rigidExpenditure()
    {
        Result<Fen> reference = m_policy.money("rigid.income.reference");
        Result<Ratio> ratio = m_policy.ratio("rigid.ratio");
        if (!reference || !ratio)
            return !reference ? reference.error() : ratio.error();
        Fen rigid = 0;
        for (const Expenditure &e : m_h.expenditures)
            rigid += e.annualFen;
        const Big annualIncome = m_income * 12; // in units of 1/unit() fen
        const bool belowReference = annualIncome < Big(*reference) * n() * unit();
        const bool heavy = rigid > 0 && Big(rigid) * ratio->den * unit() > Big(ratio->num) * annualIncome;
        const bool hardship = heavy && belowReference && m_assetsOk;
        step("rigid.tests",
             tr("Rigid expenditure %1 yuan a year against income %2 yuan (the line is %3 of income): %4; per-capita income "
                "%5 yuan a year against last year's local per-capita disposable income %6 yuan: %7.")
                 .arg(yuan(rigid), annualText(m_income), ratio->toString(),
                      heavy ? tr("above the line") : tr("not above the line"),
                      yuan(exact::divide(annualIncome, n() * unit(), Rounding::FenHalfUp)), yuan(*reference),
                      belowReference ? tr("below") : tr("not below")),
             hardship);
        if (hardship)
            m_a.programme = Programme::Rigid;
        return hardship;
    }

    // --- None, with the reasons (DOMAIN §2 refusal codes) --------------------------------------

    Result<bool> nothing()
    {
        if (!m_belowStandard)
            m_a.reasons << QStringLiteral("income_over_standard");
        if (!m_assetsOk)
            m_a.reasons << QStringLiteral("assets_over_limit");
        // Name exactly the lines crossed: with assets within limits the household can only be
        // here because its income is above the near-dibao line and there is no rigid-expenditure
        // hardship (or its seriously ill members earn enough on their own).
        step("result.none",
             tr("No assistance programme applies: %1.")
                 .arg(!m_assetsOk && !m_belowStandard ? tr("income is above the dibao standard and assets are over the limits")
                      : !m_assetsOk                   ? tr("assets are over the limits")
                      : m_belowEdge ? tr("no member qualifies on their own and there is no rigid-expenditure hardship")
                                    : tr("income is above the near-dibao line and rigid expenditure does not cause hardship")),
             false);
        // Members in extreme poverty are supported whatever the others get.
        if (!m_a.extremePoverty.isEmpty()) {
            m_a.reasons.clear();
            return onlyExtremePoverty();
        }
        return true;
    }

    // --- exact amounts ------------------------------------------------------------------------

    // One fen a month, exactly.
    Big unit() const { return kDen * m_n0; }
    Big n() const { return m_members.size(); }
    Big times(Fen f, const Ratio &r) const { return Big(f) * r.num * (kDen / r.den) * m_n0; }
    Fen annualFen(Big exactMonthly) const { return exact::divide(exactMonthly * 12, unit(), Rounding::FenHalfUp); }
    QString annualText(Big exactMonthly) const
    {
        return ((exactMonthly * 12) % unit() == 0 ? QString() : tr("about ")) + yuan(annualFen(exactMonthly));
    }
    QString roundedText(Big exactMonthly) const { return yuan(exact::divide(exactMonthly, unit(), Rounding::FenHalfUp)); }
    QString perCapitaText()
    {
        m_a.perCapitaMonthlyRounded = exact::divide(m_income, n() * unit(), Rounding::FenHalfUp);
        return (m_income % (n() * unit()) == 0 ? QString() : tr("about ")) + yuan(m_a.perCapitaMonthlyRounded);
    }
    // Rounded once, as local policy says; the step names the rule when it changed anything.
    Fen rounded(Big exactMonthly, const char *what)
    {
        const Fen r = exact::divide(exactMonthly, unit(), m_rounding);
        if (exactMonthly % unit() != 0 || m_rounding == Rounding::YuanUp)
            step("amount.rounding", tr("%1 is rounded once, as local policy says: %2 yuan a month.").arg(tr(what), yuan(r)), true,
                 m_roundingCited);
        return r;
    }
    static QString byKind(const QMap<QString, Fen> &amounts)
    {
        QStringList parts;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            parts << tr("%1 %2 yuan").arg(it.key(), yuan(it.value()));
        return parts.join(QStringLiteral("，"));
    }
    static QString isoDate(const QDate &d) { return d.toString(QStringLiteral("yyyy-MM-dd")); }

    const Household &m_h;
    const AssessOptions &m_options;
    Assessment m_a;
    PolicyView m_policy;
    Members m_everyone; // counted as living together
    Members m_members;  // assessed for dibao: everyone but those in extreme poverty
    Big m_n0 = 1;
    Fen m_S = 0;
    Rounding m_rounding = Rounding::FenHalfUp;
    QStringList m_roundingCited, m_assetsCited;
    Fen m_employmentCost = 0;
    QHash<QString, Fen> m_own; // counted annual income by person
    Fen m_shared = 0;          // counted annual income not tied to a member
    Big m_income = 0;          // of m_members, exact monthly
    Fen m_financial = 0;
    int m_houses = 0, m_vehicles = 0;
    qint64 m_financialMonths = 0, m_housesMax = 0, m_vehiclesMax = 0;
    bool m_everyoneAssetsOk = false, m_assetsOk = false;
    bool m_belowStandard = false, m_belowEdge = false;
};
} // namespace

AssessOptions AssessOptions::forCase(const Case &c, const Household &h, const QDate &date)
{
    AssessOptions o;
    o.date = date;
    if (c.state != CaseState::Approved)
        return o;
    const Assessment decided = Assessment::fromJson(c.decisionAssessment);
    if (c.programme == CaseProgramme::Dibao && decided.programme != Programme::DibaoSingle) {
        // 渐退期 follows a household's own dibao; a member covered alone (单人保) lives in a
        // household whose income was never below the standard.
        o.currentlyDibao = true;
        o.currentMonthlyFen = c.monthlyFen;
    } else if (c.programme == CaseProgramme::Tekun) {
        for (const SupportedPerson &p : decided.extremePoverty) {
            if (!p.personId.isEmpty())
                o.extremePovertyNow << p.personId;
        }
        // Decided before people were judged one by one: the decision was about everyone.
        if (o.extremePovertyNow.isEmpty()) {
            for (const Person &p : h.members)
                o.extremePovertyNow << p.meta.id;
        }
    }
    return o;
}

Result<Assessment> Assessor::assess(const Household &household, const AssessOptions &options) const
{
    return Cascade(m_policy, household, options).run();
}

} // namespace doudi::core
