#include "storage/householdsearch.h"

#include "identity/areacode.h"
#include "identity/idnumber.h"

#include <QSet>

#include <algorithm>

namespace doudi::core {

namespace {
enum class Kind
{
    Digits,
    Letters,
    Text
};

Kind classify(const QString &q)
{
    bool digits = true, letters = true;
    for (int i = 0; i < q.size(); ++i) {
        const QChar c = q[i];
        const bool isDigit = c >= u'0' && c <= u'9';
        const bool isX = c == u'X' && i == q.size() - 1 && i > 0;
        digits = digits && (isDigit || isX || c == u'-');
        letters = letters && ((c.isLetter() && c.unicode() < 128) || c == u' '); // "wang delin" too
    }
    return digits ? Kind::Digits : letters && q.trimmed().size() > 0 ? Kind::Letters : Kind::Text;
}

// 0 exact, 1 starts with, 2 contains, 3 found elsewhere (phone, village).
int rankIn(QStringView value, const QString &q)
{
    if (value == q)
        return 0;
    if (value.startsWith(q))
        return 1;
    return value.contains(q) ? 2 : 3;
}
// The best rank among a name's readings (SearchIndex::initials): a match of another reading
// than the preferred one ranks one lower (张桂英 before 丁桂英, whose 丁 may read zhēng).
int rankInReadings(const QString &readings, const QString &q)
{
    int best = 3;
    bool preferred = true;
    for (const QStringView reading : QStringView(readings).split(u' ')) {
        if (const int rank = rankIn(reading, q); rank < 3)
            best = std::min(best, preferred ? rank : std::min(rank + 1, 2));
        preferred = false;
    }
    return best;
}
} // namespace

Result<QList<SearchHit>> HouseholdSearch::search(const QString &input, int limit, const QStringList &prefixes)
{
    QList<SearchHit> hits;
    // Whole characters only: half of a surrogate pair (a name's 𠮷 cut short) would match the
    // other halves of unrelated characters (toUcs4 makes a lone half U+FFFD, found nowhere).
    const QList<uint> characters = input.simplified().toUcs4();
    QString q =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), std::min<qsizetype>(characters.size(), 40));
    if (q.isEmpty() || limit <= 0)
        return hits;
    if (Status st = m_index.ensureCurrent(); !st)
        return Error(st.error().code(), tr("The search could not be carried out."), st.error().fullText());

    struct Candidate
    {
        int entry;
        int rank;
    };
    QList<Candidate> found;
    const Kind kind = classify(IdNumber::normalize(q));
    if (kind == Kind::Digits) {
        q = IdNumber::normalize(q).remove(u'-');
        for (int i : m_index.find(SearchIndex::Field::Digits, q))
            found.append({i, rankIn(m_index.entry(i).idNumber, q)});
    } else if (kind == Kind::Letters) {
        // Initials (zgy → 张桂英) and whole pinyin from a syllable (wang, wangdelin, wangd, delin
        // → 王德林), each entry once at its better rank. One letter is the same either way.
        q = q.toLower().remove(u' ');
        const QList<int> byInitials = m_index.find(SearchIndex::Field::Initials, q);
        const QList<SearchIndex::SyllableHit> bySyllables =
            q.size() > 1 ? m_index.findSyllables(q) : QList<SearchIndex::SyllableHit>();
        if (bySyllables.isEmpty()) {
            for (int i : byInitials)
                found.append({i, rankInReadings(m_index.initials(i), q)});
        } else {
            QHash<int, qsizetype> at; // entry → its place in found
            at.reserve(bySyllables.size());
            for (const SearchIndex::SyllableHit &h : bySyllables) {
                at.insert(h.entry, found.size());
                found.append({h.entry, h.rank});
            }
            for (int i : byInitials) {
                const int rank = rankInReadings(m_index.initials(i), q);
                if (const auto it = at.constFind(i); it != at.cend())
                    found[*it].rank = std::min(found[*it].rank, rank);
                else
                    found.append({i, rank});
            }
        }
    } else {
        for (int i : m_index.find(SearchIndex::Field::Name, q))
            found.append({i, rankIn(m_index.entry(i).name, q)});
        // A village name matches every household there (through its head).
        QStringList villages;
        for (const Area &a : m_areas.villages()) {
            if (a.name.contains(q))
                villages << a.code;
        }
        for (int i : m_index.entriesOfArea(villages))
            found.append({i, 4});
    }
    if (!prefixes.isEmpty()) {
        found.removeIf([&](const Candidate &c) {
            const QString &area = m_index.entry(c.entry).areaCode;
            return std::none_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return area.startsWith(p); });
        });
    }
    const auto better = [&](const Candidate &a, const Candidate &b) {
        const SearchIndex::Entry &ea = m_index.entry(a.entry), &eb = m_index.entry(b.entry);
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (ea.isHead != eb.isHead)
            return ea.isHead;
        return ea.name < eb.name;
    };
    // A one-letter query can match tens of thousands of people: only the best few need order.
    // Each household appears at most a few times, so 8 × limit candidates hold limit households.
    const qsizetype wanted = std::min<qsizetype>(found.size(), qsizetype(limit) * 8);
    std::partial_sort(found.begin(), found.begin() + wanted, found.end(), better);
    if (wanted < found.size()) {
        QSet<QString> households;
        for (qsizetype i = 0; i < wanted; ++i)
            households.insert(m_index.entry(found[i].entry).householdId);
        if (households.size() < limit)
            std::sort(found.begin(), found.end(), better); // many members of few households: order all
    }
    QSet<QString> seen;
    for (const Candidate &c : std::as_const(found)) {
        const SearchIndex::Entry &e = m_index.entry(c.entry);
        if (seen.contains(e.householdId))
            continue;
        seen.insert(e.householdId);
        const int head = m_index.headOf(e.householdId);
        hits.append({e.householdId, e.personId, e.name, head >= 0 ? m_index.entry(head).name : QString(), e.idNumber, e.areaCode,
                     e.isHead, c.rank});
        if (hits.size() == limit)
            break;
    }
    return hits;
}

} // namespace doudi::core
