#pragma once

#include "common/labeltable.h"
#include "identity/idnumber.h"

#include <QList>
#include <QString>

#include <optional>

namespace doudi::core {

enum class Relation
{
    Head,
    Spouse,
    Child,
    ChildInLaw,
    Parent,
    Grandparent,
    Grandchild,
    Sibling,
    Other
};
enum class Health
{
    Healthy,
    Chronic,
    Serious
};
enum class Disability
{
    None,
    Physical,
    Visual,
    Hearing,
    Speech,
    Intellectual,
    Mental,
    Multiple
};
enum class Schooling
{
    None,
    Preschool,
    Compulsory,
    HighSchool,
    Higher,
    Postgraduate
};
enum class Employment
{
    Employed,
    Farming,
    SelfEmployed,
    Unemployed,
    UnableToWork,
    Retired,
    Student,
    Child
};
// DOMAIN §2: people who are not counted as members although registered in the household.
enum class Exclusion
{
    None,
    ReligiousAway,
    Prison,
    CompulsoryRehab,
    Missing
};
enum class Registration
{
    Urban,
    Rural
};
enum class IncomeKind
{
    Wages,
    Business,
    Property,
    Transfer,
    Pension,
    Other,
    // usually not counted (the policy data decides): 优待抚恤金, 计划生育奖扶, 奖学金, 见义勇为, 救助金, 基础养老金
    PreferentialCare,
    FamilyPlanning,
    Scholarship,
    HeroicAward,
    AssistancePayment,
    BasicPension
};
enum class AssetKind
{
    Deposit,
    RealEstate,
    Vehicle,
    Securities,
    Insurance,
    Business,
    Other
};
enum class ExpenditureKind
{
    Medical,
    Education,
    Rehabilitation,
    Other
};
enum class ObligorCapacity
{
    Able,
    SpecialPoverty,
    DibaoElderly,
    Over70LowIncome,
    SevereDisabilityLowIncome,
    NoCivilCapacity,
    Missing,
    Imprisoned
};

// An enum's table: the stable code of each value, used in storage and JSON, and its label
// (context "doudi::core::Enum").
template <typename E> const LabelTable<E> &enumTable();

// One row of it: what ui/enumcombo.h and the policy's parameter list read.
template <typename E> using EnumEntry = LabelRow<E>;

template <typename E> QString codeOf(E value)
{
    return enumTable<E>().code(value);
}

template <typename E> std::optional<E> enumFromCode(const QString &code)
{
    return enumTable<E>().fromCode(code);
}

template <typename E> QString labelOf(E value)
{
    return enumTable<E>().label(value);
}

// "a, b, c": the codes an enum accepts, for error messages.
template <typename E> QString codeList()
{
    return enumTable<E>().codes().join(QStringLiteral(", "));
}

} // namespace doudi::core
