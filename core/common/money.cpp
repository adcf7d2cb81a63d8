#include "common/money.h"

namespace doudi::core::money {

std::optional<Fen> parseYuan(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u',');
    text.remove(u'，');
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    const QString digits = whole + frac;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    Fen fen = whole.toLongLong() * 100;
    if (!frac.isEmpty())
        fen += frac.size() == 1 ? frac.toLongLong() * 10 : frac.toLongLong();
    return negative ? -fen : fen;
}

QString formatYuan(Fen fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace doudi::core::money
