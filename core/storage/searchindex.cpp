#include "storage/searchindex.h"

#include "identity/pinyin.h"
#include "storage/database.h"

#include <QSet>

#include <algorithm>

namespace doudi::core {

namespace {
const QString kColumns =
    QStringLiteral("SELECT person_id, household_id, name, id_number, phones, area_code, is_head FROM search_index");
}

void SearchIndex::Column::append(const QString &value)
{
    starts.append(int(text.size()));
    text.append(value);
    text.append(u'\n');
}

QString SearchIndex::Column::at(int i) const
{
    const int end = i + 1 < starts.size() ? starts[i + 1] - 1 : int(text.size()) - 1;
    return text.mid(starts[i], end - starts[i]);
}

QString SearchIndex::initials(int i) const
{
    return m_initials.at(i);
}

QString SearchIndex::syllables(int i) const
{
    return m_syllables.at(i);
}

QString SearchIndex::digits(int i) const
{
    return m_digits.at(i);
}

Result<qint64> SearchIndex::dataVersion()
{
    Result<Query> q = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    const qint64 v = q->next() ? q->value(0).toLongLong() : -1;
    q->finish();
    return v;
}

Status SearchIndex::ensureCurrent()
{
    Result<qint64> version = dataVersion();
    if (!version)
        return version.error();
    if (m_loaded && *version == m_dataVersion)
        return {};
    m_dataVersion = *version;
    return reload();
}

Status SearchIndex::reload()
{
    m_entries.clear();
    m_names = {};
    m_initials = {};
    m_digits = {};
    m_syllables = {};
    m_syllableStarts.clear();
    m_byHousehold.clear();
    m_loaded = false;
    Result<Query> q = m_db.exec(kColumns);
    if (!q)
        return q.error();
    while (q->next())
        append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                q->value(5).toString(), q->value(6).toInt() != 0, false},
               q->value(4).toString());
    m_loaded = true;
    return {};
}

Status SearchIndex::appendHousehold(const QString &householdId)
{
    Result<Query> q = m_db.exec(kColumns + QStringLiteral(" WHERE household_id = ?"), {householdId});
    if (!q)
        return q.error();
    while (q->next())
        append({q->value(0).toString(), householdId, q->value(2).toString(), q->value(3).toString(), q->value(5).toString(),
                q->value(6).toInt() != 0, false},
               q->value(4).toString());
    return {};
}

void SearchIndex::append(Entry e, const QString &phones)
{
    m_names.append(e.name);
    // The pinyin is not stored: it follows from the name, and is computed as it loads, every
    // reading of the name (Pinyin::initialReadings), so a better table needs no migration.
    m_initials.append(Pinyin::initialReadings(e.name));
    m_digits.append(e.idNumber + u' ' + phones);
    quint64 starts = 0;
    m_syllables.append(Pinyin::syllableReadings(e.name, &starts));
    m_syllableStarts.append(starts);
    m_byHousehold[e.householdId].append(int(m_entries.size()));
    m_entries.append(std::move(e));
}

Status SearchIndex::refreshHousehold(const QString &householdId)
{
    if (!m_loaded)
        return {}; // loaded whole at the first search
    for (int i : m_byHousehold.take(householdId))
        m_entries[i].removed = true;
    // data_version ignores this connection's own commits, so nothing else is stale.
    return appendHousehold(householdId);
}

QList<int> SearchIndex::find(Field field, const QString &text) const
{
    const Column &c = field == Field::Name        ? m_names
                      : field == Field::Initials  ? m_initials
                      : field == Field::Syllables ? m_syllables
                                                  : m_digits;
    QList<int> out;
    if (text.isEmpty() || text.contains(u'\n'))
        return out;
    const QStringView hay(c.text);
    int last = -1;
    for (qsizetype pos = hay.indexOf(text); pos >= 0; pos = hay.indexOf(text, pos + 1)) {
        const int i = int(std::upper_bound(c.starts.cbegin(), c.starts.cend(), int(pos)) - c.starts.cbegin()) - 1;
        if (i != last && !m_entries[i].removed)
            out.append(i);
        last = i;
    }
    return out;
}

QList<SearchIndex::SyllableHit> SearchIndex::findSyllables(const QString &text) const
{
    QList<SyllableHit> out;
    if (text.isEmpty() || text.contains(u'\n'))
        return out;
    const QStringView hay(m_syllables.text);
    const QList<int> &starts = m_syllables.starts;
    for (qsizetype pos = hay.indexOf(text); pos >= 0;) {
        const int i = int(std::upper_bound(starts.cbegin(), starts.cend(), int(pos)) - starts.cbegin()) - 1;
        const int offset = int(pos) - starts[i];
        const bool atSyllable = offset < 64 && (m_syllableStarts[i] >> offset) & 1u;
        if (atSyllable && !m_entries[i].removed) {
            const int end = i + 1 < starts.size() ? starts[i + 1] - 1 : int(hay.size()) - 1;
            // The entry's readings are separated by spaces: a hit is ranked within its reading.
            const bool readingStart = offset == 0 || hay[pos - 1] == u' ';
            const qsizetype after = pos + text.size();
            const bool readingEnd = after >= end || hay[after] == u' ';
            // Another reading than the preferred one (after the first space) ranks one lower.
            const bool preferred = !hay.mid(starts[i], offset).contains(u' ');
            const int rank = std::min(2, (!readingStart ? 2 : readingEnd ? 0 : 1) + (preferred ? 0 : 1));
            out.append({i, rank});
            // One hit per entry: on to the next one.
            pos = hay.indexOf(text, end + 1);
        } else {
            pos = hay.indexOf(text, pos + 1);
        }
    }
    return out;
}

int SearchIndex::headOf(const QString &householdId) const
{
    for (int i : m_byHousehold.value(householdId)) {
        if (m_entries[i].isHead && !m_entries[i].removed)
            return i;
    }
    return -1;
}

QList<int> SearchIndex::entriesOfArea(const QStringList &areaCodes) const
{
    const QSet<QString> codes(areaCodes.cbegin(), areaCodes.cend());
    QList<int> out;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].removed && m_entries[i].isHead && codes.contains(m_entries[i].areaCode))
            out.append(i);
    }
    return out;
}

} // namespace doudi::core
