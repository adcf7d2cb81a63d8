#pragma once

// The generated table (see tools/pinyingen.cpp): sorted code points and their initials.
namespace doudi::core::pinyintable {
extern const char32_t kCodePoints[];
extern const char kInitials[];
extern const int kCount;
} // namespace doudi::core::pinyintable
