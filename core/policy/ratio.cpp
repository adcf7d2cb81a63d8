#include "policy/ratio.h"

namespace doudi::core {

std::optional<Ratio> Ratio::parse(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 6 || frac.size() > 4 || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    const QString digits = whole + frac;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    Ratio r;
    r.den = 1;
    for (int i = 0; i < frac.size(); ++i)
        r.den *= 10;
    r.num = digits.toLongLong();
    return r;
}

QString Ratio::toString() const
{
    // Denominators are powers of ten (from parse) or 1.
    int decimals = 0;
    for (qint64 d = den; d > 1; d /= 10)
        ++decimals;
    if (decimals == 0)
        return QString::number(num);
    QString s = QStringLiteral("%1.%2").arg(num / den).arg(num % den, decimals, 10, QLatin1Char('0'));
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

namespace exact {

Fen divide(Int128 numerator, Int128 denominator, Rounding rounding)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Int128 n = negative ? -numerator : numerator;
    Int128 q;
    if (rounding == Rounding::YuanUp) {
        // Whole yuan, rounded up in the family's favour (for negative amounts: towards zero).
        const Int128 yuanDen = denominator * 100;
        q = negative ? (n / yuanDen) * 100 : ((n + yuanDen - 1) / yuanDen) * 100;
    } else {
        q = (2 * n + denominator) / (2 * denominator); // half away from zero
    }
    return Fen(negative ? -q : q);
}

Fen times(Fen amount, const Ratio &ratio, Rounding rounding)
{
    return divide(Int128(amount) * ratio.num, ratio.den, rounding);
}

} // namespace exact

} // namespace doudi::core
