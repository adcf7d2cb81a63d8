#pragma once

#include <QString>

namespace doudi::core {

// 拼音首字母 for name search: 张桂英 → "zgy". Latin letters and digits pass through in lower
// case; other characters without a reading are dropped.
class Pinyin
{
public:
    // Initials using each character's most common reading; the first character of a
    // name is read as a surname where that differs (单 shan, 曾 zeng, 解 xie …).
    static QString nameInitials(const QString &name);
    // The initial of one character, or 0 when it has none.
    static char initialOf(char32_t codePoint);
};

} // namespace doudi::core
