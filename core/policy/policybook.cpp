#include "policy/policybook.h"

#include "identity/areacode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace doudi::core {

namespace {
constexpr const char *kFormat = "doudi-policy";
constexpr int kVersion = 1;

// Line (1-based) where each element of the top-level array under key begins: JSON parsers
// give no positions, and a county officer needs to know where in the file the problem is.
QList<int> elementLines(const QByteArray &raw, const QByteArray &key)
{
    QList<int> lines;
    int line = 1, depth = 0;
    bool inString = false, escape = false, inTarget = false, expectElement = false;
    QByteArray text, lastString;
    for (char c : raw) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escape) {
                escape = false;
                text += c;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                lastString = text;
            } else {
                text += c;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (inTarget && depth == 2 && expectElement && c != ']') {
            lines << line; // the first character of the next element
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            text.clear();
            break;
        case '[':
        case '{':
            ++depth;
            if (c == '[' && depth == 2 && lastString == key) {
                inTarget = true;
                expectElement = true;
            }
            break;
        case ']':
        case '}':
            if (c == ']' && depth == 2)
                inTarget = false;
            --depth;
            break;
        case ',':
            expectElement = inTarget && depth == 2;
            break;
        default:
            break;
        }
    }
    return lines;
}

// A whole number that a double holds exactly (|n| ≤ 2^53). Checked before the cast: converting
// a double outside qint64's range, or NaN, is undefined behaviour.
bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    constexpr double kExact = 9007199254740992.0; // 2^53
    return std::isfinite(d) && std::fabs(d) <= kExact && d == std::trunc(d);
}

struct Reader
{
    QString problem;

