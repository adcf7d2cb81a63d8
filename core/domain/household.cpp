#include "domain/household.h"

#include "common/randomsource.h"
#include "identity/areacode.h"

#include <QJsonArray>
#include <QSet>

namespace doudi::core {

namespace {
constexpr int kMaxMembers = 30;
constexpr int kMaxItems = 100;

template <typename T> QJsonArray toArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items) {
        QVariantMap f = item.toFields();
        item.meta.writeTo(f);
        out.append(QJsonObject::fromVariantMap(f));
    }
    return out;
}

// Reads one child array, each element checked under its own path and words.
template <typename T> QList<T> fromArray(const QJsonObject &json, const QString &key, const QString &what, Validation &v)
{
    QList<T> out;
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return out;
    const QJsonArray arr = value.toArray();
    if (!value.isArray() || arr.size() > kMaxItems) {
        v.add(key, what, Household::tr("must be a list of at most %1 items.").arg(kMaxItems));
        return out;
    }
    for (int i = 0; i < arr.size(); ++i) {
        Validation item(QStringLiteral("%1[%2].").arg(key).arg(i), QStringLiteral("%1 %2").arg(what).arg(i + 1));
        out.append(T::fromFields(arr[i].toObject().toVariantMap(), item));
        v.merge(item);
    }
    return out;
}

// Incomes and expenditures may name their member by position ("member": 0) in new input.
void resolveMemberIndex(QJsonObject &json, const QString &key, const QList<Person> &members, Validation &v)
{
    QJsonArray arr = json.value(key).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        QJsonObject o = arr[i].toObject();
        if (!o.contains(QStringLiteral("member")))
            continue;
        const int idx = o.value(QStringLiteral("member")).toInt(-1);
        if (idx < 0 || idx >= members.size())
            v.add(QStringLiteral("%1[%2].member").arg(key).arg(i), Household::tr("member"),
                  Household::tr("there is no member number %1.").arg(o.value(QStringLiteral("member")).toInt() + 1));
        else
            o.insert(QStringLiteral("person_id"), members[idx].meta.id);
        o.remove(QStringLiteral("member"));
        arr[i] = o;
    }
    json.insert(key, arr);
}
} // namespace

const Person *Household::head() const
{
    for (const Person &p : members) {
        if (p.relation == Relation::Head)
            return &p;
    }
    return nullptr;
}

QVariantMap Household::toFields() const
{
    return {{QStringLiteral("area_code"), areaCode},
            {QStringLiteral("registration"), codeOf(registration)},
            {QStringLiteral("address"), address},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("note"), note}};
}

Household Household::fromFields(const QVariantMap &f, Validation &v)
{
    Household h;
    h.meta = RecordMeta::readFrom(f);
    h.areaCode = v.text(f, QStringLiteral("area_code"), tr("village code"), 12, true);
    if (!h.areaCode.isEmpty() && AreaCode::levelOf(h.areaCode) != AreaCode::Level::Village)
        v.add(QStringLiteral("area_code"), tr("village code"), tr("must be the 12-digit code of a village or community."));
    h.registration = v.code(f, QStringLiteral("registration"), tr("household registration"), Registration::Rural);
    h.address = v.text(f, QStringLiteral("address"), tr("address"), 200, false);
    h.phone = v.text(f, QStringLiteral("phone"), tr("phone"), 20, false);
    v.phone(QStringLiteral("phone"), tr("phone"), h.phone);
    h.note = v.text(f, QStringLiteral("note"), tr("note"), 2000, false);
    return h;
}

QJsonObject Household::toJson() const
{
    QVariantMap f = toFields();
    meta.writeTo(f);
    QJsonObject json = QJsonObject::fromVariantMap(f);
    json.insert(QStringLiteral("members"), toArray(members));
    json.insert(QStringLiteral("incomes"), toArray(incomes));
    json.insert(QStringLiteral("assets"), toArray(assets));
    json.insert(QStringLiteral("expenditures"), toArray(expenditures));
    json.insert(QStringLiteral("obligors"), toArray(obligors));
    return json;
}

Result<Household> Household::fromJson(const QJsonObject &input, QList<FieldError> *errors)
{
    QJsonObject json = input;
    Validation v;
    Household h = fromFields(json.toVariantMap(), v);
    h.members = fromArray<Person>(json, QStringLiteral("members"), tr("Member"), v);
    for (Person &p : h.members) {
        if (p.meta.id.isEmpty())
            p.meta.id = RandomSource::uuidString();
    }
    resolveMemberIndex(json, QStringLiteral("incomes"), h.members, v);
    resolveMemberIndex(json, QStringLiteral("expenditures"), h.members, v);
    h.incomes = fromArray<Income>(json, QStringLiteral("incomes"), tr("Income"), v);
    h.assets = fromArray<Asset>(json, QStringLiteral("assets"), tr("Asset"), v);
    h.expenditures = fromArray<Expenditure>(json, QStringLiteral("expenditures"), tr("Expenditure"), v);
    h.obligors = fromArray<Obligor>(json, QStringLiteral("obligors"), tr("Obligor"), v);
    h.validateStructure(v);
    if (errors)
        *errors = v.errors();
    if (!v.ok())
        return v.toStatus().error();
    return h;
}

void Household::validateStructure(Validation &v) const
{
    if (members.isEmpty())
        v.add(QStringLiteral("members"), tr("members"), tr("a household needs at least one member."));
    if (members.size() > kMaxMembers)
        v.add(QStringLiteral("members"), tr("members"), tr("at most %1 members.").arg(kMaxMembers));
    const auto heads =
        std::count_if(members.cbegin(), members.cend(), [](const Person &p) { return p.relation == Relation::Head; });
    if (!members.isEmpty() && heads != 1)
        v.add(QStringLiteral("members"), tr("members"),
              tr("exactly one member must be the head of household (found %1).").arg(heads));
    QSet<QString> ids, idNumbers;
    for (const Person &p : members) {
        ids.insert(p.meta.id);
        if (!p.idNumber.isEmpty() && idNumbers.contains(p.idNumber))
            v.add(QStringLiteral("members"), tr("members"),
                  tr("the ID number %1 appears twice.").arg(IdNumber::mask(p.idNumber)));
        idNumbers.insert(p.idNumber);
    }
    const auto checkRef = [&](const QString &personId, const QString &key) {
        if (!personId.isEmpty() && !ids.contains(personId))
            v.add(key, tr("member"), tr("refers to someone who is not a member of this household."));
    };
    for (int i = 0; i < incomes.size(); ++i)
        checkRef(incomes[i].personId, QStringLiteral("incomes[%1].person_id").arg(i));
    for (int i = 0; i < expenditures.size(); ++i)
        checkRef(expenditures[i].personId, QStringLiteral("expenditures[%1].person_id").arg(i));
}

} // namespace doudi::core
