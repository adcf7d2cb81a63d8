#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// Who the password is for: what a guesser knows of them. Any field may be empty.
struct PasswordContext
{
    QString userName;    // the sign-in name ("zhangsf")
    QString displayName; // the name in Chinese characters ("张三丰")
    QString idNumber;    // 居民身份证号, where it is known
};

// Whether a new password is good enough to guard a profile (issue 10, point 5). A password is
// refused when it is
// - shorter than kMinLength characters;
// - the person's own: it holds their user name or display name, the name's pinyin (whole,
//   given name, or initials) or 6 or more digits in a row of their ID number (birth date,
//   last six …);
// - a common Chinese weak password from the shipped list (resources/data/weak-passwords-zh.txt:
//   woaini1314, 888888, pinyin of common words and names), also with digits, a year or a few
//   symbols added (wangwei2026);
// - a sequence or keyboard walk with little else (23456789, 1qaz2wsx, asdfgh!!);
// - refused by libpwquality: an English dictionary word (cracklib), a palindrome, too few
//   different characters.
// Messages are Chinese through tr() and say what to do; libpwquality's own (English) texts
// never reach the person.
//
// Setting a password (first user, new user, password reset) checks it here; opening a
// profile and rekeying with an existing password do not.
class PasswordQuality
{
    Q_DECLARE_TR_FUNCTIONS(PasswordQuality)
public:
    static constexpr int kMinLength = 8;

    enum class Reason
    {
        None,
        TooShort,
        ContainsName,     // user name, display name or its pinyin
        ContainsIdNumber, // digits of the ID number
        Common,           // dictionary word or on the Chinese weak list
        Sequence,         // sequence or keyboard walk
        TooSimple,        // palindrome, too few different characters, repeated characters
        CheckFailed,      // libpwquality could not check it
    };

    // Refused or not, and why (the first reason found, in the order above the class).
    static Reason assess(const QString &password, const PasswordContext &who = {});
    // The same as a Status: InvalidInput with the reason's message.
    static Status check(const QString &password, const PasswordContext &who = {});
    // Only the length (opening, rekeying with an existing password).
    static Status checkLength(const QString &password);
    static QString message(Reason reason);

    // Whether cracklib's dictionary (package cracklib-runtime) was found. Without it the
    // English dictionary check is skipped and the rest still applies.
    static bool dictionaryAvailable();
    // Whether the password is on the shipped Chinese list as it stands (no digits dropped).
    static bool isListed(const QString &password);
};

} // namespace doudi::core
