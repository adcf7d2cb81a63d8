#include "identity/areacode.h"

#include <QFile>

namespace doudi::core {

bool AreaCode::isWellFormed(const QString &code)
{
    if (code.size() != 6 && code.size() != 12)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
           && code.left(2) != QStringLiteral("00");
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
    const QString c = toTwelve(code);
    switch (levelOf(c)) {
    case Level::Village: return c;
    case Level::Township: return c.left(9);
    case Level::County: return c.left(6);
    case Level::City: return c.left(4);
    case Level::Province: return c.left(2);
    case Level::Invalid: break;
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
    case Level::Village: return c.left(9) + QStringLiteral("000");
    case Level::Township: return c.left(6) + QStringLiteral("000000");
    case Level::County: return c.left(4) + QStringLiteral("00000000");
    case Level::City: return c.left(2) + QStringLiteral("0000000000");
    default: return {};
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
