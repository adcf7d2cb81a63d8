#include "roster/rosterplan.h"

#include "identity/areacode.h"
#include "identity/idnumber.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace doudi::core {

namespace {

// The words rosters use for the relation to the head, and for the programme (tables, not
// if-chains: a county with another word adds a row).
const QHash<QString, QString> &relationWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const QList<QPair<const char *, QStringList>> rows = {
            {"head", {QStringLiteral("户主"), QStringLiteral("本人"), QStringLiteral("申请人")}},
            {"spouse",
             {QStringLiteral("配偶"), QStringLiteral("妻"), QStringLiteral("妻子"), QStringLiteral("夫"),
              QStringLiteral("丈夫")}},
            {"child",
             {QStringLiteral("子"), QStringLiteral("女"), QStringLiteral("儿子"), QStringLiteral("女儿"), QStringLiteral("长子"),
              QStringLiteral("次子"), QStringLiteral("长女"), QStringLiteral("次女"), QStringLiteral("子女"),
              QStringLiteral("养子"), QStringLiteral("养女")}},
            {"child_in_law", {QStringLiteral("儿媳"), QStringLiteral("女婿"), QStringLiteral("媳妇")}},
            {"parent",
             {QStringLiteral("父亲"), QStringLiteral("母亲"), QStringLiteral("父"), QStringLiteral("母"),
              QStringLiteral("父母")}},
            {"grandparent",
             {QStringLiteral("祖父"), QStringLiteral("祖母"), QStringLiteral("外祖父"), QStringLiteral("外祖母"),
              QStringLiteral("爷爷"), QStringLiteral("奶奶"), QStringLiteral("姥爷"), QStringLiteral("姥姥")}},
            {"grandchild",
             {QStringLiteral("孙子"), QStringLiteral("孙女"), QStringLiteral("外孙"), QStringLiteral("外孙子"),
              QStringLiteral("外孙女")}},
            {"sibling",
             {QStringLiteral("兄"), QStringLiteral("弟"), QStringLiteral("姐"), QStringLiteral("妹"), QStringLiteral("哥哥"),
              QStringLiteral("弟弟"), QStringLiteral("姐姐"), QStringLiteral("妹妹"), QStringLiteral("兄弟姐妹")}},
            {"other", {QStringLiteral("其他"), QStringLiteral("其他亲属")}},
        };
        for (const auto &[code, list] : rows) {
            for (const QString &word : list)
                w.insert(word, QString::fromLatin1(code));
        }
        return w;
    }();
    return words;
}

// Only the monthly entitlements: 临时救助 is paid once and is not carried over as a case.
const QHash<QString, CaseProgramme> &programmeWords()
{
    static const QHash<QString, CaseProgramme> words = {
        {QStringLiteral("低保"), CaseProgramme::Dibao},
        {QStringLiteral("最低生活保障"), CaseProgramme::Dibao},
        {QStringLiteral("农村低保"), CaseProgramme::Dibao},
        {QStringLiteral("城市低保"), CaseProgramme::Dibao},
        {QStringLiteral("城乡低保"), CaseProgramme::Dibao},
        {QStringLiteral("特困"), CaseProgramme::Tekun},
        {QStringLiteral("特困供养"), CaseProgramme::Tekun},
        {QStringLiteral("特困人员"), CaseProgramme::Tekun},
        {QStringLiteral("特困人员救助供养"), CaseProgramme::Tekun},
        {QStringLiteral("五保"), CaseProgramme::Tekun},
    };
    return words;
}

// "安平村委会", "安平村", "安平": one village. The usual suffixes go before names are compared.
QString stem(const QString &name)
{
    static const QRegularExpression suffix(
        QStringLiteral("(村民委员会|居民委员会|村委会|居委会|社区|街道办事处|街道|人民政府|镇|乡|村)$"));
    QString s = name.trimmed();
    static const QRegularExpression space(QStringLiteral("\\s"));
    s.remove(space);
    return s.remove(suffix);
}

std::optional<Area> areaNamed(const QList<Area> &areas, const QString &name)
{
    const QString wanted = stem(name);
    for (const Area &a : areas) {
        if (a.name == name.trimmed() || stem(a.name) == wanted)
            return a;
    }
    return std::nullopt;
}

