#include "identity/pinyin.h"

#include "identity/pinyintable.h"

#include <QList>

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
    {U'单', "shan"}, {U'解', "xie"}, {U'区', "ou"},    {U'仇', "qiu"}, {U'查', "zha"},   {U'朴', "piao"},
    {U'乐', "yue"},  {U'尉', "yu"},  {U'缪', "miao"},  {U'覃', "qin"}, {U'翟', "zhai"},  {U'盖', "ge"},
    {U'种', "chong"}, {U'秘', "bi"}, {U'隗', "wei"},   {U'员', "yun"}, {U'长', "chang"}, {U'曾', "zeng"},
    {U'沈', "shen"}, {U'重', "chong"}, {U'藏', "zang"},
};

const SurnameReading *surnameReading(char32_t cp)
{
    const auto *s = std::find_if(std::begin(kSurnames), std::end(kSurnames),
                                 [cp](const SurnameReading &r) { return r.cp == cp; });
    return s != std::end(kSurnames) ? s : nullptr;
}

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

} // namespace doudi::core
