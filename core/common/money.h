#pragma once

#include <QString>

#include <optional>

namespace doudi::core {

// Money is integer fen everywhere (DESIGN §5). These convert at the edges only.
using Fen = qint64;

namespace money {
// "612.5", "612.50", "-3", "1,234.56" → fen; nullopt for anything else (never rounds:
// a third decimal is an error, not a guess).
std::optional<Fen> parseYuan(const QString &text);
// 61250 → "612.50"
QString formatYuan(Fen fen);
// The largest amount we accept anywhere (a hundred million yuan): bigger is a typing error.
constexpr Fen kMaxFen = Fen(100'000'000) * 100;
} // namespace money

} // namespace doudi::core
