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

qsizetype indexOf(char32_t cp);

// A character's readings, the preferred one first; for the first character of a name its
// reading as a surname leads where it has one. Latin letters and digits stand for themselves.
QList<const char *> readingsOf(char32_t cp, bool first, char latin[2])
{
    QList<const char *> out;
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z')) {
        latin[0] = Pinyin::initialOf(cp);
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

// Every combination of the characters' readings (the first of each first, then the last
// character's others, and so on), each made by make, each distinct result once, at most
// Pinyin::kMaxReadings.
template <typename Make> QStringList combinations(const QString &name, Make make)
{
    const QList<uint> characters = name.toUcs4();
    QList<QList<const char *>> readings;
    std::vector<std::array<char, 2>> latin(size_t(characters.size()));
    for (qsizetype i = 0; i < characters.size(); ++i) {
        QList<const char *> r = readingsOf(char32_t(characters[i]), readings.isEmpty(), latin[size_t(i)].data());
        if (!r.isEmpty())
            readings.append(r);
    }
    QStringList out;
    QList<qsizetype> choice(readings.size(), 0);
    // At most 4 × kMaxReadings combinations looked at: a long name of many-reading characters
    // gives its first ones, not a combinatorial explosion.
    for (int tried = 0; tried < 4 * Pinyin::kMaxReadings && out.size() < Pinyin::kMaxReadings; ++tried) {
        QList<const char *> picked;
        for (qsizetype i = 0; i < readings.size(); ++i)
            picked.append(readings[i][choice[i]]);
        const QString made = make(picked);
        if (!made.isEmpty() && !out.contains(made))
            out.append(made);
        qsizetype i = readings.size() - 1; // the next combination, odometer-wise
        while (i >= 0 && ++choice[i] == readings[i].size())
            choice[i--] = 0;
        if (i < 0)
            break;
    }
    return out;
}
} // namespace

namespace {
qsizetype indexOf(char32_t cp)
{
    const char32_t *begin = pinyintable::kCodePoints;
    const char32_t *end = begin + pinyintable::kCount;
    const char32_t *it = std::lower_bound(begin, end, cp);
    return (it != end && *it == cp) ? it - begin : -1;
}
} // namespace

char Pinyin::initialOf(char32_t cp)
{
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9'))
        return char(cp);
    if (cp >= U'A' && cp <= U'Z')
        return char(cp - U'A' + U'a');
    const qsizetype i = indexOf(cp);
    return i >= 0 ? pinyintable::kInitials[i] : 0;
}

QString Pinyin::syllableOf(char32_t cp)
{
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z'))
        return QString(QLatin1Char(initialOf(cp)));
    const qsizetype i = indexOf(cp);
    return i >= 0 ? QString::fromLatin1(pinyintable::kSyllables[pinyintable::kSyllableOf[i]]) : QString();
}

QString Pinyin::nameSyllables(const QString &name)
{
    return nameSyllables(name, nullptr);
}

QString Pinyin::nameSyllables(const QString &name, quint64 *starts)
{
    // Called for every person when the search index loads: no string per syllable.
    QString out;
    out.reserve(name.size() * 4);
    quint64 marks = 0;
    bool first = true;
    for (char32_t cp : name.toUcs4()) {
        const char *syllable = nullptr;
        char latin[2] = {0, 0};
        if (first) {
            if (const SurnameReading *s = surnameReading(cp))
                syllable = s->syllable;
        }
        if (!syllable) {
            if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z')) {
                latin[0] = initialOf(cp);
                syllable = latin;
            } else if (const qsizetype i = indexOf(cp); i >= 0) {
                syllable = pinyintable::kSyllables[pinyintable::kSyllableOf[i]];
            }
        }
        if (!syllable || !*syllable)
            continue;
        if (out.size() < 64)
            marks |= quint64(1) << out.size();
        out.append(QLatin1String(syllable));
        first = false;
    }
    if (starts)
        *starts = marks;
    return out;
}

QString Pinyin::nameInitials(const QString &name)
{
    QString out;
    bool first = true;
    for (char32_t cp : name.toUcs4()) {
        char c = 0;
        if (first) {
            if (const SurnameReading *s = surnameReading(cp))
                c = s->syllable[0];
        }
        if (!c)
            c = initialOf(cp);
        if (c) {
            out.append(QLatin1Char(c));
            first = false;
        }
    }
    return out;
}

QString Pinyin::initialReadings(const QString &name)
{
    return combinations(name,
                        [](const QList<const char *> &picked) {
                            QString out;
                            for (const char *s : picked)
                                out.append(QLatin1Char(s[0]));
                            return out;
                        })
        .join(u' ');
}

QString Pinyin::syllableReadings(const QString &name, quint64 *starts)
{
    QString out;
    quint64 marks = 0;
    for (const QString &reading : combinations(name, [](const QList<const char *> &picked) {
             QString text;
             for (const char *s : picked)
                 text.append(QLatin1String(s)).append(u'|'); // each syllable's end, for the marks below
             return text;
         })) {
        if (!out.isEmpty())
            out.append(u' ');
        bool atStart = true;
        for (const QChar c : reading) {
            if (c == u'|') {
                atStart = true;
                continue;
            }
            if (atStart && out.size() < 64)
                marks |= quint64(1) << out.size();
            atStart = false;
            out.append(c);
        }
    }
    if (starts)
        *starts = marks;
    return out;
}

} // namespace doudi::core
