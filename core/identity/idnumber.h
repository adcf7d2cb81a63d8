#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace doudi::core {

enum class Sex
{
    Unknown,
    Male,
    Female
};

// 居民身份证号 per GB 11643-1999.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    struct Info
    {
        QString number;   // normalised 18-character form
        QString areaCode; // first six digits (abolished codes are accepted)
        QDate birthDate;
        Sex sex = Sex::Unknown;
        bool upgradedFrom15 = false;
    };

    // Full-width digits and X → ASCII, lower-case x → X, spaces dropped. No validation.
    static QString normalize(const QString &input);
    // Validates (length, digits, date, check character) and upgrades 15 digits to 18.
    static Result<Info> parse(const QString &input);
    static bool isValid(const QString &input) { return parse(input).ok(); }
    // The check character for the first 17 digits ('0'–'9' or 'X').
    static QChar checkCharacter(QStringView first17);
    // Completed years at the given date (a birthday on 29 Feb counts on 1 Mar in other years).
    static int ageAt(const QDate &birthDate, const QDate &at);
    // "110105********002X": first 6 and last 4 (DOMAIN §8); anything shorter is all stars.
    static QString mask(const QString &number);
};

} // namespace doudi::core
