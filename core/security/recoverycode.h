#pragma once

#include <QString>

namespace doudi::core {

// The recovery code printed once at set-up and kept in the township safe: 24 characters of
// Crockford base32 (120 bits) in six groups of four, e.g. "7KQM-2WXH-...". Letters that are
// easy to confuse (I, L, O, U) are not used, and are read as 1, 1, 0 when typed.
class RecoveryCode
{
public:
    static QString generate();
    // Upper-cases, drops spaces and dashes, maps I/L → 1 and O → 0. Empty if not a code.
    static QString normalize(const QString &typed);
    // The characters as typed, read the way normalize() reads them (any case, I and L as 1, O
    // as 0, dashes and spaces ignored), of any length; empty if one is not in the alphabet.
    static QString readTyped(const QString &typed);
    static QString format(const QString &normalized); // groups of four with dashes
};

} // namespace doudi::core
