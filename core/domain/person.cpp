#include "domain/person.h"

#include "common/clock.h"

namespace doudi::core {

QString Person::disabilityLabel() const
{
    return disability == Disability::None ? labelOf(disability)
                                          : tr("%1, grade %2").arg(labelOf(disability)).arg(disabilityGrade);
}

int Person::ageAt(const QDate &date) const
{
    return IdNumber::ageAt(birthDate, date);
}

const QStringList &Person::selfCareItems()
{
    static const QStringList items = {QStringLiteral("eating"), QStringLiteral("dressing"), QStringLiteral("bed"),
                                      QStringLiteral("toilet"), QStringLiteral("walking"),  QStringLiteral("bathing")};
    return items;
}

namespace {
// Stored as "" (not assessed), "none" (all six achieved) or the failed items, comma-separated.
QString selfCareToText(const std::optional<QStringList> &failed)
{
    if (!failed)
        return {};
    return failed->isEmpty() ? QStringLiteral("none") : failed->join(u',');
}
} // namespace

QVariantMap Person::toFields() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("id_number"), idNumber},
        {QStringLiteral("sex"), codeOf(sex)},
        {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("relation"), codeOf(relation)},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("health"), codeOf(health)},
        {QStringLiteral("disability"), codeOf(disability)},
        {QStringLiteral("disability_grade"), disabilityGrade},
        {QStringLiteral("schooling"), codeOf(schooling)},
        {QStringLiteral("employment"), codeOf(employment)},
        {QStringLiteral("exclusion"), codeOf(exclusion)},
        {QStringLiteral("self_care"), selfCareToText(selfCareFailed)},
        {QStringLiteral("note"), note},
    };
}

Person Person::fromFields(const QVariantMap &f, Validation &v)
{
    Person p;
    p.meta = RecordMeta::readFrom(f);
    p.name = v.text(f, QStringLiteral("name"), tr("name"), 40, true);
    v.personName(QStringLiteral("name"), tr("name"), p.name);
    p.relation = v.code(f, QStringLiteral("relation"), tr("relation"), Relation::Other);
    p.phone = v.text(f, QStringLiteral("phone"), tr("phone"), 20, false);
    v.phone(QStringLiteral("phone"), tr("phone"), p.phone);
    p.health = v.code(f, QStringLiteral("health"), tr("health"), Health::Healthy);
    p.disability = v.code(f, QStringLiteral("disability"), tr("disability"), Disability::None);
    p.disabilityGrade = int(v.integer(f, QStringLiteral("disability_grade"), tr("disability grade"), 0, 4));
    if ((p.disability == Disability::None) != (p.disabilityGrade == 0))
        v.add(QStringLiteral("disability_grade"), tr("disability grade"),
              tr("a disability needs a grade from 1 to 4, and no disability needs none."));
    p.schooling = v.code(f, QStringLiteral("schooling"), tr("schooling"), Schooling::None);
    p.employment = v.code(f, QStringLiteral("employment"), tr("employment"), Employment::Unemployed);
    p.exclusion = v.code(f, QStringLiteral("exclusion"), tr("membership"), Exclusion::None);
    p.note = v.text(f, QStringLiteral("note"), tr("note"), 500, false);
    const QString selfCare = v.text(f, QStringLiteral("self_care"), tr("self-care assessment"), 100, false);
    if (selfCare == QLatin1String("none")) {
        p.selfCareFailed = QStringList();
    } else if (!selfCare.isEmpty()) {
        QStringList failed = selfCare.split(u',', Qt::SkipEmptyParts);
        for (QString &item : failed)
            item = item.trimmed();
        failed.removeDuplicates();
        for (const QString &item : std::as_const(failed)) {
            if (!selfCareItems().contains(item))
                v.add(QStringLiteral("self_care"), tr("self-care assessment"),
                      tr("\"%1\" is not one of the six items (%2), nor \"none\".")
                          .arg(item.left(20), selfCareItems().join(QStringLiteral(", "))));
        }
        p.selfCareFailed = failed;
    }

    const QString rawId = v.text(f, QStringLiteral("id_number"), tr("ID number"), 24, false);
    const QDate givenBirth = v.date(f, QStringLiteral("birth_date"), tr("birth date"), false);
    const Sex givenSex = v.code(f, QStringLiteral("sex"), tr("sex"), Sex::Unknown);
    if (!rawId.isEmpty()) {
        const Result<IdNumber::Info> id = IdNumber::parse(rawId);
        if (!id) {
            v.add(QStringLiteral("id_number"), tr("ID number"), id.error().message());
        } else {
            p.idNumber = id->number;
            p.birthDate = id->birthDate;
            p.sex = id->sex;
            if (givenBirth.isValid() && givenBirth != id->birthDate)
                v.add(QStringLiteral("birth_date"), tr("birth date"),
                      tr("%1 differs from the date in the ID number (%2).")
                          .arg(givenBirth.toString(Qt::ISODate), id->birthDate.toString(Qt::ISODate)));
            if (givenSex != Sex::Unknown && givenSex != id->sex)
                v.add(QStringLiteral("sex"), tr("sex"), tr("differs from the sex the ID number shows."));
        }
    } else {
        p.birthDate = givenBirth;
        p.sex = givenSex;
        if (!givenBirth.isValid())
            v.add(QStringLiteral("birth_date"), tr("birth date"), tr("is required when there is no ID number."));
    }
    if (p.birthDate.isValid() && (p.birthDate > Clock::today() || p.birthDate.year() < 1880))
        v.add(QStringLiteral("birth_date"), tr("birth date"), tr("is impossible."));
    return p;
}

QString Person::careLevel() const
{
    const int failed = selfCareFailed ? int(selfCareFailed->size()) : 0;
    return failed == 0 ? QStringLiteral("self") : failed <= 3 ? QStringLiteral("partial") : QStringLiteral("full");
}

} // namespace doudi::core
