#pragma once

#include "common/money.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace doudi::core {

// 128-bit integers for exact money arithmetic: products of standards, member counts and
// ratio numerators can exceed 64 bits before the one division at the end.
__extension__ typedef __int128 Int128;

// An exact non-negative ratio such as 1.3 (= 13/10), for multiples and shares in policy data.
// Comparisons are done by cross-multiplying integers, so nothing is rounded before the end.
struct Ratio
{
    qint64 num = 1;
    qint64 den = 1;

    // "1.3", "0.75", "2": up to four decimals; nullopt for anything else.
    static std::optional<Ratio> parse(const QString &text);
    QString toString() const; // "1.3"
    bool operator==(const Ratio &o) const { return num * o.den == o.num * den; }
};

enum class Rounding
{
    FenHalfUp,
    YuanUp
};

namespace exact {
// numerator / denominator rounded once, by the county's rule (DOMAIN §2 "Arithmetic").
Fen divide(Int128 numerator, Int128 denominator, Rounding rounding);
// amount × ratio, rounded once.
Fen times(Fen amount, const Ratio &ratio, Rounding rounding);
} // namespace exact

} // namespace doudi::core

Q_DECLARE_METATYPE(doudi::core::Ratio)