    QDate date(const QJsonValue &v, bool required)
    {
        if (!required && (v.isUndefined() || v.isNull() || v.toString().isEmpty()))
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid() || v.toString().size() != 10)
            problem = PolicyBook::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(v.toString().left(20));
        return d;
    }

    QVariant value(const ParameterSpec &spec, const QJsonValue &v)
    {
        switch (spec.type) {
        case ParamType::Money:
        case ParamType::Integer: {
            if (!isWholeNumber(v)) {
                problem = spec.type == ParamType::Money ? PolicyBook::tr("the value must be a whole number of fen")
                                                        : PolicyBook::tr("the value must be a whole number");
                return {};
            }
            const qint64 n = qint64(v.toDouble());
            if (n < spec.min || (spec.max > 0 && n > spec.max)) {
                problem = PolicyBook::tr("the value %1 is outside %2 to %3").arg(n).arg(spec.min).arg(spec.max);
                return {};
            }
            return n;
        }
        case ParamType::Ratio: {
            const QString text = v.isString()       ? v.toString()
                                 : isWholeNumber(v) ? QString::number(qint64(v.toDouble()))
                                                    : QString();
            const std::optional<Ratio> r = Ratio::parse(text);
            if (!r) {
                problem = PolicyBook::tr("the value must be a decimal written as text, such as \"1.5\"");
                return {};
            }
            return QVariant::fromValue(*r);
        }
        case ParamType::Choice:
            if (!spec.choices.contains(v.toString())) {
                problem = PolicyBook::tr("the value must be one of: %1").arg(spec.choices.join(QStringLiteral(", ")));
                return {};
            }
            return v.toString();
        case ParamType::Text: {
            const QString text = v.toString();
            if (!v.isString() || text.isEmpty() || (spec.max > 0 && text.size() > spec.max)) {
                problem = PolicyBook::tr("the value must be text of at most %1 characters").arg(spec.max);
                return {};
            }
            if (spec.pattern && !QRegularExpression(QString::fromUtf8(spec.pattern)).match(text).hasMatch()) {
                problem = PolicyBook::tr("\"%1\" is not of the form this parameter takes").arg(text.left(40));
                return {};
            }
            return text;
        }
        case ParamType::Codes: {
            QStringList codes;
            const QJsonArray arr = v.toArray();
            if (!v.isArray()) {
                problem = PolicyBook::tr("the value must be a list");
                return {};
            }
            for (const QJsonValue &c : arr) {
                if (!spec.choices.isEmpty() && !spec.choices.contains(c.toString())) {
                    problem = PolicyBook::tr("\"%1\" is not one of: %2")
                                  .arg(c.toString().left(40), spec.choices.join(QStringLiteral(", ")));
                    return {};
                }
                codes << c.toString();
            }
            return codes;
        }
        case ParamType::Tiers: {
            QList<Tier> tiers;
            if (!v.isArray() || v.toArray().isEmpty()) {
                problem = PolicyBook::tr("the value must be a list of tiers");
                return {};
            }
            const QJsonArray arr = v.toArray();
            for (const QJsonValue &t : arr) {
                const QJsonObject o = t.toObject();
                if (!isWholeNumber(o.value(QStringLiteral("below"))) || !isWholeNumber(o.value(QStringLiteral("amount")))) {
                    problem = PolicyBook::tr("each tier needs \"below\" and \"amount\" in whole fen");
                    return {};
                }
                const Tier tier{Fen(o.value(QStringLiteral("below")).toDouble()),
                                Fen(o.value(QStringLiteral("amount")).toDouble())};
                if (tier.amountFen < 0 || (!tiers.isEmpty() && tier.belowFen <= tiers.last().belowFen)) {
                    problem = PolicyBook::tr("tiers must have rising \"below\" limits and amounts that are not negative");
                    return {};
                }
                tiers << tier;
            }
            return QVariant::fromValue(tiers);
        }
        case ParamType::TopUps: {
            QList<TopUp> topUps;
            if (!v.isArray()) {
                problem = PolicyBook::tr("the value must be a list of top-ups");
                return {};
            }
            const QJsonArray arr = v.toArray();
            for (const QJsonValue &t : arr) {
                const QJsonObject o = t.toObject();
                TopUp u;
                u.category = o.value(QStringLiteral("category")).toString();
                if (!ParameterSpecs::topUpCategories().contains(u.category)) {
                    problem = PolicyBook::tr("a top-up category must be one of: %1")
                                  .arg(ParameterSpecs::topUpCategories().join(QStringLiteral(", ")));
                    return {};
                }
                if (o.contains(QStringLiteral("share"))) {
                    const std::optional<Ratio> r = Ratio::parse(o.value(QStringLiteral("share")).toString());
                    if (!r) {
                        problem = PolicyBook::tr("a top-up share must be a decimal written as text, such as \"0.1\"");
                        return {};
                    }
                    u.share = *r;
                    u.isShare = true;
                } else if (isWholeNumber(o.value(QStringLiteral("amount"))) &&
                           o.value(QStringLiteral("amount")).toDouble() >= 0) {
                    u.amountFen = Fen(o.value(QStringLiteral("amount")).toDouble());
                } else {
                    problem = PolicyBook::tr("a top-up needs \"amount\" in whole fen or \"share\" of the standard");
                    return {};
                }
                topUps << u;
            }
            return QVariant::fromValue(topUps);
        }
        }
        return {};
    }
};

QJsonValue valueToJson(const ParameterSpec &spec, const QVariant &v)
{
    switch (spec.type) {
    case ParamType::Money:
    case ParamType::Integer:
        return double(v.toLongLong());
    case ParamType::Ratio:
        return v.value<Ratio>().toString();
    case ParamType::Choice:
    case ParamType::Text:
        return v.toString();
    case ParamType::Codes:
        return QJsonArray::fromStringList(v.toStringList());
    case ParamType::Tiers: {
        QJsonArray arr;
        for (const Tier &t : v.value<QList<Tier>>())
            arr.append(
                QJsonObject{{QStringLiteral("below"), double(t.belowFen)}, {QStringLiteral("amount"), double(t.amountFen)}});
        return arr;
    }
    case ParamType::TopUps: {
        QJsonArray arr;
        for (const TopUp &u : v.value<QList<TopUp>>()) {
            QJsonObject o{{QStringLiteral("category"), u.category}};
            if (u.isShare)
                o.insert(QStringLiteral("share"), u.share.toString());
            else
                o.insert(QStringLiteral("amount"), double(u.amountFen));
            arr.append(o);
        }
        return arr;
    }
    }
    return {};
}

