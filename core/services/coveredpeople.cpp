#include "services/coveredpeople.h"

#include "storage/householdrepository.h"

#include <QJsonArray>

namespace doudi::core {

QHash<QString, QSet<QString>> CoveredPeople::extremePoor(const QList<Case> &cases, const QHash<QString, Household> &households,
                                                         const QDate &month)
{
    QHash<QString, QSet<QString>> out;
    for (const Case &c : cases) {
        if (c.programme != CaseProgramme::Tekun || c.paidForMonth(month) == 0 || !households.contains(c.householdId))
            continue;
        for (const Person &p : of(c, households.value(c.householdId), {}))
            out[c.householdId].insert(p.meta.id);
    }
    return out;
}

QList<Person> CoveredPeople::of(const Case &c, const Household &h, const QSet<QString> &extremePoor)
{
    QSet<QString> named;
    for (const QJsonValue &v : c.decisionAssessment.value(QStringLiteral("extreme_poverty")).toArray())
        named.insert(v.toObject().value(QStringLiteral("person_id")).toString());
    QList<Person> out;
    for (const Person &p : h.members) {
        if (p.exclusion != Exclusion::None)
            continue;
        const bool take =
            c.programme == CaseProgramme::Tekun ? named.isEmpty() || named.contains(p.meta.id) : !extremePoor.contains(p.meta.id);
        if (take)
            out << p;
    }
    return out;
}

Result<QHash<QString, Household>> CoveredPeople::householdsOf(HouseholdRepository &repo, const QList<Case> &cases)
{
    QHash<QString, Household> out;
    for (const Case &c : cases) {
        if (out.contains(c.householdId))
            continue;
        Result<Household> h = repo.load(c.householdId);
        if (!h)
            return h.error();
        out.insert(c.householdId, *h);
    }
    return out;
}

} // namespace doudi::core
