#include "domain/enums.h"

#include <QCoreApplication>

namespace doudi::core {

QString translateEnumLabel(const char *label)
{
    return QCoreApplication::translate("doudi::core::Enum", label);
}

#define L(text) QT_TRANSLATE_NOOP("doudi::core::Enum", text)

template <>
const QList<EnumEntry<Relation>> &enumTable()
{
    static const QList<EnumEntry<Relation>> t = {
        {Relation::Head, "head", L("Head of household")}, {Relation::Spouse, "spouse", L("Spouse")},
        {Relation::Child, "child", L("Child")}, {Relation::ChildInLaw, "child_in_law", L("Child-in-law")},
        {Relation::Parent, "parent", L("Parent")}, {Relation::Grandparent, "grandparent", L("Grandparent")},
        {Relation::Grandchild, "grandchild", L("Grandchild")}, {Relation::Sibling, "sibling", L("Sibling")},
        {Relation::Other, "other", L("Other relative")}};
    return t;
}

template <>
const QList<EnumEntry<Sex>> &enumTable()
{
    static const QList<EnumEntry<Sex>> t = {
        {Sex::Male, "male", L("Male")}, {Sex::Female, "female", L("Female")},
        {Sex::Unknown, "unknown", L("Unknown")}};
    return t;
}

template <>
const QList<EnumEntry<Health>> &enumTable()
{
    static const QList<EnumEntry<Health>> t = {
        {Health::Healthy, "healthy", L("Healthy")}, {Health::Chronic, "chronic", L("Chronic illness")},
        {Health::Serious, "serious", L("Serious illness")}};
    return t;
}

template <>
const QList<EnumEntry<Disability>> &enumTable()
{
    static const QList<EnumEntry<Disability>> t = {
        {Disability::None, "none", L("No disability")}, {Disability::Physical, "physical", L("Physical")},
        {Disability::Visual, "visual", L("Visual")}, {Disability::Hearing, "hearing", L("Hearing")},
        {Disability::Speech, "speech", L("Speech")}, {Disability::Intellectual, "intellectual", L("Intellectual")},
        {Disability::Mental, "mental", L("Mental")}, {Disability::Multiple, "multiple", L("Multiple")}};
    return t;
}

template <>
const QList<EnumEntry<Schooling>> &enumTable()
{
    static const QList<EnumEntry<Schooling>> t = {
        {Schooling::None, "none", L("Not in school")}, {Schooling::Preschool, "preschool", L("Preschool")},
        {Schooling::Compulsory, "compulsory", L("Primary or junior secondary school")},
        {Schooling::HighSchool, "high_school", L("Senior secondary or vocational school")},
        {Schooling::Higher, "higher", L("College or university")},
        {Schooling::Postgraduate, "postgraduate", L("Postgraduate")}};
    return t;
}

template <>
const QList<EnumEntry<Employment>> &enumTable()
{
    static const QList<EnumEntry<Employment>> t = {
        {Employment::Employed, "employed", L("Employed")}, {Employment::Farming, "farming", L("Farming")},
        {Employment::SelfEmployed, "self_employed", L("Self-employed")},
        {Employment::Unemployed, "unemployed", L("Unemployed")},
        {Employment::UnableToWork, "unable", L("Unable to work")}, {Employment::Retired, "retired", L("Retired")},
        {Employment::Student, "student", L("Student")}, {Employment::Child, "child", L("Pre-school child")}};
    return t;
}

template <>
const QList<EnumEntry<Exclusion>> &enumTable()
{
    static const QList<EnumEntry<Exclusion>> t = {
        {Exclusion::None, "none", L("Member")},
        {Exclusion::ReligiousAway, "religious_away", L("Religious staff away three years or more")},
        {Exclusion::Prison, "prison", L("Serving a prison sentence")},
        {Exclusion::CompulsoryRehab, "compulsory_rehab", L("In compulsory drug rehabilitation")},
        {Exclusion::Missing, "missing", L("Missing")}};
    return t;
}

template <>
const QList<EnumEntry<Registration>> &enumTable()
{
    static const QList<EnumEntry<Registration>> t = {
        {Registration::Urban, "urban", L("Urban")}, {Registration::Rural, "rural", L("Rural")}};
    return t;
}

template <>
const QList<EnumEntry<IncomeKind>> &enumTable()
{
    static const QList<EnumEntry<IncomeKind>> t = {
        {IncomeKind::Wages, "wages", L("Wages")}, {IncomeKind::Business, "business", L("Net business income")},
        {IncomeKind::Property, "property", L("Net property income")},
        {IncomeKind::Transfer, "transfer", L("Net transfer income")}, {IncomeKind::Pension, "pension", L("Pension")},
        {IncomeKind::Other, "other", L("Other income")},
        {IncomeKind::PreferentialCare, "preferential_care", L("Preferential care and pension for martyrs' families")},
        {IncomeKind::FamilyPlanning, "family_planning", L("Family planning reward")},
        {IncomeKind::Scholarship, "scholarship", L("Scholarship")},
        {IncomeKind::HeroicAward, "heroic_award", L("Award for acts of bravery")},
        {IncomeKind::AssistancePayment, "assistance_payment", L("Social assistance payment")},
        {IncomeKind::BasicPension, "basic_pension", L("Basic pension for urban and rural residents")}};
    return t;
}

template <>
const QList<EnumEntry<AssetKind>> &enumTable()
{
    static const QList<EnumEntry<AssetKind>> t = {
        {AssetKind::Deposit, "deposit", L("Savings deposits")}, {AssetKind::RealEstate, "real_estate", L("Real estate")},
        {AssetKind::Vehicle, "vehicle", L("Motor vehicle")}, {AssetKind::Securities, "securities", L("Securities")},
        {AssetKind::Insurance, "insurance", L("Commercial insurance")},
        {AssetKind::Business, "business", L("Registered business")}, {AssetKind::Other, "other", L("Other asset")}};
    return t;
}

template <>
const QList<EnumEntry<ExpenditureKind>> &enumTable()
{
    static const QList<EnumEntry<ExpenditureKind>> t = {
        {ExpenditureKind::Medical, "medical", L("Medical costs")},
        {ExpenditureKind::Education, "education", L("Education costs")},
        {ExpenditureKind::Rehabilitation, "rehabilitation", L("Disability rehabilitation costs")},
        {ExpenditureKind::Other, "other", L("Other necessary costs")}};
    return t;
}

template <>
const QList<EnumEntry<ObligorCapacity>> &enumTable()
{
    static const QList<EnumEntry<ObligorCapacity>> t = {
        {ObligorCapacity::Able, "able", L("Able to support")},
        {ObligorCapacity::SpecialPoverty, "special_poverty", L("Is a person in extreme poverty")},
        {ObligorCapacity::DibaoElderly, "dibao_elderly", L("Receives dibao and is 60 or older")},
        {ObligorCapacity::Over70LowIncome, "over70_low_income", L("70 or older with low income")},
        {ObligorCapacity::SevereDisabilityLowIncome, "severe_disability_low_income", L("Severely disabled with low income")},
        {ObligorCapacity::NoCivilCapacity, "no_civil_capacity", L("Without civil capacity")},
        {ObligorCapacity::Missing, "missing", L("Missing")}, {ObligorCapacity::Imprisoned, "imprisoned", L("In prison")}};
    return t;
}

#undef L

} // namespace doudi::core
