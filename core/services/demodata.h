#pragma once

#include "domain/household.h"

#include <QRandomGenerator>

namespace doudi::core {

class AreaRegistry;

// Realistic, repeatable demo households for one county: common surnames and given names,
// valid ID numbers (area code of the county, real check characters), plausible families,
// incomes, assets and phones. Never real people: the sequence numbers are drawn at random.
class DemoData
{
public:
    DemoData(const AreaRegistry &areas, quint32 seed);
    // Households only in villages whose codes start with one of prefixes (a user's areas,
    // Authorization::prefixes; all villages when it is empty or matches none).
    void limitTo(const QStringList &prefixes);
    Household household();

private:
    Person person(Relation relation, Sex sex, int age, const QString &surname);
    QString idNumber(const QDate &birth, Sex sex);
    QString phone();
    QString givenName(Sex sex);
    QDate birthForAge(int age);

    const AreaRegistry &m_areas;
    QList<QString> m_villages;
    QRandomGenerator m_rng;
};

} // namespace doudi::core
