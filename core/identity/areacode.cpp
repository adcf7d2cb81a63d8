#include "identity/areacode.h"

#include <QFile>
#include <QMutex>

#include <atomic>
#include <deque>

namespace doudi::core {

bool AreaCode::isWellFormed(const QString &code)
{
    if (code.size() != 6 && code.size() != 12)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }) &&
           code.left(2) != QStringLiteral("00");
}

AreaCode::Level AreaCode::levelOf(const QString &code)
{
    if (!isWellFormed(code))
        return Level::Invalid;
    const QString c = toTwelve(code);
    if (c.mid(9, 3) != QStringLiteral("000"))
        return Level::Village;
    if (c.mid(6, 3) != QStringLiteral("000"))
        return Level::Township;
    if (c.mid(4, 2) != QStringLiteral("00"))
        return Level::County;
    if (c.mid(2, 2) != QStringLiteral("00"))
        return Level::City;
    return Level::Province;
}

QString AreaCode::prefix(const QString &code)
{
    QString c = toTwelve(code);
    switch (levelOf(c)) {
    case Level::Village:
        return c;
    case Level::Township:
        return c.left(9);
    case Level::County:
        return c.left(6);
    case Level::City:
        return c.left(4);
    case Level::Province:
        return c.left(2);
    case Level::Invalid:
        break;
    }
    return {};
}

bool AreaCode::contains(const QString &parent, const QString &child)
{
    const QString p = prefix(parent);
    return !p.isEmpty() && isWellFormed(child) && toTwelve(child).startsWith(p);
}

QString AreaCode::parentOf(const QString &code)
{
    const QString c = toTwelve(code);
    switch (levelOf(c)) {
    case Level::Village:
        return c.left(9) + QStringLiteral("000");
    case Level::Township:
        return c.left(6) + QStringLiteral("000000");
    case Level::County:
        return c.left(4) + QStringLiteral("00000000");
    case Level::City:
        return c.left(2) + QStringLiteral("0000000000");
    default:
        return {};
    }
}

QString AreaCode::toTwelve(const QString &code)
{
    return code.size() == 6 ? code + QStringLiteral("000000") : code;
}

Result<AreaRegistry> AreaRegistry::fromCsv(const QByteArray &csv)
{
    AreaRegistry reg;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        Area a;
        a.code = QString::fromUtf8(f.value(0));
        a.name = QString::fromUtf8(f.value(1));
        a.parent = QString::fromUtf8(f.value(3));
        a.level = AreaCode::levelOf(a.code);
        if (f.size() < 3 || a.code.size() != 12 || a.level == AreaCode::Level::Invalid || a.name.isEmpty())
            return Error(ErrorCode::Corrupt, tr("Line %1 of the area list is not valid.").arg(i + 1));
        reg.m_index.insert(a.code, int(reg.m_areas.size()));
        reg.m_areas.append(a);
    }
    return reg;
}

Result<AreaRegistry> AreaRegistry::fromCountyCsv(const QByteArray &csv, const QString &county)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.value(0).trimmed() != "code,name,level,parent")
        return Error(ErrorCode::InvalidInput, tr("The area list must begin with the line code,name,level,parent."));
    Result<AreaRegistry> parsed = fromCsv(csv);
    if (!parsed)
        return Error(ErrorCode::InvalidInput, parsed.error().message());
    // Line numbers as a person counts them (the header is line 1), blank lines included.
    QHash<QString, int> lineOf;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray code = lines[i].trimmed().split(',').value(0);
        if (code.isEmpty())
            continue;
        if (lineOf.contains(QString::fromUtf8(code)))
            return Error(ErrorCode::InvalidInput, tr("Line %1 of the area list repeats the code %2 (first on line %3).")
                                                      .arg(i + 1)
                                                      .arg(QString::fromUtf8(code))
                                                      .arg(lineOf.value(QString::fromUtf8(code))));
        lineOf.insert(QString::fromUtf8(code), i + 1);
    }
    int villages = 0;
    for (const Area &a : std::as_const(parsed->m_areas)) {
        const int line = lineOf.value(a.code);
        if (a.level != AreaCode::Level::Township && a.level != AreaCode::Level::Village)
            continue; // the province, city and county lines name what lies above
        if (!a.code.startsWith(county))
            return Error(ErrorCode::InvalidInput,
                         tr("Line %1 of the area list: %2 (%3) is not in the county %4.").arg(line).arg(a.code, a.name, county));
        if (a.parent != AreaCode::parentOf(a.code) || !parsed->find(a.parent))
            return Error(ErrorCode::InvalidInput,
                         tr("Line %1 of the area list: the parent of %2 (%3) must be %4, and in the list.")
                             .arg(line)
                             .arg(a.code, a.name, AreaCode::parentOf(a.code)));
        villages += a.level == AreaCode::Level::Village ? 1 : 0;
    }
    if (villages == 0)
        return Error(ErrorCode::InvalidInput, tr("The area list names no village of the county %1.").arg(county));
    return parsed;
}

namespace {

struct Installed
{
    QMutex mutex;
    std::deque<AreaRegistry> lists; // never shrinks: current() hands out references
    std::atomic<const AreaRegistry *> current{nullptr};
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

const AreaRegistry &AreaRegistry::current()
{
    const AreaRegistry *list = installed().current.load();
    return list ? *list : builtIn();
}

void AreaRegistry::setCurrent(AreaRegistry registry)
{
    Installed &i = installed();
    QMutexLocker lock(&i.mutex);
    i.lists.push_back(std::move(registry));
    i.current.store(&i.lists.back());
}

const AreaRegistry &AreaRegistry::builtIn()
{
    static const AreaRegistry reg = [] {
        QFile f(QStringLiteral(":/doudi/data/areas-370323.csv"));
        f.open(QIODevice::ReadOnly);
        Result<AreaRegistry> r = fromCsv(f.readAll());
        return r.ok() ? std::move(r).value() : AreaRegistry();
    }();
    return reg;
}

const Area *AreaRegistry::find(const QString &code) const
{
    const auto it = m_index.constFind(AreaCode::toTwelve(code));
    return it == m_index.cend() ? nullptr : &m_areas[*it];
}

QString AreaRegistry::name(const QString &code) const
{
    const Area *a = find(code);
    return a ? a->name : QString();
}

QString AreaRegistry::fullName(const QString &code) const
{
    const Area *a = find(code);
    if (!a)
        return code;
    if (a->level == AreaCode::Level::Village)
        return name(a->parent) + u' ' + a->name;
    return a->name;
}

QList<Area> AreaRegistry::children(const QString &code) const
{
    QList<Area> out;
    const QString c = AreaCode::toTwelve(code);
    for (const Area &a : m_areas) {
        if (a.parent == c)
            out.append(a);
    }
    return out;
}

QList<Area> AreaRegistry::villages() const
{
    return atLevel(AreaCode::Level::Village);
}

QList<Area> AreaRegistry::atLevel(AreaCode::Level level) const
{
    QList<Area> out;
    for (const Area &a : m_areas) {
        if (a.level == level)
            out.append(a);
    }
    return out;
}

} // namespace doudi::core
