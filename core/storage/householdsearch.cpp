#include "storage/householdsearch.h"

#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "storage/database.h"

#include <QSet>

namespace doudi::core {

namespace {
QString likeEscaped(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'%', QStringLiteral("\\%"));
    out.replace(u'_', QStringLiteral("\\_"));
    return out;
}

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
    QVariantList values;
    if (kind == Kind::Digits) {
        q = IdNumber::normalize(q).remove(u'-');
        // An exact number ranks first, then numbers and phones that contain the fragment.
        rank = QStringLiteral("CASE WHEN id_number = ? THEN 0 WHEN id_number LIKE ? ESCAPE '\\' THEN 1 "
                              "WHEN phones LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END");
        values << q << likeEscaped(q) + u'%' << u'%' + likeEscaped(q) + u'%';
        where = QStringLiteral("(id_number LIKE ? ESCAPE '\\' OR phones LIKE ? ESCAPE '\\')");
        values << u'%' + likeEscaped(q) + u'%' << u'%' + likeEscaped(q) + u'%';
    } else if (kind == Kind::Letters) {
        q = q.toLower();
        rank = QStringLiteral("CASE WHEN initials = ? THEN 0 WHEN initials LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END");
        values << q << likeEscaped(q) + u'%';
        where = QStringLiteral("initials LIKE ? ESCAPE '\\'");
        values << u'%' + likeEscaped(q) + u'%';
    } else {
        rank = QStringLiteral("CASE WHEN name = ? THEN 0 WHEN name LIKE ? ESCAPE '\\' THEN 1 "
                              "WHEN name LIKE ? ESCAPE '\\' THEN 2 ELSE 4 END");
        values << q << likeEscaped(q) + u'%' << u'%' + likeEscaped(q) + u'%';
        where = QStringLiteral("(name LIKE ? ESCAPE '\\'");
        values << u'%' + likeEscaped(q) + u'%';
        // A village name matches every household there (heads only, to keep one row each).
        QStringList villages;
        for (const Area &a : m_areas.villages()) {
            if (a.name.contains(q) && villages.size() < 100)
                villages << a.code;
        }
        if (!villages.isEmpty()) {
            where += QStringLiteral(" OR (is_head = 1 AND area_code IN (%1))")
                         .arg(QStringList(villages.size(), QStringLiteral("?")).join(u','));
            for (const QString &v : std::as_const(villages))
                values << v;
        }
        where += u')';
    }
    if (!scopePrefix.isEmpty()) {
        where += QStringLiteral(" AND area_code LIKE ? ESCAPE '\\'");
        values << likeEscaped(AreaCode::prefix(scopePrefix)) + u'%';
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
        return Error(r.error().code(), tr("The search could not be carried out."), r.error().detail());
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
