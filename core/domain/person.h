#pragma once

#include "domain/enums.h"
#include "domain/recordmeta.h"
#include "domain/validation.h"

#include <QDate>

#include <optional>

namespace doudi::core {

// A member of a household (or someone registered in it and excluded, see Exclusion).
struct Person
{
    Q_DECLARE_TR_FUNCTIONS(Person)
public:
    RecordMeta meta;
    QString name;
    QString idNumber; // normalised 18 characters, or empty (e.g. a newborn not yet registered)
    Sex sex = Sex::Unknown;
    QDate birthDate;
    Relation relation = Relation::Other;
    QString phone;
    Health health = Health::Healthy;
    Disability disability = Disability::None;
    int disabilityGrade = 0; // 1 (most severe) to 4; 0 with Disability::None
    Schooling schooling = Schooling::None;
    Employment employment = Employment::Unemployed;
    Exclusion exclusion = Exclusion::None;
    // 生活自理能力评估 (DOMAIN §3): empty when not assessed, else the failed items of the six.
    std::optional<QStringList> selfCareFailed;
    QString note;

    int ageAt(const QDate &date) const;
    // "肢体残疾（2级）", or "无残疾": the disability as lists and forms show it.
    QString disabilityLabel() const;
    // The care level of the six-item self-care assessment (DOMAIN §3): "self" when no item
    // failed (or none was assessed), "partial" for one to three, "full" for four or more.
    QString careLevel() const;

    // The six items of the self-care assessment, in the order of the form.
    static const QStringList &selfCareItems();

    // Record fields without RecordMeta (the columns of the persons table).
    QVariantMap toFields() const;
    // Reads and checks; the ID number decides birth date and sex when present.
    static Person fromFields(const QVariantMap &fields, Validation &v);
};

} // namespace doudi::core
