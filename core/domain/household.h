#pragma once

#include "domain/annualamount.h"
#include "domain/asset.h"
#include "domain/obligor.h"
#include "domain/person.h"

#include <QJsonObject>

namespace doudi::core {

// A household and everything recorded about it: the aggregate that is saved as a whole.
struct Household
{
    Q_DECLARE_TR_FUNCTIONS(Household)
public:
    RecordMeta meta;
    QString areaCode; // 12-digit village/community code
    Registration registration = Registration::Rural;
    QString address;
    QString phone;
    QString note;
    QList<Person> members;
    QList<Income> incomes;
    QList<Asset> assets;
    QList<Expenditure> expenditures;
    QList<Obligor> obligors;

    const Person *head() const;

    // The household row alone (no children), without RecordMeta.
    QVariantMap toFields() const;
    static Household fromFields(const QVariantMap &fields, Validation &v);

    // The whole aggregate. fromJson checks every field and the rules across records, gives
    // members without an id a new one, and resolves an income's "member" (an index into
    // "members") to that member's id.
    QJsonObject toJson() const;
    static Result<Household> fromJson(const QJsonObject &json, QList<FieldError> *errors = nullptr);

    // Rules across records: one head, no ID number twice, references to existing members.
    void validateStructure(Validation &v) const;
};

} // namespace doudi::core
