#include "services/monthlyreport.h"

#include "identity/areacode.h"
#include "services/coveredpeople.h"

#include <QJsonArray>

namespace doudi::core {

namespace {
constexpr int kElderlyAge = 60;
constexpr int kAdultAge = 18;

using PersonTest = bool (*)(const Person &, const QDate &);
struct Category
{
    const char *key;
    PersonTest test;
};
// The categories of people the 月报 counts (DOMAIN §1, 分类施保).
const Category kCategories[] = {
    {"elderly", [](const Person &p, const QDate &d) { return p.birthDate.isValid() && p.ageAt(d) >= kElderlyAge; }},
    {"minor", [](const Person &p, const QDate &d) { return p.birthDate.isValid() && p.ageAt(d) < kAdultAge; }},
    {"severe_disability",
     [](const Person &p, const QDate &) {
         return p.disability != Disability::None && p.disabilityGrade >= 1 && p.disabilityGrade <= 2;
     }},
    {"serious_illness", [](const Person &p, const QDate &) { return p.health == Health::Serious; }},
};

QString key(const QString &a, const QString &b)
{
    return a + u'.' + b;
}

bool inMonth(const QDate &d, const QDate &month)
{
    return d.isValid() && d >= month && d < month.addMonths(1);
}

// The care level a 特困 decision gave a person, else their self-care assessment's.
QString careLevelOf(const Case &c, const Person &p)
{
    for (const QJsonValue &v : c.decisionAssessment.value(QStringLiteral("extreme_poverty")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("person_id")).toString() == p.meta.id &&
            !o.value(QStringLiteral("care_level")).toString().isEmpty())
            return o.value(QStringLiteral("care_level")).toString();
    }
    return p.selfCareFailed ? p.careLevel() : QStringLiteral("unassessed");
}

// A new amount from the month on (a review's change, a re-rating).
bool amountChangedIn(const Case &c, const QDate &month)
{
    return std::any_of(c.amounts.cbegin(), c.amounts.cend(),
                       [&](const CaseAmount &a) { return a.reason != QLatin1String("decision") && inMonth(a.from, month); });
}

// The day 先行救助 was paid, if it was.
QDate paidFirstOn(const Case &c)
{
    for (const CaseHistory &h : c.history) {
        if (h.event == QLatin1String("pay_first"))
            return h.at.toLocalTime().date();
    }
    return {};
}
} // namespace

const QList<ReportMeasure> &MonthlyReport::measures()
{
    static const QList<ReportMeasure> all = {
        {"dibao", "programme", QT_TR_NOOP("Dibao"), true, true, false},
        {"tekun", "programme", QT_TR_NOOP("Extreme poverty"), true, true, false},
        {"dibao.elderly", "categories", QT_TR_NOOP("Dibao: elderly"), false, true, false},
        {"dibao.minor", "categories", QT_TR_NOOP("Dibao: minors"), false, true, false},
        {"dibao.severe_disability", "categories", QT_TR_NOOP("Dibao: severely disabled"), false, true, false},
        {"dibao.serious_illness", "categories", QT_TR_NOOP("Dibao: seriously ill"), false, true, false},
        {"tekun.elderly", "categories", QT_TR_NOOP("Extreme poverty: elderly"), false, true, false},
        {"tekun.minor", "categories", QT_TR_NOOP("Extreme poverty: minors"), false, true, false},
        {"tekun.severe_disability", "categories", QT_TR_NOOP("Extreme poverty: severely disabled"), false, true, false},
        {"tekun.serious_illness", "categories", QT_TR_NOOP("Extreme poverty: seriously ill"), false, true, false},
        {"new.dibao", "changes", QT_TR_NOOP("Dibao: new"), true, true, false},
        {"new.tekun", "changes", QT_TR_NOOP("Extreme poverty: new"), true, true, false},
        {"stopped.dibao", "changes", QT_TR_NOOP("Dibao: stopped"), false, true, false},
        {"stopped.tekun", "changes", QT_TR_NOOP("Extreme poverty: stopped"), false, true, false},
        {"changed.dibao", "changes", QT_TR_NOOP("Dibao: amount changed"), true, false, false},
        {"changed.tekun", "changes", QT_TR_NOOP("Extreme poverty: amount changed"), true, false, false},
        {"temporary.temporary_urgent", "temporary", QT_TR_NOOP("Temporary assistance: urgent"), true, false, true},
        {"temporary.temporary_expenditure", "temporary", QT_TR_NOOP("Temporary assistance: expenditure"), true, false, true},
        {"tekun.care.self", "care", QT_TR_NOOP("Extreme poverty: self-caring"), false, true, false},
        {"tekun.care.partial", "care", QT_TR_NOOP("Extreme poverty: partly dependent"), false, true, false},
        {"tekun.care.full", "care", QT_TR_NOOP("Extreme poverty: fully dependent"), false, true, false},
        {"tekun.care.unassessed", "care", QT_TR_NOOP("Extreme poverty: care level not assessed"), false, true, false},
    };
    return all;
}

