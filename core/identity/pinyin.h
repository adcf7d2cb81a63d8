#pragma once

#include <QString>
#include <QtGlobal>

namespace doudi::core {

// 拼音首字母 for name search: 张桂英 → "zgy"; whole syllables for search by full pinyin and for
// checking that a password holds no name: "zhangguiying". Latin letters and digits pass through in lower
// case; other characters without a reading are dropped.
class Pinyin
{
public:
    // Initials using each character's most common reading; the first character of a
    // name is read as a surname where that differs (单 shan, 曾 zeng, 解 xie …).
    static QString nameInitials(const QString &name);
    // The initial of one character, or 0 when it has none.
    static char initialOf(char32_t codePoint);
    // The whole name in toneless pinyin, syllables joined, surnames read as above: 张桂英 →
    // "zhangguiying", 吕 → "lv" (ü as v, as typed). Latin letters and digits pass through in
    // lower case; other characters without a reading are dropped.
    static QString nameSyllables(const QString &name);
    // The toneless syllable of one character ("zhang"), or empty when it has none.
    static QString syllableOf(char32_t codePoint);

    // Every reading of a name, for search: a character with several readings (朝 chao, zhao;
    // 长 chang, zhang) makes a name several, and a person is found by any of them. The
    // preferred reading first (as above), the others after it, each once, separated by a space;
    // at most kMaxReadings of them.
    static constexpr int kMaxReadings = 8;
    static QString initialReadings(const QString &name);
    // The same in whole syllables, with where each syllable begins, for search by whole pinyin
    // (王德林 → "wangdelin", bits 0, 4 and 6): bit i is set when a syllable begins at offset i,
    // counted across the readings and the spaces between them (from 64 on, not marked).
    static QString syllableReadings(const QString &name, quint64 *starts);
};

} // namespace doudi::core
