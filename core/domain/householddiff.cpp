#include "domain/householddiff.h"

#include "common/money.h"

namespace doudi::core {

namespace {
template <typename T>
QHash<QString, const T *> byId(const QList<T> &records)
{
    QHash<QString, const T *> out;
    for (const T &r : records)
        out.insert(r.meta.id, &r);
    return out;
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

    const auto oldMembers = byId(before.members);
    const auto newMembers = byId(after.members);
    for (const Person &p : after.members) {
        const Person *old = oldMembers.value(p.meta.id);
        if (!old) {
            out << tr("%1 joined the household (%2).").arg(p.name, labelOf(p.relation));
            continue;
        }
        const auto change = [&](const QString &what, const QString &from, const QString &to) {
            if (from != to)
                out << tr("%1: %2 changed from %3 to %4.").arg(p.name, what, from, to);
        };
        change(tr("health"), labelOf(old->health), labelOf(p.health));
        change(tr("disability"), old->disabilityLabel(), p.disabilityLabel());
        change(tr("work"), labelOf(old->employment), labelOf(p.employment));
        change(tr("schooling"), labelOf(old->schooling), labelOf(p.schooling));
        change(tr("living situation"), labelOf(old->exclusion), labelOf(p.exclusion));
        change(tr("relation to the head"), labelOf(old->relation), labelOf(p.relation));
        const auto selfCare = [](const std::optional<QStringList> &failed) {
            return failed ? tr("%n of 6 items failed", nullptr, int(failed->size())) : tr("not assessed");
        };
        change(tr("self-care assessment"), selfCare(old->selfCareFailed), selfCare(p.selfCareFailed));
    }
    for (const Person &p : before.members) {
        if (!newMembers.contains(p.meta.id))
            out << tr("%1 is no longer a member.").arg(p.name);
    }

    const auto oldIncomes = byId(before.incomes);
    const auto newIncomes = byId(after.incomes);
    for (const Income &i : after.incomes) {
        const Income *old = oldIncomes.value(i.meta.id);
        if (!old)
            out << tr("New income of %1: %2, %3 yuan a year.").arg(whose(i.personId), labelOf(i.kind), yuan(i.annualFen));
        else if (old->annualFen != i.annualFen || old->kind != i.kind)
            out << tr("Income of %1 (%2): %3 → %4 yuan a year.")
                       .arg(whose(i.personId), labelOf(i.kind), yuan(old->annualFen), yuan(i.annualFen));
    }
    for (const Income &i : before.incomes) {
        if (!newIncomes.contains(i.meta.id))
            out << tr("Income of %1 (%2, %3 yuan a year) ended.").arg(whose(i.personId), labelOf(i.kind), yuan(i.annualFen));
    }

    const auto oldAssets = byId(before.assets);
    const auto newAssets = byId(after.assets);
    for (const Asset &a : after.assets) {
        const Asset *old = oldAssets.value(a.meta.id);
        if (!old)
            out << tr("New asset: %1 × %2, %3 yuan.").arg(labelOf(a.kind)).arg(a.quantity).arg(yuan(a.valueFen));
        else if (old->valueFen != a.valueFen || old->quantity != a.quantity)
            out << tr("Asset %1: %2 × %3 yuan → %4 × %5 yuan.")
                       .arg(labelOf(a.kind))
                       .arg(old->quantity)
                       .arg(yuan(old->valueFen))
                       .arg(a.quantity)
                       .arg(yuan(a.valueFen));
    }
    for (const Asset &a : before.assets) {
        if (!newAssets.contains(a.meta.id))
            out << tr("Asset no longer held: %1, %2 yuan.").arg(labelOf(a.kind), yuan(a.valueFen));
    }

    const auto oldSpending = byId(before.expenditures);
    const auto newSpending = byId(after.expenditures);
    for (const Expenditure &e : after.expenditures) {
        const Expenditure *old = oldSpending.value(e.meta.id);
        if (!old)
            out << tr("New necessary expenditure of %1: %2, %3 yuan a year.").arg(whose(e.personId), labelOf(e.kind), yuan(e.annualFen));
        else if (old->annualFen != e.annualFen)
            out << tr("Expenditure of %1 (%2): %3 → %4 yuan a year.")
                       .arg(whose(e.personId), labelOf(e.kind), yuan(old->annualFen), yuan(e.annualFen));
    }
    for (const Expenditure &e : before.expenditures) {
        if (!newSpending.contains(e.meta.id))
            out << tr("Expenditure of %1 (%2) no longer recorded.").arg(whose(e.personId), labelOf(e.kind));
    }

    if (before.obligors.size() != after.obligors.size())
        out << tr("Persons with a duty of support: %1 → %2.").arg(before.obligors.size()).arg(after.obligors.size());
    if (before.registration != after.registration)
        out << tr("Registration changed from %1 to %2.").arg(labelOf(before.registration), labelOf(after.registration));
    if (before.areaCode != after.areaCode)
        out << tr("The household moved to another village or community.");
    return out;
}

} // namespace doudi::core