QString MonthlyReport::sectionLabel(const char *section)
{
    static const QHash<QByteArray, const char *> labels = {
        {"programme", QT_TR_NOOP("Households and persons covered, and the amounts paid")},
        {"categories", QT_TR_NOOP("People covered, by category")},
        {"changes", QT_TR_NOOP("New, stopped and changed in the month")},
        {"temporary", QT_TR_NOOP("Temporary assistance, by type")},
        {"care", QT_TR_NOOP("Extreme poverty, by care level")},
    };
    return tr(labels.value(section));
}

QString MonthlyReport::measureLabel(const ReportMeasure &m)
{
    return tr(m.label);
}

const ReportMeasure *MonthlyReport::measure(const QString &key)
{
    for (const ReportMeasure &m : measures()) {
        if (QLatin1String(m.key) == key)
            return &m;
    }
    return nullptr;
}

MonthlyReport MonthlyReport::build(const QDate &month, const QString &scope, const QList<Case> &cases,
                                   const QHash<QString, Household> &households, const AreaRegistry &registry)
{
    MonthlyReport r;
    r.month = QDate(month.year(), month.month(), 1);
    r.scope = AreaCode::toTwelve(scope);
    const QString scopePrefix = AreaCode::prefix(r.scope);
    QHash<QString, int> rowOf;
    const auto addArea = [&](const QString &code, int depth) {
        rowOf.insert(code, int(r.areas.size()));
        r.areas.append({code, registry.name(code), depth, {}});
    };
    addArea(r.scope, 0);
    QList<Area> below;
    for (const AreaCode::Level level : {AreaCode::Level::Township, AreaCode::Level::Village}) {
        for (const Area &a : registry.atLevel(level)) {
            if (a.code != r.scope && a.code.startsWith(scopePrefix))
                below << a;
        }
    }
    std::sort(below.begin(), below.end(), [](const Area &a, const Area &b) { return a.code < b.code; });
    for (const Area &a : std::as_const(below))
        addArea(a.code, a.level == AreaCode::Level::Township ? 1 : 2);
    // Where a household's figures go: the scope, its township and its village.
    const auto rowsFor = [&](const QString &village) {
        QList<int> rows{0};
        for (const QString &code : {village.left(9) + QStringLiteral("000"), village}) {
            if (rowOf.contains(code) && rowOf.value(code) != 0)
                rows << rowOf.value(code);
        }
        return rows;
    };

    // The 特困 people of each household (a 低保 case of the same household does not pay for them).
    const QHash<QString, QSet<QString>> extremePoor = CoveredPeople::extremePoor(cases, households, r.month);

    for (const Case &c : cases) {
        if (!c.areaCode.startsWith(scopePrefix) || !households.contains(c.householdId))
            continue;
        const Household &h = households.value(c.householdId);
        const QList<int> rows = rowsFor(c.areaCode);
        const auto add = [&](const QString &measureKey, int people, Fen fen, int newCases = 1) {
            for (int row : rows)
                r.areas[row].figures[measureKey].add(c.householdId, people, fen, newCases);
        };
        const QString programme = Case::programmeCode(c.programme);
        if (Case::isTemporary(c.programme)) {
            // Counted once, in the month money first went out; the rest of a decided amount in
            // the month of the decision.
            const QString measure = key(QStringLiteral("temporary"), programme);
            const QDate first = paidFirstOn(c);
            if (first.isValid() && inMonth(first, r.month))
                add(measure, 0, c.paidFirstFen);
            const bool decided = c.state == CaseState::Approved || c.state == CaseState::Completed;
            if (decided && inMonth(c.decidedOn, r.month))
                add(measure, 0, c.monthlyFen - (first.isValid() ? c.paidFirstFen : 0), first.isValid() ? 0 : 1);
            continue;
        }
        if (!Case::isMonthly(c.programme))
            continue;
        const QList<Person> covered = CoveredPeople::of(c, h, extremePoor.value(c.householdId));
        if ((c.state == CaseState::Stopped || c.state == CaseState::Terminated) && inMonth(c.decidedOn, r.month))
            add(key(QStringLiteral("stopped"), programme), int(covered.size()), 0);
        const Fen paid = c.paidForMonth(r.month);
        if (paid == 0)
            continue;
        add(programme, int(covered.size()), paid);
        if (inMonth(c.entitlementStart, r.month))
            add(key(QStringLiteral("new"), programme), int(covered.size()), paid);
        if (amountChangedIn(c, r.month))
            add(key(QStringLiteral("changed"), programme), 0, paid);
        for (const Category &category : kCategories) {
            const int n =
                int(std::count_if(covered.cbegin(), covered.cend(), [&](const Person &p) { return category.test(p, r.month); }));
            if (n > 0)
                add(key(programme, QLatin1String(category.key)), n, 0);
        }
        if (c.programme == CaseProgramme::Tekun) {
            for (const Person &p : covered)
                add(QStringLiteral("tekun.care.") + careLevelOf(c, p), 1, 0);
        }
    }
    return r;
}

