#include "services/demodata.h"

#include <algorithm>

#include "common/clock.h"
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"

namespace doudi::core {

namespace {
const QStringList kSurnames =
    QString::fromUtf8(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 "
        "潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 "
        "邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 向 汤 单 翟")
        .split(u' ');
const QStringList kMaleNames =
    QString::fromUtf8("建国 志强 伟 军 勇 明 海 峰 磊 涛 鹏 辉 刚 平 华 强 林 斌 超 杰 东 建华 建军 国庆 德明 文博 子轩 浩然 "
                      "宇航 俊杰 志刚 永福 长青 兴旺 树林 振华 春生 金山 玉柱 保国 卫东 红军 庆祥 学文")
        .split(u' ');
const QStringList kFemaleNames =
    QString::fromUtf8("桂英 秀英 玉兰 秀兰 桂兰 淑珍 凤英 丽 敏 静 芳 娟 霞 燕 红 艳 玲 萍 丽娟 秀梅 春梅 翠花 美玲 雪梅 "
                      "欣怡 梓涵 诗琪 雨桐 佳怡 淑芬 月娥 巧云 素珍 慧敏 晓燕 海燕")
        .split(u' ');
const QStringList kStreets = QString::fromUtf8("东街 西街 南街 北街 前街 后街 中心街 河东 河西 岭上").split(u' ');
} // namespace

void DemoData::limitTo(const QStringList &prefixes)
{
    QList<QString> within;
    for (const QString &v : std::as_const(m_villages)) {
        if (std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return v.startsWith(p); }))
            within << v;
    }
    if (!within.isEmpty())
        m_villages = within;
}

DemoData::DemoData(const AreaRegistry &areas, quint32 seed) : m_areas(areas), m_rng(seed)
{
    for (const Area &a : areas.villages())
        m_villages << a.code;
}

QDate DemoData::birthForAge(int age)
{
    const QDate today = Clock::today();
    return today.addYears(-age).addDays(-qint64(m_rng.bounded(365)) - 1);
}

QString DemoData::idNumber(const QDate &birth, Sex sex)
{
    int seq = int(m_rng.bounded(500)) * 2 + (sex == Sex::Male ? 1 : 0);
    const QString first17 = QStringLiteral("370323") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString DemoData::phone()
{
    static const char *prefixes[] = {"133", "135", "138", "139", "150", "152", "158", "177", "186", "189"};
    return QString::fromLatin1(prefixes[m_rng.bounded(10)]) +
           QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString DemoData::givenName(Sex sex)
{
    const QStringList &names = sex == Sex::Male ? kMaleNames : kFemaleNames;
    return names[m_rng.bounded(int(names.size()))];
}

Person DemoData::person(Relation relation, Sex sex, int age, const QString &surname)
{
    Person p;
    p.relation = relation;
    p.sex = sex;
    p.birthDate = birthForAge(age);
    p.name = surname + givenName(sex);
    p.idNumber = idNumber(p.birthDate, sex);
    if (age < 6) {
        p.employment = Employment::Child;
        p.schooling = age >= 3 ? Schooling::Preschool : Schooling::None;
    } else if (age < 18) {
        p.employment = Employment::Student;
        p.schooling = age < 15 ? Schooling::Compulsory : Schooling::HighSchool;
    } else if (age >= 60) {
        p.employment = m_rng.bounded(3) == 0 ? Employment::Farming : Employment::UnableToWork;
    } else {
        const Employment choices[] = {Employment::Farming, Employment::Employed, Employment::SelfEmployed,
                                      Employment::Unemployed};
        p.employment = choices[m_rng.bounded(4)];
    }
    if (m_rng.bounded(8) == 0)
        p.health = m_rng.bounded(3) == 0 ? Health::Serious : Health::Chronic;
    if (m_rng.bounded(12) == 0) {
        const Disability kinds[] = {Disability::Physical, Disability::Visual, Disability::Hearing, Disability::Intellectual,
                                    Disability::Mental};
        p.disability = kinds[m_rng.bounded(5)];
        p.disabilityGrade = 1 + int(m_rng.bounded(4));
    }
    if (age >= 18 && m_rng.bounded(2) == 0)
        p.phone = phone();
    return p;
}

Household DemoData::household()
{
    Household h;
    h.areaCode = m_villages.isEmpty() ? QStringLiteral("370323102001") : m_villages[m_rng.bounded(int(m_villages.size()))];
    const Area *village = m_areas.find(h.areaCode);
    h.registration = (village && village->name.endsWith(QStringLiteral("居委会"))) ? Registration::Urban : Registration::Rural;
    h.address = (village ? village->name : QString()) + kStreets[m_rng.bounded(int(kStreets.size()))] +
                QStringLiteral("%1号").arg(1 + m_rng.bounded(120));
    const QString &surname = kSurnames[m_rng.bounded(int(kSurnames.size()))];
    const int headAge = 25 + int(m_rng.bounded(60));
    const Sex headSex = m_rng.bounded(4) == 0 ? Sex::Female : Sex::Male;
    h.members << person(Relation::Head, headSex, headAge, surname);
    h.phone = h.members[0].phone.isEmpty() ? phone() : QString();
    if (m_rng.bounded(5) != 0) {
        const QString &spouseSurname = kSurnames[m_rng.bounded(int(kSurnames.size()))];
        h.members << person(Relation::Spouse, headSex == Sex::Male ? Sex::Female : Sex::Male,
                            std::max(20, headAge - 3 + int(m_rng.bounded(7))), spouseSurname);
    }
    if (headAge < 70) {
        const int children = int(m_rng.bounded(3));
        for (int i = 0; i < children && headAge - 20 > 0; ++i) {
            const int age = std::max(0, int(m_rng.bounded(quint32(std::min(headAge - 20, 30)))));
            h.members << person(Relation::Child, m_rng.bounded(2) ? Sex::Male : Sex::Female, age, surname);
        }
    }
    if (headAge < 50 && m_rng.bounded(4) == 0)
        h.members << person(Relation::Parent, Sex::Female, headAge + 22 + int(m_rng.bounded(10)),
                            kSurnames[m_rng.bounded(int(kSurnames.size()))]);
    for (Person &p : h.members)
        p.meta.id = RandomSource::uuidString();
    for (const Person &p : std::as_const(h.members)) {
        const int age = p.ageAt(Clock::today());
        Income in;
        in.personId = p.meta.id;
        if (p.employment == Employment::Employed || p.employment == Employment::SelfEmployed) {
            in.kind = p.employment == Employment::Employed ? IncomeKind::Wages : IncomeKind::Business;
            in.annualFen = (12000 + qint64(m_rng.bounded(30000))) * 100;
        } else if (p.employment == Employment::Farming) {
            in.kind = IncomeKind::Business;
            in.annualFen = (3000 + qint64(m_rng.bounded(9000))) * 100;
        } else if (age >= 60) {
            in.kind = IncomeKind::BasicPension;
            in.annualFen = (1800 + qint64(m_rng.bounded(600))) * 100;
        } else {
            continue;
        }
        h.incomes << in;
    }
    if (m_rng.bounded(3) == 0) {
        Asset a;
        a.kind = AssetKind::Deposit;
        a.valueFen = qint64(m_rng.bounded(50000)) * 100;
        h.assets << a;
    }
    if (m_rng.bounded(6) == 0) {
        Expenditure e;
        e.kind = ExpenditureKind::Medical;
        e.annualFen = (2000 + qint64(m_rng.bounded(40000))) * 100;
        h.expenditures << e;
    }
    return h;
}

} // namespace doudi::core
