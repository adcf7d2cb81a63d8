#pragma once

// The generated table (see tools/pinyingen.cpp): sorted code points, their initials and their
// toneless syllables (kSyllables[kSyllableOf[i]]).
namespace doudi::core::pinyintable {
extern const char32_t kCodePoints[];
extern const char kInitials[];
extern const int kCount;
extern const char *const kSyllables[];
extern const unsigned short kSyllableOf[];
extern const int kSyllableCount;
} // namespace doudi::core::pinyintable
