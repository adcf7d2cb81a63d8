#pragma once

// The generated table (see tools/pinyingen.cpp): sorted code points, their initials and their
// toneless syllables (kSyllables[kSyllableOf[i]]) from the preferred reading.
namespace doudi::core::pinyintable {
extern const char32_t kCodePoints[];
extern const char kInitials[];
extern const int kCount;
extern const char *const kSyllables[];
extern const unsigned short kSyllableOf[];
extern const int kSyllableCount;
// Each character's other readings: code points sorted (a character with several repeats), and
// their syllables (kSyllables[kOtherSyllableOf[i]]).
extern const char32_t kOtherCodePoints[];
extern const unsigned short kOtherSyllableOf[];
extern const int kOtherCount;
} // namespace doudi::core::pinyintable
