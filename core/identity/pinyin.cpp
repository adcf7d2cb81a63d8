#include "identity/pinyin.h"

#include "identity/pinyintable.h"

#include <QList>
#include <QStringList>

#include <array>
#include <vector>

#include <algorithm>

namespace doudi::core {

namespace {
// Surnames whose reading differs from the character's most common one.
struct SurnameReading
{
    char32_t cp;
    const char *syllable;
};
constexpr SurnameReading kSurnames[] = {
    {U'单', "shan"}, {U'解', "xie"},  {U'区', "ou"},    {U'仇', "qiu"},  {U'查', "zha"},  {U'朴', "piao"},  {U'乐', "yue"},
    {U'尉', "yu"},   {U'缪', "miao"}, {U'覃', "qin"},   {U'翟', "zhai"}, {U'盖', "ge"},   {U'种', "chong"}, {U'秘', "bi"},
    {U'隗', "wei"},  {U'员', "yun"},  {U'长', "chang"}, {U'曾', "zeng"}, {U'沈', "shen"}, {U'重', "chong"}, {U'藏', "zang"},
};

const SurnameReading *surnameReading(char32_t cp)
{
    const auto *s =
        std::find_if(std::begin(kSurnames), std::end(kSurnames), [cp](const SurnameReading &r) { return r.cp == cp; });
    return s != std::end(kSurnames) ? s : nullptr;
}

qsizetype indexOf(char32_t cp)
{
    const char32_t *begin = pinyintable::kCodePoints;
    const char32_t *end = begin + pinyintable::kCount;
    const char32_t *it = std::lower_bound(begin, end, cp);
    return (it != end && *it == cp) ? it - begin : -1;
}

// A character's readings, the preferred one first; for the first character of a name its
// reading as a surname leads where it has one. Latin letters and digits stand for themselves,
// in lower case (written into latin).
QList<const char *> readingsOf(char32_t cp, bool first, char latin[2])
{
    QList<const char *> out;
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z')) {
        latin[0] = cp >= U'A' && cp <= U'Z' ? char(cp - U'A' + U'a') : char(cp);
        latin[1] = 0;
        out.append(latin);
        return out;
    }
    if (first) {
        if (const SurnameReading *s = surnameReading(cp))
            out.append(s->syllable);
    }
    const qsizetype i = indexOf(cp);
    if (i < 0)
        return out;
    const auto add = [&out](const char *syllable) {
        if (*syllable && std::none_of(out.cbegin(), out.cend(), [syllable](const char *s) { return qstrcmp(s, syllable) == 0; }))
            out.append(syllable);
    };
    add(pinyintable::kSyllables[pinyintable::kSyllableOf[i]]);
    const char32_t *begin = pinyintable::kOtherCodePoints;
    const char32_t *end = begin + pinyintable::kOtherCount;
    for (const char32_t *it = std::lower_bound(begin, end, cp); it != end && *it == cp; ++it)
        add(pinyintable::kSyllables[pinyintable::kOtherSyllableOf[it - begin]]);
    return out;
}

// The readings of each character of a name that has any (the first of them read as a
// surname); latin holds the text of Latin letters and digits.
QList<QList<const char *>> readingsOfName(const QString &name, std::vector<std::array<char, 2>> &latin)
{
    const QList<uint> characters = name.toUcs4();
    latin.assign(size_t(characters.size()), {});
    QList<QList<const char *>> out;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        QList<const char *> r = readingsOf(char32_t(characters[i]), out.isEmpty(), latin[size_t(i)].data());
        if (!r.isEmpty())
            out.append(r);
    }
    return out;
}

// The preferred reading of a name: each character's first.
QList<const char *> preferredReading(const QString &name, std::vector<std::array<char, 2>> &latin)
{
    QList<const char *> out;
    for (const QList<const char *> &r : readingsOfName(name, latin))
        out.append(r.constFirst());
    return out;
}

// Offers take() the combinations of the characters' readings, the preferred one first, then
// the last character's others, and so on (odometer-wise). take() says whether it kept one (a
// reading it had not yet); at most Pinyin::kMaxReadings are kept, and at most four times as
// many looked at, so that a long name of many-reading characters gives its first ones rather
// than a combinatorial explosion.
template <typename Take> void forEachReading(const QString &name, Take take)
{
    std::vector<std::array<char, 2>> latin;
    const QList<QList<const char *>> readings = readingsOfName(name, latin);
    QList<qsizetype> choice(readings.size(), 0);
    int kept = 0;
    for (int tried = 0; tried < 4 * Pinyin::kMaxReadings && kept < Pinyin::kMaxReadings; ++tried) {
        QList<const char *> picked;
        for (qsizetype i = 0; i < readings.size(); ++i)
            picked.append(readings[i][choice[i]]);
        if (take(picked))
            ++kept;
        qsizetype i = readings.size() - 1;
        while (i >= 0 && ++choice[i] == readings[i].size())
            choice[i--] = 0;
        if (i < 0)
            break;
    }
}

QString initialsOf(const QList<const char *> &picked)
{
    QString out;
    for (const char *s : picked)
        out.append(QLatin1Char(s[0]));
    return out;
}

QString syllablesOf(const QList<const char *> &picked)
{
    QString out;
    for (const char *s : picked)
        out.append(QLatin1String(s));
    return out;
}
} // namespace

char Pinyin::initialOf(char32_t cp)
{
    char latin[2];
    const QList<const char *> r = readingsOf(cp, false, latin);
    return r.isEmpty() ? 0 : r.constFirst()[0];
}

QString Pinyin::syllableOf(char32_t cp)
{
    char latin[2];
    const QList<const char *> r = readingsOf(cp, false, latin);
    return r.isEmpty() ? QString() : QString::fromLatin1(r.constFirst());
}

QString Pinyin::nameSyllables(const QString &name)
{
    std::vector<std::array<char, 2>> latin;
    return syllablesOf(preferredReading(name, latin));
}

QString Pinyin::nameInitials(const QString &name)
{
    std::vector<std::array<char, 2>> latin;
    return initialsOf(preferredReading(name, latin));
}

QString Pinyin::initialReadings(const QString &name)
{
    QStringList out;
    forEachReading(name, [&out](const QList<const char *> &picked) {
        const QString initials = initialsOf(picked);
        if (initials.isEmpty() || out.contains(initials))
            return false;
        out.append(initials);
        return true;
    });
    return out.join(u' ');
}

QString Pinyin::syllableReadings(const QString &name, quint64 *starts)
{
    QStringList seen;
    QString out;
    quint64 marks = 0;
    forEachReading(name, [&](const QList<const char *> &picked) {
        const QString whole = syllablesOf(picked);
        if (whole.isEmpty() || seen.contains(whole))
            return false;
        seen.append(whole);
        if (!out.isEmpty())
            out.append(u' ');
        for (const char *s : picked) {
            if (out.size() < 64)
                marks |= quint64(1) << out.size();
            out.append(QLatin1String(s));
        }
        return true;
    });
    if (starts)
        *starts = marks;
    return out;
}

} // namespace doudi::core
