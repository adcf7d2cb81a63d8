#include "documents/chinesetext.h"

namespace doudi::core::chinese {

namespace {
const QString kDigits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
const QStringList kUnits = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
const QStringList kGroups = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};

// Whole yuan in capitals: runs of zeros become one 零, none at the end, and a group of
// four digits that is all zeros does not name its unit (1亿零5, not 1亿零万零5).
QString integerCapitals(qint64 n)
{
    const QString digits = QString::number(n);
    QString out;
    bool zero = false;
    for (qsizetype k = 0; k < digits.size(); ++k) {
        const int i = int(digits.size() - 1 - k); // power of ten
        const int d = digits[k].digitValue();
        if (d == 0) {
            zero = true;
        } else {
            if (zero)
                out += kDigits[0];
            zero = false;
            out += kDigits[d] + kUnits[i % 4];
        }
        if (i % 4 == 0 && i > 0) {
            qint64 scale = 1;
            for (int j = 0; j < i; ++j)
                scale *= 10;
            if ((n / scale) % 10000 != 0)
                out += kGroups[i / 4];
        }
    }
    return out;
}
} // namespace

QString date(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString month(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月").arg(d.year()).arg(d.month()) : QString();
}

QString yuanInCapitals(Fen fen)
{
    QString out = fen < 0 ? QStringLiteral("负") : QString();
    const qint64 abs = fen < 0 ? -fen : fen;
    const qint64 yuan = abs / 100;
    const int jiao = int(abs / 10 % 10);
    const int cents = int(abs % 10);
    if (yuan > 0)
        out += integerCapitals(yuan) + QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return out + (abs == 0 ? QStringLiteral("零元整") : QStringLiteral("整"));
    if (jiao > 0)
        out += kDigits[jiao] + QStringLiteral("角");
    else if (abs >= 100)
        out += kDigits[0];
    if (cents > 0)
        out += kDigits[cents] + QStringLiteral("分");
    return out;
}

} // namespace doudi::core::chinese
