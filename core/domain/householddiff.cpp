#include "domain/householddiff.h"

#include "common/money.h"

namespace doudi::core {

namespace {
// Records of one kind matched by id: added (only after), changed (in both: before, after) and
// removed (only before), each in its list's order.
template <typename T, typename Added, typename Both, typename Removed>
void compare(const QList<T> &before, const QList<T> &after, Added added, Both both, Removed removed)
{
    QHash<QString, const T *> old, now;
    for (const T &r : before)
        old.insert(r.meta.id, &r);
    for (const T &r : after)
        now.insert(r.meta.id, &r);
    for (const T &r : after) {
        if (const T *o = old.value(r.meta.id))
            both(*o, r);
        else
            added(r);
    }
    for (const T &r : before) {
        if (!now.contains(r.meta.id))
            removed(r);
    }
}

QString yuan(Fen fen)
{
    return money::formatYuan(fen);
}
} // namespace

QStringList HouseholdDiff::describe(const Household &before, const Household &after)
{
    QStringList out;
    QHash<QString, QString> nameOf;
    for (const Person &p : before.members)
        nameOf.insert(p.meta.id, p.name);
    for (const Person &p : after.members)
        nameOf.insert(p.meta.id, p.name);
    const auto whose = [&](const QString &personId) {
        return personId.isEmpty() ? tr("the household") : nameOf.value(personId, tr("a former member"));
    };

    compare(
        before.members, after.members,
        [&](const Person &p) { out << tr("%1 joined the household (%2).").arg(p.name, labelOf(p.relation)); },
        [&](const Person &old, const Person &p) {
            const auto change = [&](const QString &what, const QString &from, const QString &to) {
                if (from != to)
                    out << tr("%1: %2 changed from %3 to %4.").arg(p.name, what, from, to);
            };
            change(tr("health"), labelOf(old.health), labelOf(p.health));
            change(tr("disability"), old.disabilityLabel(), p.disabilityLabel());
            change(tr("work"), labelOf(old.employment), labelOf(p.employment));
            change(tr("schooling"), labelOf(old.schooling), labelOf(p.schooling));
            change(tr("living situation"), labelOf(old.exclusion), labelOf(p.exclusion));
            change(tr("relation to the head"), labelOf(old.relation), labelOf(p.relation));
            const auto selfCare = [](const std::optional<QStringList> &failed) {
                return failed ? tr("%n of 6 items failed", nullptr, int(failed->size())) : tr("not assessed");
            };
            change(tr("self-care assessment"), selfCare(old.selfCareFailed), selfCare(p.selfCareFailed));
        },
        [&](const Person &p) { out << tr("%1 is no longer a member.").arg(p.name); });

    compare(
        before.incomes, after.incomes,
        [&](const Income &i) {
            out << tr("New income of %1: %2, %3 yuan a year.").arg(whose(i.personId), labelOf(i.kind), yuan(i.annualFen));
        },
        [&](const Income &old, const Income &i) {
            if (old.annualFen != i.annualFen || old.kind != i.kind)
                out << tr("Income of %1 (%2): %3 → %4 yuan a year.")
                           .arg(whose(i.personId), labelOf(i.kind), yuan(old.annualFen), yuan(i.annualFen));
        },
        [&](const Income &i) {
            out << tr("Income of %1 (%2, %3 yuan a year) ended.").arg(whose(i.personId), labelOf(i.kind), yuan(i.annualFen));
        });

    compare(
        before.assets, after.assets,
        [&](const Asset &a) {
            out << tr("New asset: %1 × %2, %3 yuan.").arg(labelOf(a.kind)).arg(a.quantity).arg(yuan(a.valueFen));
        },
        [&](const Asset &old, const Asset &a) {
            if (old.valueFen != a.valueFen || old.quantity != a.quantity)
                out << tr("Asset %1: %2 × %3 yuan → %4 × %5 yuan.")
                           .arg(labelOf(a.kind))
                           .arg(old.quantity)
                           .arg(yuan(old.valueFen))
                           .arg(a.quantity)
                           .arg(yuan(a.valueFen));
        },
        [&](const Asset &a) { out << tr("Asset no longer held: %1, %2 yuan.").arg(labelOf(a.kind), yuan(a.valueFen)); });

    compare(
        before.expenditures, after.expenditures,
        [&](const Expenditure &e) {
            out << tr("New necessary expenditure of %1: %2, %3 yuan a year.")
                       .arg(whose(e.personId), labelOf(e.kind), yuan(e.annualFen));
        },
        [&](const Expenditure &old, const Expenditure &e) {
            if (old.annualFen != e.annualFen)
                out << tr("Expenditure of %1 (%2): %3 → %4 yuan a year.")
                           .arg(whose(e.personId), labelOf(e.kind), yuan(old.annualFen), yuan(e.annualFen));
        },
        [&](const Expenditure &e) {
            out << tr("Expenditure of %1 (%2) no longer recorded.").arg(whose(e.personId), labelOf(e.kind));
        });

    if (before.obligors.size() != after.obligors.size())
        out << tr("Persons with a duty of support: %1 → %2.").arg(before.obligors.size()).arg(after.obligors.size());
    if (before.registration != after.registration)
        out << tr("Registration changed from %1 to %2.").arg(labelOf(before.registration), labelOf(after.registration));
    if (before.areaCode != after.areaCode)
        out << tr("The household moved to another village or community.");
    return out;
}

} // namespace doudi::core
