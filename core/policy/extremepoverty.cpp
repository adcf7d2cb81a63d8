#include "policy/extremepoverty.h"

#include <algorithm>
#include <iterator>

namespace doudi::core {

namespace {
// 第六条(三): the disability grades that count as unable to work, by kind (grade 1 is the most
// severe; a kind not listed never does).
struct DisabilityLimit
{
    Disability kind;
    int worstGradeUnableToWork;
};
constexpr DisabilityLimit kUnableToWork[] = {
    {Disability::Intellectual, 3}, {Disability::Mental, 3}, {Disability::Physical, 2},
    {Disability::Multiple, 2},     {Disability::Visual, 1},
};

// Pairs of relations to the head between whom support is owed both ways.
constexpr std::pair<Relation, Relation> kSupportDuties[] = {
    {Relation::Head, Relation::Spouse},           {Relation::Head, Relation::Child},
    {Relation::Spouse, Relation::Child},          {Relation::Head, Relation::Parent},
    {Relation::Head, Relation::Grandparent},      {Relation::Head, Relation::Grandchild},
    {Relation::Spouse, Relation::Grandchild},     {Relation::Child, Relation::Grandchild},
    {Relation::ChildInLaw, Relation::Grandchild},
};
} // namespace

QString ExtremePoverty::unableToWork(const Person &p, const QDate &date, bool alreadySupported)
{
    const int age = p.ageAt(date);
    if (age >= 60)
        return tr("aged %1, 60 or older").arg(age);
    if (age < 18)
        return tr("aged %1, a minor").arg(age);
    const auto limit = std::find_if(std::begin(kUnableToWork), std::end(kUnableToWork),
                                    [&](const DisabilityLimit &l) { return l.kind == p.disability; });
    if (limit != std::end(kUnableToWork) && p.disabilityGrade >= 1 && p.disabilityGrade <= limit->worstGradeUnableToWork)
        return tr("%1 disability, grade %2").arg(labelOf(p.disability)).arg(p.disabilityGrade);
    if (alreadySupported && (p.schooling == Schooling::Compulsory || p.schooling == Schooling::HighSchool))
        return tr("aged %1, supported since before 18 and still at school (%2)").arg(age).arg(labelOf(p.schooling));
    return {};
}

bool ExtremePoverty::owesSupport(const Person &from, const Person &to, const QDate &date)
{
    if (from.ageAt(date) < 18)
        return false;
    return std::any_of(std::begin(kSupportDuties), std::end(kSupportDuties), [&](const auto &d) {
        return (d.first == from.relation && d.second == to.relation) || (d.second == from.relation && d.first == to.relation);
    });
}

QString ExtremePoverty::cannotSupport(const Person &q, const QDate &date, const Supporter &facts)
{
    const int age = q.ageAt(date);
    if (facts.inExtremePoverty)
        return tr("in extreme poverty themselves");
    if (age < 18)
        return tr("a minor");
    if (facts.onDibao && age >= 60)
        return tr("a dibao recipient aged %1").arg(age);
    if (facts.lowIncome && facts.assetsWithinDibaoLimits && age >= 70)
        return tr("aged %1 with an income below last year's local per-capita disposable income").arg(age);
    if (facts.lowIncome && facts.assetsWithinDibaoLimits && severelyDisabled(q))
        return tr("severely disabled (%1) with an income below last year's local per-capita disposable income")
            .arg(q.disabilityLabel());
    return {};
}

bool ExtremePoverty::severelyDisabled(const Person &p)
{
    if (p.disability == Disability::None || p.disabilityGrade == 0)
        return false;
    if (p.disabilityGrade <= 2)
        return true;
    return p.disabilityGrade == 3 && (p.disability == Disability::Intellectual || p.disability == Disability::Mental);
}

} // namespace doudi::core