QJsonObject MonthlyReport::toJson() const
{
    QJsonArray list;
    for (const ReportArea &a : areas) {
        QJsonObject figures;
        for (const ReportMeasure &m : measures()) {
            const ReportFigure f = a.figure(QLatin1String(m.key));
            figures.insert(QLatin1String(m.key), QJsonObject{{QStringLiteral("households"), f.households()},
                                                             {QStringLiteral("cases"), f.cases},
                                                             {QStringLiteral("persons"), f.persons},
                                                             {QStringLiteral("fen"), double(f.fen)}});
        }
        list.append(QJsonObject{{QStringLiteral("code"), a.code},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("depth"), a.depth},
                                {QStringLiteral("figures"), figures}});
    }
    return {{QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("areas"), list}};
}

QList<ReportArea> MonthlyReport::parts() const
{
    QList<ReportArea> out;
    for (int depth : {1, 2}) {
        for (const ReportArea &a : areas) {
            if (a.depth == depth)
                out << a;
        }
        if (!out.isEmpty())
            break;
    }
    return out;
}

BarChartData MonthlyReport::chart() const
{
    BarChartData c;
    c.title = tr("Amounts paid for %1, by area (yuan)").arg(month.toString(QStringLiteral("yyyy-MM")));
    c.series = {{tr("Dibao"), QColor(0x2f, 0x6f, 0xb0), {}}, {tr("Extreme poverty"), QColor(0xc0, 0x50, 0x4d), {}}};
    // The areas that were paid most, at most kChartRows of them, so that a township of sixty
    // villages still fits half a page (the table has every area).
    QList<ReportArea> shown = parts();
    const auto paid = [](const ReportArea &a) {
        return a.figure(QStringLiteral("dibao")).fen + a.figure(QStringLiteral("tekun")).fen;
    };
    std::stable_sort(shown.begin(), shown.end(), [&](const ReportArea &a, const ReportArea &b) { return paid(a) > paid(b); });
    constexpr int kChartRows = 12;
    if (shown.size() > kChartRows) {
        c.title = tr("Amounts paid for %1 in the %2 areas paid most, of %3 (yuan)")
                      .arg(month.toString(QStringLiteral("yyyy-MM")))
                      .arg(kChartRows)
                      .arg(shown.size());
        shown = shown.mid(0, kChartRows);
    }
    for (const ReportArea &a : std::as_const(shown)) {
        c.labels << a.name;
        c.series[0].values << double(a.figure(QStringLiteral("dibao")).fen) / 100.0;
        c.series[1].values << double(a.figure(QStringLiteral("tekun")).fen) / 100.0;
    }
    c.format = [](double yuan) { return QString::number(yuan, 'f', 2); };
    return c;
}

OutputSheet MonthlyReport::sheet() const
{
    OutputSheet s;
    s.name = tr("Monthly report %1").arg(month.toString(QStringLiteral("yyyy-MM")));
    s.title = tr("%1: social assistance report for %2-%3")
                  .arg(areas.isEmpty() ? QString() : total().name)
                  .arg(month.year())
                  .arg(month.month());
    s.columns << OutputColumn{tr("Area code"), OutputColumn::Kind::Text, 14}
              << OutputColumn{tr("Area"), OutputColumn::Kind::Text, 16};
    for (const ReportMeasure &m : measures()) {
        s.columns << OutputColumn{(m.cases ? tr("%1 cases") : tr("%1 households")).arg(measureLabel(m)),
                                  OutputColumn::Kind::Integer, 10};
        if (m.persons)
            s.columns << OutputColumn{tr("%1 persons").arg(measureLabel(m)), OutputColumn::Kind::Integer, 10};
        if (m.money)
            s.columns << OutputColumn{tr("%1 yuan").arg(measureLabel(m)), OutputColumn::Kind::Yuan, 12};
    }
    for (const ReportArea &a : areas) {
        QVariantList row{a.code, QString(a.depth * 2, u' ') + a.name};
        for (const ReportMeasure &m : measures()) {
            const ReportFigure f = a.figure(QLatin1String(m.key));
            row << (m.cases ? f.cases : f.households());
            if (m.persons)
                row << f.persons;
            if (m.money)
                row << qint64(f.fen);
        }
        s.rows << row;
    }
    return s;
}

} // namespace doudi::core
