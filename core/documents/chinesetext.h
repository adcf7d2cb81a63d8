#pragma once

#include "common/money.h"

#include <QDate>
#include <QString>

namespace doudi::core::chinese {

// 2026年3月5日, as official documents write dates.
QString date(const QDate &d);
// 2026年3月: a month, e.g. the first month paid.
QString month(const QDate &d);
// The amount in capitals as on cheques and official forms (大写): 1372.00 → 壹仟叁佰柒拾贰元整,
// 1005.30 → 壹仟零伍元叁角, 0.05 → 伍分.
QString yuanInCapitals(Fen fen);

} // namespace doudi::core::chinese
