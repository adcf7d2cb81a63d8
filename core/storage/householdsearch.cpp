#include "storage/householdsearch.h"

#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "storage/database.h"

#include <QSet>

namespace doudi::core {

namespace {
enum class Kind { Digits, Letters, Text };

Kind classify(const QString &q)
{
    bool digits = true, letters = true;
    for (int i = 0; i < q.size(); ++i) {
        const QChar c = q[i];
        const bool isDigit = c >= u'0' && c <= u'9';
        const bool isX = c == u'X' && i == q.size() - 1 && i > 0;
        digits = digits && (isDigit || isX || c == u'-');
        letters = letters && c.isLetter() && c.unicode() < 128;
    }
    return digits ? Kind::Digits : letters ? Kind::Letters : Kind::Text;
}
} // namespace

Result<QList<SearchHit>> HouseholdSearch::search(const QString &input, int limit, const QString &scopePrefix)
{
    QList<SearchHit> hits;
    QString q = input.simplified();
    if (q.isEmpty() || limit <= 0)
        return hits;
    q = q.left(40);
    const Kind kind = classify(IdNumber::normalize(q));
    QString where;
    QString rank;
    QStringList extra;
    QVariantList values;
    // instr() is a plain byte search: several times faster than LIKE '%…%' over the whole
    // index, and the typed text needs no escaping of wildcards.
    int rankUses = 0, whereUses = 0;
    if (kind == Kind::Digits) {
        q = IdNumber::normalize(q).remove(u'-');
        // An exact number ranks first, then numbers that start with it, then any fragment.
        rank = QStringLiteral("CASE WHEN id_number = ? THEN 0 WHEN instr(id_number, ?) = 1 THEN 1 "
                              "WHEN instr(id_number, ?) > 0 THEN 2 ELSE 3 END");
        where = QStringLiteral("(instr(id_number, ?) > 0 OR instr(phones, ?) > 0)");
        rankUses = 3;
        whereUses = 2;
    } else if (kind == Kind::Letters) {
        q = q.toLower();
        rank = QStringLiteral("CASE WHEN initials = ? THEN 0 WHEN instr(initials, ?) = 1 THEN 1 ELSE 2 END");
        where = QStringLiteral("instr(initials, ?) > 0");
        rankUses = 2;
        whereUses = 1;
    } else {
        rank = QStringLiteral("CASE WHEN name = ? THEN 0 WHEN instr(name, ?) = 1 THEN 1 "
                              "WHEN instr(name, ?) > 0 THEN 2 ELSE 4 END");
        where = QStringLiteral("(instr(name, ?) > 0");
        rankUses = 3;
        whereUses = 1;
        // A village name matches every household there (heads only, to keep one row each).
        for (const Area &a : m_areas.villages()) {
            if (a.name.contains(q) && extra.size() < 100)
                extra << a.code;
        }
        if (!extra.isEmpty())
            where += QStringLiteral(" OR (is_head = 1 AND area_code IN (%1))")
                         .arg(QStringList(extra.size(), QStringLiteral("?")).join(u','));
        where += u')';
    }
    // Values in the order their '?' appear: rank, condition, villages, scope, limit.
    for (int i = 0; i < rankUses + whereUses; ++i)
        values << q;
    for (const QString &v : std::as_const(extra))
        values << v;
    if (!scopePrefix.isEmpty()) {
        where += QStringLiteral(" AND instr(area_code, ?) = 1");
        values << AreaCode::prefix(scopePrefix);
    }
    values << limit * 4;
    const QString sql = QStringLiteral(
        "SELECT s.household_id, s.person_id, s.name, s.id_number, s.area_code, s.is_head, s.rank, "
        "(SELECT h.name FROM search_index h WHERE h.household_id = s.household_id AND h.is_head = 1) "
        "FROM (SELECT household_id, person_id, name, id_number, area_code, is_head, %1 AS rank "
        "      FROM search_index WHERE %2 ORDER BY rank, is_head DESC, name LIMIT ?) s")
                            .arg(rank, where);
    Result<Query> r = m_db.exec(sql, values);
    if (!r)
        return Error(r.error().code(), tr("The search could not be carried out."), r.error().fullText());
    QSet<QString> seen;
    while (r->next() && hits.size() < limit) {
        SearchHit h;
        h.householdId = r->value(0).toString();
        if (seen.contains(h.householdId))
            continue;
        seen.insert(h.householdId);
        h.personId = r->value(1).toString();
        h.name = r->value(2).toString();
        h.idNumber = r->value(3).toString();
        h.areaCode = r->value(4).toString();
        h.isHead = r->value(5).toInt() != 0;
        h.rank = r->value(6).toInt();
        h.headName = r->value(7).toString();
        hits.append(h);
    }
    r->finish();
    return hits;
}

} // namespace doudi::core
