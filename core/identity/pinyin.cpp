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
    char initial;
};
constexpr SurnameReading kSurnames[] = {
    {U'单', 's'}, {U'解', 'x'}, {U'区', 'o'}, {U'仇', 'q'}, {U'查', 'z'}, {U'朴', 'p'},
    {U'乐', 'y'}, {U'尉', 'y'}, {U'缪', 'm'}, {U'覃', 'q'}, {U'翟', 'z'}, {U'盖', 'g'},
    {U'种', 'c'}, {U'秘', 'b'}, {U'隗', 'w'}, {U'员', 'y'}, {U'长', 'c'}, {U'曾', 'z'},
    {U'沈', 's'}, {U'重', 'c'}, {U'藏', 'z'},
};
} // namespace

char Pinyin::initialOf(char32_t cp)
{
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9'))
        return char(cp);
    if (cp >= U'A' && cp <= U'Z')
        return char(cp - U'A' + U'a');
    const char32_t *begin = pinyintable::kCodePoints;
    const char32_t *end = begin + pinyintable::kCount;
    const char32_t *it = std::lower_bound(begin, end, cp);
    return (it != end && *it == cp) ? pinyintable::kInitials[it - begin] : 0;
}

QString Pinyin::nameInitials(const QString &name)
{
    QString out;
    bool first = true;
    for (char32_t cp : name.toUcs4()) {
        char c = 0;
        if (first) {
            const auto *s = std::find_if(std::begin(kSurnames), std::end(kSurnames),
                                         [cp](const SurnameReading &r) { return r.cp == cp; });
            if (s != std::end(kSurnames))
                c = s->initial;
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