bool overlaps(const Parameter &a, const Parameter &b)
{
    const bool aEndsBefore = a.to.isValid() && a.to < b.from;
    const bool bEndsBefore = b.to.isValid() && b.to < a.from;
    return !aEndsBefore && !bEndsBefore;
}
} // namespace

Result<PolicyBook> PolicyBook::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(json.left(pe.offset).count('\n')) + 1;
        return Error(ErrorCode::InvalidInput,
                     tr("The policy file is not valid JSON: line %1: %2.").arg(line).arg(pe.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        root.value(QStringLiteral("version")).toInt() != kVersion)
        return Error(
            ErrorCode::InvalidInput,
            tr("This is not a Doudi policy file (format \"%1\", version %2).").arg(QLatin1String(kFormat)).arg(kVersion));
    PolicyBook book;
    book.m_title = root.value(QStringLiteral("title")).toString();
    book.m_sample = root.value(QStringLiteral("sample")).toBool();

    const auto fail = [](int line, const QString &what) {
        return Error(ErrorCode::InvalidInput, tr("The policy file was not loaded: line %1: %2.").arg(line).arg(what));
    };
    const QJsonArray params = root.value(QStringLiteral("parameters")).toArray();
    const QList<int> paramLines = elementLines(json, "parameters");
    QList<int> lineOf;
    for (int i = 0; i < params.size(); ++i) {
        const int line = paramLines.value(i, 0);
        const QJsonObject o = params[i].toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        const ParameterSpec *spec = ParameterSpecs::find(key);
        if (!spec)
            return fail(line, tr("\"%1\" is not a known parameter").arg(key.left(60)));
        Reader r;
        Parameter p;
        p.key = key;
        p.area = o.value(QStringLiteral("area")).toString();
        if (!p.area.isEmpty() && !AreaCode::isWellFormed(p.area))
            return fail(line, tr("the area \"%1\" is not a 6- or 12-digit area code").arg(p.area.left(20)));
        p.from = r.date(o.value(QStringLiteral("from")), true);
        p.to = r.date(o.value(QStringLiteral("to")), false);
        p.source = o.value(QStringLiteral("source")).toString();
        if (r.problem.isEmpty() && p.to.isValid() && p.to < p.from)
            r.problem = tr("the period ends before it begins");
        if (r.problem.isEmpty() && p.source.trimmed().isEmpty())
            r.problem = tr("every value needs its source document");
        if (r.problem.isEmpty())
            p.value = r.value(*spec, o.value(QStringLiteral("value")));
        if (!r.problem.isEmpty())
            return fail(line, QStringLiteral("%1: %2").arg(key, r.problem));
        for (int j = 0; j < book.m_parameters.size(); ++j) {
            const Parameter &other = book.m_parameters[j];
            if (other.key == p.key && AreaCode::prefix(other.area) == AreaCode::prefix(p.area) && overlaps(other, p))
                return fail(line, tr("%1 for this area overlaps the period given on line %2").arg(key).arg(lineOf[j]));
        }
        book.m_parameters << p;
        lineOf << line;
    }

    const QJsonArray calendars = root.value(QStringLiteral("calendars")).toArray();
    const QList<int> calendarLines = elementLines(json, "calendars");
    for (int i = 0; i < calendars.size(); ++i) {
        const int line = calendarLines.value(i, 0);
        const QJsonObject o = calendars[i].toObject();
        CalendarYear y;
        y.year = o.value(QStringLiteral("year")).toInt();
        y.source = o.value(QStringLiteral("source")).toString();
        if (y.year < 2000 || y.year > 2100)
            return fail(line, tr("a calendar needs a year"));
        for (const auto &[field, list] :
             {std::pair{QStringLiteral("holidays"), &y.holidays}, std::pair{QStringLiteral("workdays"), &y.workdays}}) {
            const QJsonArray days = o.value(field).toArray();
            for (const QJsonValue &d : days) {
                Reader r;
                const QDate date = r.date(d, true);
                if (!r.problem.isEmpty())
                    return fail(line, r.problem);
                if (date.year() != y.year)
                    return fail(line, tr("%1 is not in %2").arg(date.toString(Qt::ISODate)).arg(y.year));
                list->append(date);
            }
        }
        for (const QDate &w : std::as_const(y.workdays)) {
            if (w.dayOfWeek() < 6)
                return fail(line, tr("the make-up working day %1 is not a Saturday or Sunday").arg(w.toString(Qt::ISODate)));
            if (y.holidays.contains(w))
                return fail(line, tr("%1 is listed both as a holiday and as a working day").arg(w.toString(Qt::ISODate)));
        }
        for (const CalendarYear &other : std::as_const(book.m_calendars)) {
            if (other.year == y.year)
                return fail(line, tr("the calendar of %1 is given twice").arg(y.year));
        }
        book.m_calendars << y;
    }
    return book;
}