// "2024-03", "2024-03-01", "2024年3月", "2024/3", "2024.03", "202403" → 2024-03-01.
std::optional<QDate> monthOf(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]?\\s*(\\d{1,2})\\s*(月|[-/.]\\s*\\d{1,2}\\s*日?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// "1740", "1,740.00", "1740元", "￥1740" → fen.
std::optional<Fen> amountOf(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression unit(QStringLiteral("[元￥¥\\s]"));
    t.remove(unit);
    return money::parseYuan(t);
}

struct Row
{
    int number = 0;   // from 1
    QString relation; // its code (relationWords), never empty for a row of a household
    QMap<RosterField, QString> values;
    QString value(RosterField f) const { return values.value(f).trimmed(); }
};

} // namespace

int RosterPlan::persons() const
{
    int n = 0;
    for (const RosterHousehold &h : households)
        n += int(h.household.members.size());
    return n;
}

QJsonObject RosterPlan::toJson() const
{
    QJsonArray list;
    for (const RosterProblem &p : problems)
        list.append(QJsonObject{{QStringLiteral("row"), p.row},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("value"), p.value},
                                {QStringLiteral("reason"), p.reason}});
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("households"), ok() ? int(households.size()) : 0},
            {QStringLiteral("persons"), ok() ? persons() : 0},
            {QStringLiteral("problems"), list}};
}

