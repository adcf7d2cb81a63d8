#include "identity/idnumber.h"

#include "common/clock.h"

namespace doudi::core {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Error invalid(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}
} // namespace

QString IdNumber::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            out.append(QChar(u - 0xFF10 + u'0'));
        else if (u == 0xFF38 || u == 0xFF58 || u == u'x') // full-width X, x, and ASCII x
            out.append(u'X');
        else if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

Result<IdNumber::Info> IdNumber::parse(const QString &input)
{
    QString n = normalize(input);
    Info info;
    if (n.isEmpty())
        return invalid(tr("The ID number is empty."));
    if (n.size() == 15) {
        if (!allDigits(n))
            return invalid(tr("A 15-digit ID number may contain digits only."));
        n = n.left(6) + QStringLiteral("19") + n.mid(6);
        n.append(checkCharacter(n));
        info.upgradedFrom15 = true;
    }
    if (n.size() != 18)
        return invalid(tr("An ID number has 18 characters (or 15 for old cards); this one has %1.").arg(n.size()));
    if (!allDigits(QStringView(n).left(17)) || !(n[17].isDigit() || n[17] == u'X'))
        return invalid(tr("An ID number has 17 digits followed by a digit or X."));
    if (n.left(2) == QStringLiteral("00") || n[0] == u'0')
        return invalid(tr("The ID number's area code (first six digits) is not valid."));
    const QDate birth(n.mid(6, 4).toInt(), n.mid(10, 2).toInt(), n.mid(12, 2).toInt());
    if (!birth.isValid())
        return invalid(tr("The birth date in the ID number (%1) is not a real date.").arg(n.mid(6, 8)));
    if (birth.year() < 1880 || birth > Clock::today())
        return invalid(tr("The birth date in the ID number (%1) is impossible.").arg(birth.toString(Qt::ISODate)));
    if (checkCharacter(QStringView(n).left(17)) != n[17])
        return invalid(tr("The ID number's check character does not match: please check each digit."));
    info.number = n;
    info.areaCode = n.left(6);
    info.birthDate = birth;
    info.sex = (n[16].unicode() - u'0') % 2 ? Sex::Male : Sex::Female;
    return info;
}

int IdNumber::ageAt(const QDate &birthDate, const QDate &at)
{
    if (!birthDate.isValid() || !at.isValid() || at < birthDate)
        return 0;
    int age = at.year() - birthDate.year();
    if (at.month() < birthDate.month() || (at.month() == birthDate.month() && at.day() < birthDate.day()))
        --age;
    return age;
}

QString IdNumber::mask(const QString &number)
{
    if (number.size() < 10)
        return QString(number.size(), u'*');
    return number.left(6) + QString(number.size() - 10, u'*') + number.right(4);
}

} // namespace doudi::core
