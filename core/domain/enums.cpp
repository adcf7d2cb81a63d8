#include "domain/enums.h"

namespace doudi::core {

template <> const LabelTable<Relation> &enumTable()
{
    static const LabelTable<Relation> t(
        "doudi::core::Enum", {{Relation::Head, "head", QT_TRANSLATE_NOOP("doudi::core::Enum", "Head of household")},
                              {Relation::Spouse, "spouse", QT_TRANSLATE_NOOP("doudi::core::Enum", "Spouse")},
                              {Relation::Child, "child", QT_TRANSLATE_NOOP("doudi::core::Enum", "Child")},
                              {Relation::ChildInLaw, "child_in_law", QT_TRANSLATE_NOOP("doudi::core::Enum", "Child-in-law")},
                              {Relation::Parent, "parent", QT_TRANSLATE_NOOP("doudi::core::Enum", "Parent")},
                              {Relation::Grandparent, "grandparent", QT_TRANSLATE_NOOP("doudi::core::Enum", "Grandparent")},
                              {Relation::Grandchild, "grandchild", QT_TRANSLATE_NOOP("doudi::core::Enum", "Grandchild")},
                              {Relation::Sibling, "sibling", QT_TRANSLATE_NOOP("doudi::core::Enum", "Sibling")},
                              {Relation::Other, "other", QT_TRANSLATE_NOOP("doudi::core::Enum", "Other relative")}});
    return t;
}

template <> const LabelTable<Sex> &enumTable()
{
    static const LabelTable<Sex> t("doudi::core::Enum",
                                   {{Sex::Male, "male", QT_TRANSLATE_NOOP("doudi::core::Enum", "Male")},
                                    {Sex::Female, "female", QT_TRANSLATE_NOOP("doudi::core::Enum", "Female")},
                                    {Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("doudi::core::Enum", "Unknown")}});
    return t;
}

template <> const LabelTable<Health> &enumTable()
{
    static const LabelTable<Health> t("doudi::core::Enum",
                                      {{Health::Healthy, "healthy", QT_TRANSLATE_NOOP("doudi::core::Enum", "Healthy")},
                                       {Health::Chronic, "chronic", QT_TRANSLATE_NOOP("doudi::core::Enum", "Chronic illness")},
                                       {Health::Serious, "serious", QT_TRANSLATE_NOOP("doudi::core::Enum", "Serious illness")}});
    return t;
}

template <> const LabelTable<Disability> &enumTable()
{
    static const LabelTable<Disability> t(
        "doudi::core::Enum", {{Disability::None, "none", QT_TRANSLATE_NOOP("doudi::core::Enum", "No disability")},
                              {Disability::Physical, "physical", QT_TRANSLATE_NOOP("doudi::core::Enum", "Physical")},
                              {Disability::Visual, "visual", QT_TRANSLATE_NOOP("doudi::core::Enum", "Visual")},
                              {Disability::Hearing, "hearing", QT_TRANSLATE_NOOP("doudi::core::Enum", "Hearing")},
                              {Disability::Speech, "speech", QT_TRANSLATE_NOOP("doudi::core::Enum", "Speech")},
                              {Disability::Intellectual, "intellectual", QT_TRANSLATE_NOOP("doudi::core::Enum", "Intellectual")},
                              {Disability::Mental, "mental", QT_TRANSLATE_NOOP("doudi::core::Enum", "Mental")},
                              {Disability::Multiple, "multiple", QT_TRANSLATE_NOOP("doudi::core::Enum", "Multiple")}});
    return t;
}

template <> const LabelTable<Schooling> &enumTable()
{
    static const LabelTable<Schooling> t(
        "doudi::core::Enum",
        {{Schooling::None, "none", QT_TRANSLATE_NOOP("doudi::core::Enum", "Not in school")},
         {Schooling::Preschool, "preschool", QT_TRANSLATE_NOOP("doudi::core::Enum", "Preschool")},
         {Schooling::Compulsory, "compulsory", QT_TRANSLATE_NOOP("doudi::core::Enum", "Primary or junior secondary school")},
         {Schooling::HighSchool, "high_school", QT_TRANSLATE_NOOP("doudi::core::Enum", "Senior secondary or vocational school")},
         {Schooling::Higher, "higher", QT_TRANSLATE_NOOP("doudi::core::Enum", "College or university")},
         {Schooling::Postgraduate, "postgraduate", QT_TRANSLATE_NOOP("doudi::core::Enum", "Postgraduate")}});
    return t;
}

template <> const LabelTable<Employment> &enumTable()
{
    static const LabelTable<Employment> t(
        "doudi::core::Enum",
        {{Employment::Employed, "employed", QT_TRANSLATE_NOOP("doudi::core::Enum", "Employed")},
         {Employment::Farming, "farming", QT_TRANSLATE_NOOP("doudi::core::Enum", "Farming")},
         {Employment::SelfEmployed, "self_employed", QT_TRANSLATE_NOOP("doudi::core::Enum", "Self-employed")},
         {Employment::Unemployed, "unemployed", QT_TRANSLATE_NOOP("doudi::core::Enum", "Unemployed")},
         {Employment::UnableToWork, "unable", QT_TRANSLATE_NOOP("doudi::core::Enum", "Unable to work")},
         {Employment::Retired, "retired", QT_TRANSLATE_NOOP("doudi::core::Enum", "Retired")},
         {Employment::Student, "student", QT_TRANSLATE_NOOP("doudi::core::Enum", "Student")},
         {Employment::Child, "child", QT_TRANSLATE_NOOP("doudi::core::Enum", "Pre-school child")}});
    return t;
}

template <> const LabelTable<Exclusion> &enumTable()
{
    static const LabelTable<Exclusion> t(
        "doudi::core::Enum", {{Exclusion::None, "none", QT_TRANSLATE_NOOP("doudi::core::Enum", "Member")},
                              {Exclusion::ReligiousAway, "religious_away",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "Religious staff away three years or more")},
                              {Exclusion::Prison, "prison", QT_TRANSLATE_NOOP("doudi::core::Enum", "Serving a prison sentence")},
                              {Exclusion::CompulsoryRehab, "compulsory_rehab",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "In compulsory drug rehabilitation")},
                              {Exclusion::Missing, "missing", QT_TRANSLATE_NOOP("doudi::core::Enum", "Missing")}});
    return t;
}

