#include "policy/assessor.h"

#include <QFile>
#include <QTest>

using namespace doudi::core;

// Worked cases: every expected figure below was computed by hand from the test policy
// (tests/data/policy/assessment-test.json) before the code ran. Standards: urban 924.00 and
// rural 801.00 yuan until 2025-12-31, then 960.00 and 840.00. Unless a case says otherwise
// it is assessed on 2025-06-01 in 大张庄镇 (370323106001), which pays the gap (补差).
namespace {
const QDate kDay(2025, 6, 1);
const QString kGap = QStringLiteral("370323106001");
const QString kTiers = QStringLiteral("370323102001");     // 鲁村镇: 分档
const QString kDeduction = QStringLiteral("370323104001"); // 悦庄镇: 100.00 employment cost
const QString kYuanUp = QStringLiteral("370323105001");    // 西里镇: whole yuan up
const QString kHalfTaper = QStringLiteral("370323107001"); // 中庄镇: taper at half
const QString kMinimum = QStringLiteral("370323108001");   // 石桥镇: at least 10.00 a month

struct Member
{
    Relation relation = Relation::Head;
    int age = 45;
    int daysAfterBirthday = 10; // 0: the birthday is the assessment day
    Employment employment = Employment::Unemployed;
    Disability disability = Disability::None;
    int grade = 0;
    Health health = Health::Healthy;
    Schooling schooling = Schooling::None;
    Exclusion exclusion = Exclusion::None;
    std::optional<int> selfCareFailed;
};

class Builder
{
public:
    explicit Builder(QString area = kGap, Registration reg = Registration::Urban, QDate day = kDay) : m_day(day)
    {
        h.areaCode = std::move(area);
        h.registration = reg;
    }
    Builder &member(Member m)
    {
        Person p;
        p.meta.id = QStringLiteral("p%1").arg(h.members.size());
        p.name = QStringLiteral("成员%1").arg(h.members.size() + 1);
        p.relation = h.members.isEmpty() ? Relation::Head : m.relation == Relation::Head ? Relation::Spouse : m.relation;
        p.birthDate = m_day.addYears(-m.age).addDays(-m.daysAfterBirthday);
        p.employment = m.employment;
        p.disability = m.disability;
        p.disabilityGrade = m.grade;
        p.health = m.health;
        p.schooling = m.schooling;
        p.exclusion = m.exclusion;
        if (m.selfCareFailed)
            p.selfCareFailed = Person::selfCareItems().mid(0, *m.selfCareFailed);
        h.members << p;
        return *this;
    }
    Builder &income(int member, IncomeKind kind, Fen annual)
    {
        Income i;
        i.personId = h.members.at(member).meta.id;
        i.kind = kind;
        i.annualFen = annual;
        h.incomes << i;
        return *this;
    }
    Builder &asset(AssetKind kind, Fen value, int quantity = 1)
    {
        Asset a;
        a.kind = kind;
        a.valueFen = value;
        a.quantity = quantity;
        h.assets << a;
        return *this;
    }
    Builder &expenditure(Fen annual)
    {
        Expenditure e;
        e.kind = ExpenditureKind::Medical;
        e.annualFen = annual;
        h.expenditures << e;
        return *this;
    }
    Builder &obligor(ObligorCapacity capacity)
    {
        Obligor o;
        o.name = QStringLiteral("义务人%1").arg(h.obligors.size() + 1);
        o.capacity = capacity;
        h.obligors << o;
        return *this;
    }
    Household h;

private:
    QDate m_day;
};

struct Worked
{
    const char *name;
    Household household;
    Programme programme;
    Fen monthly;
    int covered;
    QDate day = kDay;
    AssessOptions options = {};
    QStringList reasons = {};
};

Member m(int age)
{
    Member x;
    x.age = age;
    return x;
}
Member worker(int age)
{
    Member x;
    x.age = age;
    x.employment = Employment::Employed;
    return x;
}
Member disabled(int age, Disability d, int grade)
{
    Member x;
    x.age = age;
    x.disability = d;
    x.grade = grade;
    return x;
}
Member ill(int age)
{
    Member x;
    x.age = age;
    x.health = Health::Serious;
    return x;
}
Member careFailed(int age, int failed)
{
    Member x;
    x.age = age;
    x.selfCareFailed = failed;
    return x;
}
Member birthdayToday(int age)
{
    Member x;
    x.age = age;
    x.daysAfterBirthday = 0;
    return x;
}
Member birthdayTomorrow(int age)
{
    Member x;
    x.age = age - 1;
    x.daysAfterBirthday = -1;
    x.daysAfterBirthday = 364;
    return x;
}
Member excluded(int age, Exclusion e)
{
    Member x;
    x.age = age;
    x.exclusion = e;
    return x;
}
Member child(int age)
{
    Member x;
    x.age = age;
    x.relation = Relation::Child;
    return x;
}
Member relative(int age, Relation r)
{
    Member x;
    x.age = age;
    x.relation = r;
    return x;
}
// Born this many days after the assessment day.
Member unborn(int days)
{
    Member x;
    x.age = 0;
    x.daysAfterBirthday = -days;
    x.relation = Relation::Child;
    return x;
}
Member student(int age, Schooling s)
{
    Member x;
    x.age = age;
    x.schooling = s;
    x.employment = Employment::Student;
    return x;
}

QList<Worked> cases()
{
    using P = Programme;
    using K = IncomeKind;
    QList<Worked> c;
    AssessOptions supportedNow;
    supportedNow.extremePovertyNow = {QStringLiteral("p0")};
    // --- 低保, 补差 (gap): standard × n − household monthly income ---
    c.append({"single adult, no income: 924.00", Builder().member(m(45)).h, P::Dibao, 92400, 1});
    c.append({"couple, wages 6000/yr: 1848.00 − 500.00", Builder().member(m(40)).member(m(38)).income(0, K::Wages, 600000).h,
              P::Dibao, 134800, 2});
    c.append({"family of four, business 30000/yr: 3696.00 − 2500.00",
              Builder().member(m(45)).member(m(43)).member(m(20)).member(m(19)).income(0, K::Business, 3000000).h, P::Dibao,
              119600, 4});
    c.append({"rural family of three, wages 12000/yr: 2403.00 − 1000.00",
              Builder(kGap, Registration::Rural).member(m(50)).member(m(48)).member(m(22)).income(0, K::Wages, 1200000).h,
              P::Dibao, 140300, 3});
    c.append({"per capita exactly at the standard is not below it: near-dibao",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 2217600).h, P::Edge, 0, 0});
    c.append({"one fen a year below the standard: dibao of 1/12 fen, paid as 0.00",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 2217599).h, P::Dibao, 0, 2});
    c.append({"basic pension is not counted: same as wages alone",
              Builder().member(m(50)).member(m(50)).income(0, K::Wages, 600000).income(1, K::BasicPension, 240000).h, P::Dibao,
              134800, 2});
    c.append({"scholarship and assistance payments are not counted",
              Builder().member(m(45)).member(m(16)).income(1, K::Scholarship, 300000).income(0, K::AssistancePayment, 500000).h,
              P::Dibao, 184800 + 5000, 2});
    c.append({"a prisoner is not counted, nor is their income",
              Builder().member(m(40)).member(excluded(40, Exclusion::Prison)).income(1, K::Wages, 1000000).h, P::Dibao, 92400,
              1});
    c.append({"missing and religious staff away are not counted",
              Builder().member(m(45)).member(excluded(40, Exclusion::Missing)).member(excluded(30, Exclusion::ReligiousAway)).h,
              P::Dibao, 92400, 1});
    c.append({"household income not tied to a member is counted",
              [] {
                  Builder b;
                  b.member(m(40)).member(m(40));
                  Income i;
                  i.kind = IncomeKind::Property;
                  i.annualFen = 1200000;
                  b.h.incomes << i;
                  return b.h;
              }(),
              P::Dibao, 84800, 2});
    // --- Assets ---
    c.append({"deposit exactly 24 months of the standard is within the limit",
              Builder().member(m(45)).asset(AssetKind::Deposit, 2217600).h, P::Dibao, 92400, 1});
    c.append({"deposit one fen over 24 months: refused for assets",
              Builder().member(m(45)).asset(AssetKind::Deposit, 2217601).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"deposits and securities add up per person",
              Builder().member(m(45)).member(m(45)).asset(AssetKind::Deposit, 3000000).asset(AssetKind::Securities, 1435201).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"two dwellings: refused for assets",
              Builder().member(m(45)).asset(AssetKind::RealEstate, 0, 2).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append(
        {"one dwelling is allowed", Builder().member(m(45)).asset(AssetKind::RealEstate, 20000000, 1).h, P::Dibao, 92400, 1});
    c.append({"a motor vehicle: refused for assets",
              Builder().member(m(45)).asset(AssetKind::Vehicle, 3000000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"income and assets both over",
              Builder().member(m(45)).income(0, K::Wages, 5000000).asset(AssetKind::Vehicle, 3000000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard"), QStringLiteral("assets_over_limit")}});
    // --- 低保边缘 and 刚性支出困难 ---
    c.append({"per capita 1000.00: above the standard, below 1.5 × 924 = 1386: near-dibao",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 2400000).h, P::Edge, 0, 0});
    c.append({"per capita exactly 1386.00 is not below the near-dibao line",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 3326400).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard")}});
    c.append({"rigid: medical 20000 > half of income 36000, per capita 18000 < 42000",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 3600000).expenditure(2000000).h, P::Rigid, 0, 0});
    c.append({"rigid: medical exactly half of income is not above the line",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 3600000).expenditure(1800000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard")}});
    c.append({"rigid: per capita exactly at last year's disposable income is not below it",
              Builder().member(m(40)).member(m(40)).income(0, K::Wages, 8400000).expenditure(5000000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard")}});
    // --- 分类施保 top-ups: the largest per person, not stacked ---
    c.append({"elderly couple: 1848.00 + 2 × 92.40", Builder().member(m(65)).member(m(62)).h, P::Dibao, 203280, 2});
    c.append({"a child of ten: 1848.00 + 50.00", Builder().member(m(40)).member(m(10)).h, P::Dibao, 189800, 2});
    c.append({"elderly and severely disabled, with a son who can support: the larger top-up (184.80) only",
              Builder().member(disabled(70, Disability::Physical, 2)).member(child(45)).h, P::Dibao, 203280, 2});
    c.append({"serious illness, income 12000/yr: 848.00 + 184.80",
              Builder().member(ill(50)).member(m(48)).income(1, K::Wages, 1200000).h, P::Dibao, 103280, 2});
    c.append({"intellectual disability grade 3 counts as severe",
              Builder().member(disabled(40, Disability::Intellectual, 3)).member(m(40)).h, P::Dibao, 203280, 2});
    c.append({"visual disability grade 3 is not severe: no top-up",
              Builder().member(disabled(40, Disability::Visual, 3)).member(m(40)).h, P::Dibao, 184800, 2});
    c.append({"a minor turning 18 today gets no minor top-up", Builder().member(m(45)).member(birthdayToday(18)).h, P::Dibao,
              184800, 2});
    c.append({"a minor turning 18 tomorrow still gets it", Builder().member(m(45)).member(birthdayTomorrow(18)).h, P::Dibao,
              189800, 2});
    // --- Rounding, once, at the end ---
    c.append({"income 100.01 yuan/yr: 924.00 − 8.334… = 915.6658… → 915.67", Builder().member(m(30)).income(0, K::Wages, 10001).h,
              P::Dibao, 91567, 1});
    c.append({"same in a whole-yuan-up township: 916.00", Builder(kYuanUp).member(m(30)).income(0, K::Wages, 10001).h, P::Dibao,
              91600, 1});
    c.append({"whole yuan up leaves a whole amount alone", Builder(kYuanUp).member(m(30)).h, P::Dibao, 92400, 1});
    c.append(
        {"exactly half a fen rounds up: 923.995 → 924.00", Builder().member(m(30)).income(0, K::Wages, 6).h, P::Dibao, 92400, 1});
    c.append({"three people, 10000.00/yr: 2772.00 − 833.333… = 1938.666… → 1938.67",
              Builder().member(m(40)).member(m(40)).member(m(20)).income(0, K::Wages, 1000000).h, P::Dibao, 193867, 3});
    // --- 分档 (tiers) in 鲁村镇 ---
    c.append({"tiers: no income → below 300: 600.00", Builder(kTiers).member(m(45)).h, P::Dibao, 60000, 1});
    c.append({"tiers: per capita 299.99 → 600.00 each", Builder(kTiers).member(m(40)).member(m(40)).income(0, K::Wages, 719976).h,
              P::Dibao, 120000, 2});
    c.append({"tiers: per capita exactly 300.00 → next tier, 400.00 each",
              Builder(kTiers).member(m(40)).member(m(40)).income(0, K::Wages, 720000).h, P::Dibao, 80000, 2});
    c.append({"tiers: per capita 800.00 → 200.00 each",
              Builder(kTiers).member(m(40)).member(m(40)).income(0, K::Wages, 1920000).h, P::Dibao, 40000, 2});
    c.append(
        {"tiers plus elderly top-ups: 1200.00 + 184.80", Builder(kTiers).member(m(65)).member(m(65)).h, P::Dibao, 138480, 2});
    // --- 特困: 1.3 × 924.00 = 1201.20 basic, plus care ---
    c.append({"alone at 75, self-care not assessed: 1201.20 + 200.00", Builder().member(m(75)).h, P::Tekun, 140120, 1});
    c.append({"alone at 75, two items failed (partial): 1201.20 + 600.00", Builder().member(careFailed(75, 2)).h, P::Tekun,
              180120, 1});
    c.append({"alone at 75, three items failed is still partial", Builder().member(careFailed(75, 3)).h, P::Tekun, 180120, 1});
    c.append(
        {"alone at 75, four items failed (full): 1201.20 + 1200.00", Builder().member(careFailed(75, 4)).h, P::Tekun, 240120, 1});
    c.append({"alone at 75, all six failed", Builder().member(careFailed(75, 6)).h, P::Tekun, 240120, 1});
    c.append({"alone at 75, all achieved: self-caring", Builder().member(careFailed(75, 0)).h, P::Tekun, 140120, 1});
    c.append({"alone at 75 with a child able to support: dibao 924.00 + 92.40",
              Builder().member(m(75)).obligor(ObligorCapacity::Able).h, P::Dibao, 101640, 1});
    c.append({"alone at 75, the child is on dibao and over 60: 特困",
              Builder().member(m(75)).obligor(ObligorCapacity::DibaoElderly).h, P::Tekun, 140120, 1});
    c.append({"two obligors, one able: not 特困",
              Builder().member(m(75)).obligor(ObligorCapacity::Imprisoned).obligor(ObligorCapacity::Able).h, P::Dibao, 101640,
              1});
    c.append({"an orphan of 17 with no obligors: 特困", Builder().member(m(17)).h, P::Tekun, 140120, 1});
    c.append({"turning 18 today, not in school: no longer unable to work → dibao", Builder().member(birthdayToday(18)).h,
              P::Dibao, 92400, 1});
    c.append({"20 and at university: not newly recognised (43号 第十条) → dibao 924.00",
              Builder().member(student(20, Schooling::Higher)).h, P::Dibao, 92400, 1});
    c.append({"19 in compulsory schooling, not supported before: not newly recognised → dibao 924.00",
              Builder().member(student(19, Schooling::Compulsory)).h, P::Dibao, 92400, 1});
    c.append({"19 in compulsory schooling, supported since a minor: continues 1201.20 + 200.00",
              Builder().member(student(19, Schooling::Compulsory)).h, P::Tekun, 140120, 1, kDay, supportedNow});
    c.append({"19 at a secondary vocational school (高中/中职), supported since a minor: continues",
              Builder().member(student(19, Schooling::HighSchool)).h, P::Tekun, 140120, 1, kDay, supportedNow});
    c.append({"26 at senior high school, supported since a minor: no age cap, continues",
              Builder().member(student(26, Schooling::HighSchool)).h, P::Tekun, 140120, 1, kDay, supportedNow});
    c.append({"19 at university, supported since a minor: not continued at university → dibao 924.00",
              Builder().member(student(19, Schooling::Higher)).h, P::Dibao, 92400, 1, kDay, supportedNow});
    c.append({"the day before the 60th birthday: dibao", Builder().member(birthdayTomorrow(60)).h, P::Dibao, 92400, 1});
    c.append({"the 60th birthday itself: 特困", Builder().member(birthdayToday(60)).h, P::Tekun, 140120, 1});
    c.append({"physical disability grade 1 at 45: 特困", Builder().member(disabled(45, Disability::Physical, 1)).h, P::Tekun,
              140120, 1});
    c.append({"visual disability grade 2 at 45: dibao with severe top-up 924.00 + 184.80",
              Builder().member(disabled(45, Disability::Visual, 2)).h, P::Dibao, 110880, 1});
    c.append({"alone at 75 with only a basic pension (not counted): 特困",
              Builder().member(m(75)).income(0, K::BasicPension, 240000).h, P::Tekun, 140120, 1});
    c.append({"alone at 75 with a pension of 1000.00 a month: a source of income → near-dibao",
              Builder().member(m(75)).income(0, K::Pension, 1200000).h, P::Edge, 0, 0});
    c.append({"alone at 75 with 25 months of the standard in deposits: refused",
              Builder().member(m(75)).asset(AssetKind::Deposit, 2310000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"rural, alone at 75: 1.3 × 801.00 = 1041.30 + 200.00", Builder(kGap, Registration::Rural).member(m(75)).h, P::Tekun,
              124130, 1});
    // --- 特困 is judged person by person (43号 第五条, 第八条) ---
    c.append({"a couple of 75 and 72, no income, no children: neither can support the other (≥ 70, low income): 2 × 1401.20",
              Builder().member(m(75)).member(m(72)).h, P::Tekun, 280240, 2});
    c.append({"a couple of 75 and 65: the 75-year-old cannot support, so the 65-year-old is 特困, and then so is the "
              "75-year-old: 2 × 1401.20",
              Builder().member(m(75)).member(m(65)).h, P::Tekun, 280240, 2});
    c.append({"a couple of 75 and 72 whose son outside can support: dibao 1848.00 + 2 × 92.40",
              Builder().member(m(75)).member(m(72)).obligor(ObligorCapacity::Able).h, P::Dibao, 203280, 2});
    c.append({"a couple of 75 and 72, the wife earning 4000.00 a month (not below 42000.00 a year): she can support him; per "
              "capita 2000.00: nothing",
              Builder().member(m(75)).member(m(72)).income(1, K::Wages, 4800000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard")}});
    c.append({"a grandmother of 72 and her grandson of 10, the parents gone: both 特困: 2 × 1401.20",
              Builder().member(m(72)).member(relative(10, Relation::Grandchild)).h, P::Tekun, 280240, 2});
    c.append({"a mother of 40 and her son of 10: she can support him → dibao 1848.00 + 50.00",
              Builder().member(m(40)).member(relative(10, Relation::Child)).h, P::Dibao, 189800, 2});
    c.append(
        {"a widow of 75 and her sister of 50 (no duty between them): the widow 特困 1401.20 apart; the sister alone dibao 924.00",
         Builder().member(m(75)).member(relative(50, Relation::Sibling)).h, P::Dibao, 92400, 1});
    c.append({"a widow of 75 and her sister of 50 earning 2000.00 a month: the widow 特困 1401.20; the sister gets nothing",
              Builder().member(m(75)).member(relative(50, Relation::Sibling)).income(1, K::Wages, 2400000).h, P::Tekun, 140120,
              1});
    c.append({"a man of 45 with a grade 1 physical disability and his wife of 70: neither can support the other: 2 × 1401.20",
              Builder().member(disabled(45, Disability::Physical, 1)).member(m(70)).h, P::Tekun, 280240, 2});
    // --- 特困 and property (43号 第七条) ---
    c.append({"72 alone with one car: over the vehicle limit (none) → neither 特困 nor dibao",
              Builder().member(m(72)).asset(AssetKind::Vehicle, 3000000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"72 alone with two dwellings: over the dwelling limit (one)",
              Builder().member(m(72)).asset(AssetKind::RealEstate, 0, 2).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    c.append({"72 alone with one car in 悦庄镇, whose 特困 rule allows one: 特困 1401.20",
              Builder(kDeduction).member(m(72)).asset(AssetKind::Vehicle, 3000000).h, P::Tekun, 140120, 1});
    c.append({"72 alone with two cars in 悦庄镇: over even its limit",
              Builder(kDeduction).member(m(72)).asset(AssetKind::Vehicle, 3000000, 2).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("assets_over_limit")}});
    // --- Members not yet born (DOMAIN §2) ---
    c.append({"a baby due in June is not counted in March: household of 2, 1848.00",
              Builder(kGap, Registration::Urban, QDate(2025, 3, 1)).member(m(40)).member(m(40)).member(unborn(106)).h, P::Dibao,
              184800, 2, QDate(2025, 3, 1)});
    c.append({"the same baby once born in June counts: 2772.00 + 50.00",
              Builder(kGap, Registration::Urban, QDate(2025, 3, 1)).member(m(40)).member(m(40)).member(unborn(106)).h, P::Dibao,
              282200, 3, QDate(2025, 6, 15)});
    // --- A minimum monthly payment (石桥镇 370323108: at least 10.00) ---
    c.append({"one fen a year under the standard where at least 10.00 is paid: 10.00",
              Builder(kMinimum).member(m(40)).member(m(40)).income(0, K::Wages, 2217599).h, P::Dibao, 1000, 2});
    c.append({"above the minimum the gap is paid as it is: 924.00", Builder(kMinimum).member(m(45)).h, P::Dibao, 92400, 1});
    c.append({"9.99 a month where at least 10.00 is paid: 10.00", Builder(kMinimum).member(m(45)).income(0, K::Wages, 1096812).h,
              P::Dibao, 1000, 1});
    // --- 单人保 ---
    c.append({"per capita 1000.00, a seriously ill member alone: 924.00 + illness top-up 0.2 × 924 = 184.80",
              Builder().member(m(45)).member(m(45)).member(ill(20)).income(0, K::Wages, 3600000).h, P::DibaoSingle, 110880, 1});
    c.append({"the ill member earns 200.00 a month: 924.00 − 200.00 + 184.80",
              Builder().member(m(45)).member(m(45)).member(ill(20)).income(0, K::Wages, 3360000).income(2, K::Wages, 240000).h,
              P::DibaoSingle, 90880, 1});
    c.append(
        {"two members qualify on their own: 2 × (924.00 + 184.80)",
         Builder().member(m(45)).member(disabled(45, Disability::Physical, 1)).member(ill(20)).income(0, K::Wages, 3600000).h,
         P::DibaoSingle, 221760, 2});
    c.append({"the ill member earns 1000.00 a month, not below 924.00: not covered alone → near-dibao",
              Builder().member(m(45)).member(m(45)).member(ill(20)).income(0, K::Wages, 2400000).income(2, K::Wages, 1200000).h,
              P::Edge, 0, 0});
    c.append({"the ill member earns exactly 924.00 a month: not below the standard → near-dibao",
              Builder().member(m(45)).member(m(45)).member(ill(20)).income(0, K::Wages, 2491200).income(2, K::Wages, 1108800).h,
              P::Edge, 0, 0});
    c.append({"of two ill members one earns 1000.00: only the other, 924.00 + 184.80",
              Builder().member(m(45)).member(ill(45)).member(ill(20)).income(0, K::Wages, 2400000).income(1, K::Wages, 1200000).h,
              P::DibaoSingle, 110880, 1});
    c.append({"above the near-dibao line: no single-person dibao",
              Builder().member(m(45)).member(ill(45)).income(0, K::Wages, 3400000).h,
              P::None,
              0,
              0,
              kDay,
              {},
              {QStringLiteral("income_over_standard")}});
    // --- 渐退期 ---
    AssessOptions onDibao;
    onDibao.currentlyDibao = true;
    onDibao.currentMonthlyFen = 50000;
    c.append({"on dibao, income rose through work: 6 months at the full 500.00",
              Builder().member(worker(40)).member(m(40)).income(0, K::Wages, 2400000).h, P::DibaoTaper, 50000, 2, kDay, onDibao});
    c.append({"with a severely disabled member: the longer taper",
              Builder().member(worker(40)).member(disabled(40, Disability::Mental, 2)).income(0, K::Wages, 2400000).h,
              P::DibaoTaper, 50000, 2, kDay, onDibao});
    c.append({"in 中庄镇 the taper keeps half: 250.00",
              Builder(kHalfTaper).member(worker(40)).member(m(40)).income(0, K::Wages, 2400000).h, P::DibaoTaper, 25000, 2, kDay,
              onDibao});
    c.append({"income rose but nobody works (a pension): no taper → near-dibao",
              Builder().member(m(40)).member(m(40)).income(0, K::Pension, 2400000).h, P::Edge, 0, 0, kDay, onDibao});
    // --- Employment costs in 悦庄镇 (100.00 a month per working member) ---
    c.append({"two workers, 6000/yr each: 12000 − 2400 deducted → 1848.00 − 800.00",
              Builder(kDeduction).member(worker(40)).member(worker(40)).income(0, K::Wages, 600000).income(1, K::Wages, 600000).h,
              P::Dibao, 104800, 2});
    c.append({"the deduction never makes income negative", Builder(kDeduction).member(worker(30)).income(0, K::Wages, 60000).h,
              P::Dibao, 92400, 1});
    // --- A policy version changes on 2026-01-01 ---
    c.append({"2025-12-31: the old standard 924.00", Builder(kGap, Registration::Urban, QDate(2025, 12, 31)).member(m(45)).h,
              P::Dibao, 92400, 1, QDate(2025, 12, 31)});
    c.append({"2026-01-01: the new standard 960.00", Builder(kGap, Registration::Urban, QDate(2026, 1, 1)).member(m(45)).h,
              P::Dibao, 96000, 1, QDate(2026, 1, 1)});
    c.append({"per capita 930.00 on 2025-12-31: above 924 → near-dibao",
              Builder(kGap, Registration::Urban, QDate(2025, 12, 31)).member(m(40)).member(m(40)).income(0, K::Wages, 2232000).h,
              P::Edge, 0, 0, QDate(2025, 12, 31)});
    c.append({"the same household on 2026-01-01: below 960 → 1920.00 − 1860.00",
              Builder(kGap, Registration::Urban, QDate(2026, 1, 1)).member(m(40)).member(m(40)).income(0, K::Wages, 2232000).h,
              P::Dibao, 6000, 2, QDate(2026, 1, 1)});
    c.append({"rural standard changes too: 840.00 in 2026", Builder(kGap, Registration::Rural, QDate(2026, 3, 1)).member(m(45)).h,
              P::Dibao, 84000, 1, QDate(2026, 3, 1)});
    return c;
}

const PolicyBook &testPolicy()
{
    static const PolicyBook book = [] {
        QFile f(qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/assessment-test.json"));
        f.open(QIODevice::ReadOnly);
        Result<PolicyBook> r = PolicyBook::fromJson(f.readAll());
        if (!r)
            qFatal("test policy: %s", qPrintable(r.error().message()));
        return std::move(r).value();
    }();
    return book;
}
} // namespace

class TestAssessor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workedCases_data()
    {
        QTest::addColumn<int>("index");
        const QList<Worked> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void workedCases()
    {
        QFETCH(int, index);
        const Worked c = cases().at(index);
        AssessOptions options = c.options;
        options.date = c.day;
        const Result<Assessment> a = Assessor(testPolicy()).assess(c.household, options);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message()));
        const QString why = a->explanation();
        QVERIFY2(a->programme == c.programme, qPrintable(Assessment::programmeCode(a->programme) + QStringLiteral(" ≠ ") +
                                                         Assessment::programmeCode(c.programme) + u'\n' + why));
        QVERIFY2(a->monthlyAmountFen == c.monthly, qPrintable(money::formatYuan(a->monthlyAmountFen) + u'\n' + why));
        QCOMPARE(a->coveredMembers, c.covered);
        if (!c.reasons.isEmpty())
            QCOMPARE(a->reasons, c.reasons);
        QVERIFY(!a->trace.isEmpty());
    }

    void atLeastSixtyWorkedCases() { QVERIFY(cases().size() >= 60); }

    void taperLength_dependsOnDisability()
    {
        AssessOptions o;
        o.date = kDay;
        o.currentlyDibao = true;
        o.currentMonthlyFen = 50000;
        const auto months = [&](Member second) {
            return Assessor(testPolicy())
                .assess(Builder().member(worker(40)).member(second).income(0, IncomeKind::Wages, 2400000).h, o)
                ->taperMonths;
        };
        QCOMPARE(months(m(40)), 6);
        QCOMPARE(months(disabled(40, Disability::Mental, 2)), 12);
    }

    void careLevel_isReported()
    {
        AssessOptions o;
        o.date = kDay;
        QCOMPARE(Assessor(testPolicy()).assess(Builder().member(careFailed(80, 5)).h, o)->careLevel, QStringLiteral("full"));
    }

    void nobodyCounted_isAnError()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a = Assessor(testPolicy()).assess(Builder().member(excluded(40, Exclusion::Prison)).h, o);
        QCOMPARE(a.error().code(), ErrorCode::InvalidInput);
    }

    // A review of a 特困 case knows who is supported now, so support continues at school past
    // 18 for them and nobody else.
    void optionsForCase_nameThoseSupportedNow()
    {
        const Household h = Builder().member(student(19, Schooling::Compulsory)).member(relative(19, Relation::Sibling)).h;
        doudi::core::Case c;
        c.programme = CaseProgramme::Tekun;
        c.state = CaseState::Approved;
        QCOMPARE(AssessOptions::forCase(c, h, kDay).extremePovertyNow, (QStringList{QStringLiteral("p0"), QStringLiteral("p1")}));
        Assessment decided;
        decided.programme = Programme::Tekun;
        decided.extremePoverty.append({QStringLiteral("p0"), QStringLiteral("成员1"), QStringLiteral("self"), 140120});
        c.decisionAssessment = decided.toJson();
        QCOMPARE(AssessOptions::forCase(c, h, kDay).extremePovertyNow, QStringList{QStringLiteral("p0")});
        c.state = CaseState::Stopped;
        QVERIFY(AssessOptions::forCase(c, h, kDay).extremePovertyNow.isEmpty());
        doudi::core::Case dibao;
        dibao.state = CaseState::Approved;
        dibao.monthlyFen = 50000;
        const AssessOptions o = AssessOptions::forCase(dibao, h, kDay);
        QVERIFY(o.currentlyDibao);
        QCOMPARE(o.currentMonthlyFen, Fen(50000));
        // A member covered alone (单人保) is in a household whose income was never below the
        // standard: no 渐退期 for it.
        Assessment single;
        single.programme = Programme::DibaoSingle;
        dibao.decisionAssessment = single.toJson();
        QVERIFY(!AssessOptions::forCase(dibao, h, kDay).currentlyDibao);
    }

    void onlyAnUnbornBaby_isAnError()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a = Assessor(testPolicy()).assess(Builder().member(unborn(30)).h, o);
        QCOMPARE(a.error().code(), ErrorCode::InvalidInput);
    }

    // A widow of 75 (特困) living with her sister of 50 (dibao on her own): each case is paid
    // for its own people.
    void extremePoverty_isPaidPerPersonBesideDibao()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a =
            Assessor(testPolicy()).assess(Builder().member(careFailed(75, 4)).member(relative(50, Relation::Sibling)).h, o);
        QVERIFY(a.ok());
        QCOMPARE(a->extremePoverty.size(), 1);
        QCOMPARE(a->extremePoverty.first().personId, QStringLiteral("p0"));
        QCOMPARE(a->extremePoverty.first().careLevel, QStringLiteral("full"));
        QCOMPARE(a->extremePoverty.first().monthlyFen, Fen(240120)); // 1201.20 + 1200.00
        QVERIFY(a->supports(CaseProgramme::Tekun));
        QVERIFY(a->supports(CaseProgramme::Dibao));
        QCOMPARE(a->monthlyFor(CaseProgramme::Tekun), Fen(240120));
        QCOMPARE(a->monthlyFor(CaseProgramme::Dibao), Fen(92400));
        QCOMPARE(a->countedMembers, 2);
        QCOMPARE(a->coveredMembers, 1);
        // Kept with a decision and read back, nothing is lost.
        const Assessment back = Assessment::fromJson(a->toJson());
        QCOMPARE(back.extremePoverty.size(), 1);
        QCOMPARE(back.monthlyFor(CaseProgramme::Tekun), Fen(240120));
        QVERIFY(a->explanation().contains(QStringLiteral("without those in extreme poverty")));
    }

    // Every rule names the values it used (issue 14 point 5).
    void trace_excludedIncomeAndDeductionNameTheirPolicy()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a = Assessor(testPolicy())
                                         .assess(Builder(kDeduction)
                                                     .member(worker(40))
                                                     .member(m(40))
                                                     .income(0, IncomeKind::Wages, 600000)
                                                     .income(1, IncomeKind::Scholarship, 100000)
                                                     .h,
                                                 o);
        QVERIFY(a.ok());
        const auto cited = [&](const char *rule, const char *key) {
            for (const TraceStep &s : a->trace) {
                if (s.rule == QLatin1String(rule))
                    return std::any_of(s.policy.cbegin(), s.policy.cend(),
                                       [&](const QString &c) { return c.startsWith(QLatin1String(key)); });
            }
            return false;
        };
        QVERIFY(cited("income.excluded", "income.excluded ="));
        QVERIFY(cited("income.counted", "income.excluded ="));
        QVERIFY(cited("income.deduction", "income.deduction.employment = 100.00"));
        QVERIFY(cited("assets", "assets.vehicles.max ="));
        for (const TraceStep &s : a->trace) {
            if (s.rule != QLatin1String("household.members") && s.rule != QLatin1String("income.per_capita") &&
                s.rule != QLatin1String("dibao.income_test") && s.rule != QLatin1String("tekun.tests"))
                QVERIFY2(!s.policy.isEmpty(), qPrintable(s.rule + QStringLiteral(" cites nothing")));
        }
    }

    // The minimum is a county parameter: where it is absent nothing is added.
    void minimumPayment_namesItsSource()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a =
            Assessor(testPolicy())
                .assess(Builder(kMinimum).member(m(40)).member(m(40)).income(0, IncomeKind::Wages, 2217599).h, o);
        QVERIFY(a.ok());
        QCOMPARE(a->trace.last().rule, QStringLiteral("amount.minimum"));
        QVERIFY(a->trace.last().policy.first().startsWith(QStringLiteral("dibao.minimum.monthly = 10.00")));
    }

    void areaWithoutPolicy_isAnErrorNamingTheParameter()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a = Assessor(testPolicy()).assess(Builder(QStringLiteral("110105001001")).member(m(45)).h, o);
        QCOMPARE(a.error().code(), ErrorCode::NotFound);
        QVERIFY(a.error().message().contains(QStringLiteral("110105001001")));
    }

    void trace_namesThePolicyItUsed()
    {
        AssessOptions o;
        o.date = kDay;
        const Result<Assessment> a =
            Assessor(testPolicy()).assess(Builder().member(m(40)).member(m(40)).income(0, IncomeKind::Wages, 600000).h, o);
        const TraceStep &standard = a->trace.at(1);
        QCOMPARE(standard.rule, QStringLiteral("dibao.standard"));
        QVERIFY(standard.policy.first().startsWith(QStringLiteral("dibao.standard.urban = 924.00")));
        QVERIFY(standard.policy.first().contains(QStringLiteral("370300")));
    }
};

QTEST_GUILESS_MAIN(TestAssessor)
#include "tst_assessor.moc"