QByteArray PolicyBook::toJson() const
{
    QJsonArray params;
    for (const Parameter &p : m_parameters) {
        const ParameterSpec *spec = ParameterSpecs::find(p.key);
        QJsonObject o{{QStringLiteral("key"), p.key},
                      {QStringLiteral("area"), p.area},
                      {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
                      {QStringLiteral("value"), valueToJson(*spec, p.value)},
                      {QStringLiteral("source"), p.source}};
        if (p.to.isValid())
            o.insert(QStringLiteral("to"), p.to.toString(Qt::ISODate));
        params.append(o);
    }
    QJsonArray calendars;
    for (const CalendarYear &y : m_calendars) {
        QJsonArray holidays, workdays;
        for (const QDate &d : y.holidays)
            holidays.append(d.toString(Qt::ISODate));
        for (const QDate &d : y.workdays)
            workdays.append(d.toString(Qt::ISODate));
        calendars.append(QJsonObject{{QStringLiteral("year"), y.year},
                                     {QStringLiteral("holidays"), holidays},
                                     {QStringLiteral("workdays"), workdays},
                                     {QStringLiteral("source"), y.source}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("title"), m_title},
                           {QStringLiteral("sample"), m_sample},
                           {QStringLiteral("parameters"), params},
                           {QStringLiteral("calendars"), calendars}};
    return QJsonDocument(root).toJson();
}

const PolicyBook &PolicyBook::demo()
{
    static const PolicyBook book = [] {
        QFile f(QStringLiteral(":/doudi/policy/demo-370323.json"));
        f.open(QIODevice::ReadOnly);
        Result<PolicyBook> r = fromJson(f.readAll());
        return r.ok() ? std::move(r).value() : PolicyBook();
    }();
    return book;
}

Result<Parameter> PolicyBook::lookup(const QString &key, const QString &areaCode, const QDate &date) const
{
    const Parameter *best = nullptr;
    for (const Parameter &p : m_parameters) {
        if (p.key != key || !p.coversDate(date))
            continue;
        if (!p.area.isEmpty() && !AreaCode::contains(p.area, areaCode))
            continue;
        if (!best || AreaCode::prefix(p.area).size() > AreaCode::prefix(best->area).size())
            best = &p;
    }
    if (!best) {
        const ParameterSpec *spec = ParameterSpecs::find(key);
        return Error(ErrorCode::NotFound,
                     tr("No value of \"%1\" is in force for area %2 on %3: the county's policy data "
                        "needs it.")
                         .arg(spec ? ParameterSpecs::label(*spec) : key, areaCode, date.toString(Qt::ISODate)));
    }
    return *best;
}

} // namespace doudi::core