RosterPlan RosterPlan::read(const Sheet &sheet, const RosterMapping &mapping, const AreaRegistry &areas, const QDate &today)
{
    RosterPlan plan;
    const auto problem = [&](int row, RosterField field, const QString &value, const QString &reason) {
        plan.problems.append({row, mapping.has(field) ? columnLetters(mapping.column(field)) : QString(),
                              RosterMapping::fieldLabel(field), value, reason});
    };
    if (const QStringList missing = mapping.missing(); !missing.isEmpty()) {
        plan.problems.append(
            {mapping.headerRow + 1, {}, {}, {}, tr("The file has no column for: %1.").arg(missing.join(tr(", ")))});
        return plan;
    }

    // The rows, grouped into households: by household number when the file has one, otherwise
    // a head's row starts a household and the rows below it belong to it.
    QList<QList<Row>> groups;
    QHash<QString, int> groupOfKey;
    const bool keyed = mapping.has(RosterField::HouseholdNumber) || mapping.has(RosterField::HeadIdNumber);
    int groupOfPrevious = -1; // the household of the row above
    const auto groupKey = [&](const Row &row) {
        if (const QString number = row.value(RosterField::HouseholdNumber); !number.isEmpty())
            return QStringLiteral("number:") + number;
        if (const QString head = row.value(RosterField::HeadIdNumber); !head.isEmpty())
            return QStringLiteral("head:") + IdNumber::normalize(head);
        return QString();
    };
    for (int r = mapping.headerRow + 1; r < sheet.rows.size(); ++r) {
        Row row;
        row.number = r + 1;
        bool empty = true;
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            const QString v = sheet.cell(r, it.value());
            row.values.insert(it.key(), v);
            empty = empty && v.trimmed().isEmpty();
        }
        if (empty)
            continue;
        ++plan.rows;
        row.relation = relationWords().value(row.value(RosterField::Relation));
        if (row.relation.isEmpty()) {
            problem(row.number, RosterField::Relation, row.value(RosterField::Relation),
                    tr("Not a relation to the head this roster knows (户主, 配偶, 子, 女, 父亲, 孙子 …)."));
            continue;
        }
        // A row without a household number belongs to the household of the row above it (an
        // .xls merged cell keeps its value in its first row only, ADR 0017); without numbers at
        // all, a head's row starts a household.
        if (const QString key = groupKey(row); !key.isEmpty()) {
            if (!groupOfKey.contains(key)) {
                groupOfKey.insert(key, int(groups.size()));
                groups.append(QList<Row>());
            }
            groupOfPrevious = groupOfKey.value(key);
        } else if (row.relation == QLatin1String("head") && !keyed) {
            groupOfPrevious = int(groups.size());
            groups.append(QList<Row>());
        } else if (groupOfPrevious < 0) {
            problem(row.number, RosterField::Relation, row.value(RosterField::Relation),
                    tr("A member's row comes before any head's row: whose household is it?"));
            continue;
        }
        groups[groupOfPrevious].append(row);
    }

    const QList<Area> townships = areas.atLevel(AreaCode::Level::Township);
    QHash<QString, int> rowOfId;   // ID number → the row it first appeared on
    QHash<QString, int> headOnRow; // a head's ID number → the row it heads a household on
    for (const QList<Row> &group : std::as_const(groups)) {
        const Row &first = group.first();
        const int problemsBefore = int(plan.problems.size());
        // The household's fields: the same on each of its rows (merged cells in the file).
        const Row *head = nullptr;
        for (const Row &row : group) {
            if (row.relation == QLatin1String("head")) {
                if (head)
                    problem(row.number, RosterField::Relation, row.value(RosterField::Relation),
                            tr("A second head in the household of row %1.").arg(head->number));
                else
                    head = &row;
            }
        }
        if (!head) {
            problem(first.number, RosterField::Relation, first.value(RosterField::Relation),
                    tr("The household has no head's row."));
            continue;
        }
        const auto sameOnEveryRow = [&](RosterField f) {
            for (const Row &row : group) {
                if (!row.value(f).isEmpty() && row.value(f) != head->value(f))
                    problem(
                        row.number, f, row.value(f),
                        tr("Differs from the head's row %1 (%2): a household has one.").arg(head->number).arg(head->value(f)));
            }
        };
        for (RosterField f : {RosterField::Township, RosterField::Village, RosterField::HeadName, RosterField::Programme,
                              RosterField::MonthlyAmount, RosterField::StartMonth})
            sameOnEveryRow(f);
        if (const QString named = head->value(RosterField::HeadName);
            !named.isEmpty() && named != head->value(RosterField::MemberName))
            problem(head->number, RosterField::HeadName, named,
                    tr("The head's name differs from the name on the head's own row (%1).")
                        .arg(head->value(RosterField::MemberName)));

        const std::optional<Area> township = areaNamed(townships, head->value(RosterField::Township));
        const std::optional<Area> village =
            township ? areaNamed(areas.children(township->code), head->value(RosterField::Village)) : std::nullopt;
        if (!township)
            problem(head->number, RosterField::Township, head->value(RosterField::Township),
                    tr("No township of this name in the county."));
        else if (!village)
            problem(head->number, RosterField::Village, head->value(RosterField::Village),
                    tr("No village of this name in %1.").arg(township->name));

        const auto programme = programmeWords().constFind(head->value(RosterField::Programme));
        if (programme == programmeWords().cend())
            problem(head->number, RosterField::Programme, head->value(RosterField::Programme),
                    tr("Not a monthly programme (低保 or 特困); 临时救助 is paid once and is not carried over."));
        const std::optional<Fen> amount = amountOf(head->value(RosterField::MonthlyAmount));
        if (!amount || *amount <= 0 || *amount > money::kMaxFen)
            problem(head->number, RosterField::MonthlyAmount, head->value(RosterField::MonthlyAmount),
                    tr("Not an amount of money in yuan (for example 870 or 870.50)."));
        const std::optional<QDate> since = monthOf(head->value(RosterField::StartMonth));
        if (!since)
            problem(head->number, RosterField::StartMonth, head->value(RosterField::StartMonth),
                    tr("Not a month (for example 2024-03 or 2024年3月)."));
        else if (*since > today)
            problem(head->number, RosterField::StartMonth, head->value(RosterField::StartMonth),
                    tr("A month still to come: the roster lists what is paid now."));

        QJsonArray members;
        QJsonArray incomes;
        for (const Row &row : group) {
            const QString id = row.value(RosterField::IdNumber);
            const Result<IdNumber::Info> info = IdNumber::parse(id);
            if (!info) {
                problem(row.number, RosterField::IdNumber, id, info.error().message());
                continue;
            }
            if (info->birthDate > today)
                problem(row.number, RosterField::IdNumber, id, tr("The birth date in the ID number is still to come."));
            if (&row == head && since && *since < QDate(info->birthDate.year(), info->birthDate.month(), 1))
                problem(row.number, RosterField::StartMonth, head->value(RosterField::StartMonth),
                        tr("Paid since before the head was born (%1).").arg(info->birthDate.toString(Qt::ISODate)));
            if (&row == head && !row.value(RosterField::HeadIdNumber).isEmpty() &&
                IdNumber::normalize(row.value(RosterField::HeadIdNumber)) != info->number)
                problem(row.number, RosterField::HeadIdNumber, row.value(RosterField::HeadIdNumber),
                        tr("The head's ID number differs from the ID number on the head's own row (%1).").arg(info->number));
            if (&row == head && headOnRow.contains(info->number)) {
                problem(
                    row.number, RosterField::IdNumber, id,
                    tr("This household is in the file twice: the same head is on row %1.").arg(headOnRow.value(info->number)));
                continue;
            }
            if (rowOfId.contains(info->number)) {
                problem(row.number, RosterField::IdNumber, id,
                        tr("The same person is already on row %1.").arg(rowOfId.value(info->number)));
                continue;
            }
            rowOfId.insert(info->number, row.number);
            if (row.value(RosterField::MemberName).isEmpty())
                problem(row.number, RosterField::MemberName, {}, tr("The member's name is missing."));
            QJsonObject member{{QStringLiteral("name"), row.value(RosterField::MemberName)},
                               {QStringLiteral("id_number"), info->number},
                               {QStringLiteral("relation"), row.relation}};
            if (!row.value(RosterField::Phone).isEmpty())
                member.insert(QStringLiteral("phone"), row.value(RosterField::Phone));
            members.append(member);
            if (const QString text = row.value(RosterField::MonthlyIncome); !text.isEmpty()) {
                const std::optional<Fen> income = amountOf(text);
                if (!income || *income < 0 || *income > money::kMaxFen / 12)
                    problem(row.number, RosterField::MonthlyIncome, text,
                            tr("Not an amount of money in yuan (for example 870 or 870.50)."));
                else if (*income > 0)
                    incomes.append(QJsonObject{{QStringLiteral("member"), int(members.size()) - 1},
                                               {QStringLiteral("kind"), QStringLiteral("other")},
                                               {QStringLiteral("annual_fen"), double(*income * 12)}});
            }
            if (&row == head)
                headOnRow.insert(info->number, row.number);
        }
        if (plan.problems.size() > problemsBefore || !village)
            continue;

        const bool urban = village->name.endsWith(QStringLiteral("居委会")) ||
                           village->name.endsWith(QStringLiteral("居民委员会")) || village->name.endsWith(QStringLiteral("社区"));
        QJsonObject json{{QStringLiteral("area_code"), village->code},
                         {QStringLiteral("registration"), urban ? QStringLiteral("urban") : QStringLiteral("rural")},
                         {QStringLiteral("address"), head->value(RosterField::Address).isEmpty()
                                                         ? township->name + village->name
                                                         : head->value(RosterField::Address)},
                         {QStringLiteral("members"), members},
                         {QStringLiteral("incomes"), incomes}};
        QList<FieldError> errors;
        Result<Household> household = Household::fromJson(json, &errors);
        if (!household) {
            for (const FieldError &e : std::as_const(errors))
                plan.problems.append({first.number, {}, {}, {}, e.message});
            if (errors.isEmpty())
                plan.problems.append({first.number, {}, {}, {}, household.error().message()});
            continue;
        }
        RosterHousehold h;
        h.household = std::move(household).value();
        h.programme = *programme;
        h.monthlyFen = *amount;
        h.since = *since;
        for (const Row &row : group)
            h.rows.append(row.number);
        plan.households.append(std::move(h));
    }
    if (plan.rows == 0)
        plan.problems.append({mapping.headerRow + 2, {}, {}, {}, tr("There are no rows below the headers.")});
    std::sort(plan.problems.begin(), plan.problems.end(),
              [](const RosterProblem &a, const RosterProblem &b) { return a.row < b.row; });
    return plan;
}

} // namespace doudi::core
