#pragma once

#include "identity/idnumber.h"

#include <QList>
#include <QString>

#include <optional>

namespace doudi::core {

enum class Relation { Head, Spouse, Child, ChildInLaw, Parent, Grandparent, Grandchild, Sibling, Other };
enum class Health { Healthy, Chronic, Serious };
enum class Disability { None, Physical, Visual, Hearing, Speech, Intellectual, Mental, Multiple };
enum class Schooling { None, Preschool, Compulsory, HighSchool, Higher, Postgraduate };
enum class Employment { Employed, Farming, SelfEmployed, Unemployed, UnableToWork, Retired, Student, Child };
// DOMAIN §2: people who are not counted as members although registered in the household.
enum class Exclusion { None, ReligiousAway, Prison, CompulsoryRehab, Missing };
enum class Registration { Urban, Rural };
enum class IncomeKind {
    Wages, Business, Property, Transfer, Pension, Other,
    // usually not counted (the policy data decides): 优待抚恤金, 计划生育奖扶, 奖学金, 见义勇为, 救助金, 基础养老金
    PreferentialCare, FamilyPlanning, Scholarship, HeroicAward, AssistancePayment, BasicPension
};
enum class AssetKind { Deposit, RealEstate, Vehicle, Securities, Insurance, Business, Other };
enum class ExpenditureKind { Medical, Education, Rehabilitation, Other };
enum class ObligorCapacity {
    Able, SpecialPoverty, DibaoElderly, Over70LowIncome, SevereDisabilityLowIncome,
    NoCivilCapacity, Missing, Imprisoned
};

// One row of an enum's table: the stable code used in storage and JSON, and an English
// label that labelOf() translates (context "doudi::core::Enum").
template <typename E>
struct EnumEntry
{
    E value;
    const char *code;
    const char *label;
};

template <typename E>
const QList<EnumEntry<E>> &enumTable();

template <typename E>
QString codeOf(E value)
{
    for (const EnumEntry<E> &e : enumTable<E>()) {
        if (e.value == value)
            return QString::fromLatin1(e.code);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromCode(const QString &code)
{
    for (const EnumEntry<E> &e : enumTable<E>()) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

QString translateEnumLabel(const char *label);

template <typename E>
QString labelOf(E value)
{
    for (const EnumEntry<E> &e : enumTable<E>()) {
        if (e.value == value)
            return translateEnumLabel(e.label);
    }
    return {};
}

// "a, b, c": the codes an enum accepts, for error messages.
template <typename E>
QString codeList()
{
    QStringList codes;
    for (const EnumEntry<E> &e : enumTable<E>())
        codes << QString::fromLatin1(e.code);
    return codes.join(QStringLiteral(", "));
}

} // namespace doudi::core