template <> const LabelTable<Registration> &enumTable()
{
    static const LabelTable<Registration> t("doudi::core::Enum",
                                            {{Registration::Urban, "urban", QT_TRANSLATE_NOOP("doudi::core::Enum", "Urban")},
                                             {Registration::Rural, "rural", QT_TRANSLATE_NOOP("doudi::core::Enum", "Rural")}});
    return t;
}

template <> const LabelTable<IncomeKind> &enumTable()
{
    static const LabelTable<IncomeKind> t(
        "doudi::core::Enum",
        {{IncomeKind::Wages, "wages", QT_TRANSLATE_NOOP("doudi::core::Enum", "Wages")},
         {IncomeKind::Business, "business", QT_TRANSLATE_NOOP("doudi::core::Enum", "Net business income")},
         {IncomeKind::Property, "property", QT_TRANSLATE_NOOP("doudi::core::Enum", "Net property income")},
         {IncomeKind::Transfer, "transfer", QT_TRANSLATE_NOOP("doudi::core::Enum", "Net transfer income")},
         {IncomeKind::Pension, "pension", QT_TRANSLATE_NOOP("doudi::core::Enum", "Pension")},
         {IncomeKind::Other, "other", QT_TRANSLATE_NOOP("doudi::core::Enum", "Other income")},
         {IncomeKind::PreferentialCare, "preferential_care",
          QT_TRANSLATE_NOOP("doudi::core::Enum", "Preferential care and pension for martyrs' families")},
         {IncomeKind::FamilyPlanning, "family_planning", QT_TRANSLATE_NOOP("doudi::core::Enum", "Family planning reward")},
         {IncomeKind::Scholarship, "scholarship", QT_TRANSLATE_NOOP("doudi::core::Enum", "Scholarship")},
         {IncomeKind::HeroicAward, "heroic_award", QT_TRANSLATE_NOOP("doudi::core::Enum", "Award for acts of bravery")},
         {IncomeKind::AssistancePayment, "assistance_payment",
          QT_TRANSLATE_NOOP("doudi::core::Enum", "Social assistance payment")},
         {IncomeKind::BasicPension, "basic_pension",
          QT_TRANSLATE_NOOP("doudi::core::Enum", "Basic pension for urban and rural residents")}});
    return t;
}

template <> const LabelTable<AssetKind> &enumTable()
{
    static const LabelTable<AssetKind> t(
        "doudi::core::Enum", {{AssetKind::Deposit, "deposit", QT_TRANSLATE_NOOP("doudi::core::Enum", "Savings deposits")},
                              {AssetKind::RealEstate, "real_estate", QT_TRANSLATE_NOOP("doudi::core::Enum", "Real estate")},
                              {AssetKind::Vehicle, "vehicle", QT_TRANSLATE_NOOP("doudi::core::Enum", "Motor vehicle")},
                              {AssetKind::Securities, "securities", QT_TRANSLATE_NOOP("doudi::core::Enum", "Securities")},
                              {AssetKind::Insurance, "insurance", QT_TRANSLATE_NOOP("doudi::core::Enum", "Commercial insurance")},
                              {AssetKind::Business, "business", QT_TRANSLATE_NOOP("doudi::core::Enum", "Registered business")},
                              {AssetKind::Other, "other", QT_TRANSLATE_NOOP("doudi::core::Enum", "Other asset")}});
    return t;
}

template <> const LabelTable<ExpenditureKind> &enumTable()
{
    static const LabelTable<ExpenditureKind> t(
        "doudi::core::Enum",
        {{ExpenditureKind::Medical, "medical", QT_TRANSLATE_NOOP("doudi::core::Enum", "Medical costs")},
         {ExpenditureKind::Education, "education", QT_TRANSLATE_NOOP("doudi::core::Enum", "Education costs")},
         {ExpenditureKind::Rehabilitation, "rehabilitation",
          QT_TRANSLATE_NOOP("doudi::core::Enum", "Disability rehabilitation costs")},
         {ExpenditureKind::Other, "other", QT_TRANSLATE_NOOP("doudi::core::Enum", "Other necessary costs")}});
    return t;
}

template <> const LabelTable<ObligorCapacity> &enumTable()
{
    static const LabelTable<ObligorCapacity> t(
        "doudi::core::Enum", {{ObligorCapacity::Able, "able", QT_TRANSLATE_NOOP("doudi::core::Enum", "Able to support")},
                              {ObligorCapacity::SpecialPoverty, "special_poverty",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "Is a person in extreme poverty")},
                              {ObligorCapacity::DibaoElderly, "dibao_elderly",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "Receives dibao and is 60 or older")},
                              {ObligorCapacity::Over70LowIncome, "over70_low_income",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "70 or older with low income")},
                              {ObligorCapacity::SevereDisabilityLowIncome, "severe_disability_low_income",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "Severely disabled with low income")},
                              {ObligorCapacity::NoCivilCapacity, "no_civil_capacity",
                               QT_TRANSLATE_NOOP("doudi::core::Enum", "Without civil capacity")},
                              {ObligorCapacity::Missing, "missing", QT_TRANSLATE_NOOP("doudi::core::Enum", "Missing")},
                              {ObligorCapacity::Imprisoned, "imprisoned", QT_TRANSLATE_NOOP("doudi::core::Enum", "In prison")}});
    return t;
}

} // namespace doudi::core
