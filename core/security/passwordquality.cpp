#include "security/passwordquality.h"

#include "identity/idnumber.h"
#include "identity/pinyin.h"

#include <QFile>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>
#include <QtDebug>

#include <pwquality.h>

#include <algorithm>

namespace doudi::core {

namespace {
// Names and their pinyin count from 3 letters (shorter ones are in too many words).
constexpr int kMinNameLength = 3;
// Digits of the ID number count from 6 in a row (a birth date, the last six).
constexpr int kIdDigits = 6;
// Walks, sequences and list entries with fewer than this many other characters are refused.
constexpr int kMinOtherChars = 4;
// An entry of the Chinese list with only digits and symbols added, fewer than this many, is
// still the entry (wangwei2026, woaini1314520).
constexpr int kMinOtherCharsWithoutLetters = 8;
// cracklib refuses fewer than 5 different characters; ours says so in its own words.
constexpr int kMinDifferentChars = 5;

// Keyboard rows and columns, the keypad and the alphabet; every run of 3 or more, either way,
// is a walk.
const char *const kWalks[] = {
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "qazwsxedcrfvtgbyhnujmikolp",
    "zaq1xsw2cde3vfr4bgt5nhy6mju7ki8lo9p0",
    "1q2w3e4r5t6y7u8i9o0p",
    "q1w2e3r4t5y6u7i8o9p0",
    "!@#$%^&*()",
    "789456123",
    "147258369",
    "741852963",
    "159357",
    "159753",
};

// Lower case, full-width forms as ASCII (ＡＢＣ１２３ is abc123).
QString fold(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

// Only letters and digits (CJK characters are letters): zhang-san-feng is zhangsanfeng.
QString lettersAndDigits(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool hasLetter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

const QStringList &walks()
{
    static const QStringList list = [] {
        QStringList out;
        for (const char *w : kWalks) {
            const QString s = QString::fromLatin1(w);
            QString r = s;
            std::reverse(r.begin(), r.end());
            out << s << r;
        }
        return out;
    }();
    return list;
}

// The length of the longest walk, repeat (aaa) or repeated pair (abab, 1212) starting at i;
// 0 if shorter than 3.
qsizetype walkAt(const QString &s, qsizetype i)
{
    qsizetype best = 0;
    // The same character again and again.
    qsizetype j = i + 1;
    while (j < s.size() && s.at(j) == s.at(i))
        ++j;
    if (j - i >= 3)
        best = j - i;
    // Two characters taking turns.
    if (i + 1 < s.size() && s.at(i + 1) != s.at(i)) {
        j = i + 2;
        while (j < s.size() && s.at(j) == s.at(j - 2))
            ++j;
        if (j - i >= 4)
            best = std::max(best, j - i);
    }
    for (const QString &w : walks()) {
        qsizetype len = 0;
        for (qsizetype n = 3; i + n <= s.size() && n <= w.size(); ++n) {
            if (!w.contains(QStringView(s).mid(i, n)))
                break;
            len = n;
        }
        best = std::max(best, len);
    }
    return best;
}

// Whether the password is walks, sequences and repeats with fewer than kMinOtherChars other
// characters: 12345678, 1qaz2wsx, qwerty123, asdfgh!!, 11111111.
bool isWalk(const QString &folded)
{
    qsizetype other = 0;
    for (qsizetype i = 0; i < folded.size();) {
        const qsizetype len = walkAt(folded, i);
        if (len > 0) {
            i += len;
        } else {
            ++other;
            ++i;
        }
    }
    return other < kMinOtherChars;
}

struct WeakList
{
    QSet<QString> all;
    QStringList longestFirst;
};

const WeakList &weakList()
{
    static const WeakList list = [] {
        WeakList out;
        QFile f(QStringLiteral(":/doudi/data/weak-passwords-zh.txt"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("PasswordQuality: the list of weak passwords is missing from the build");
            return out;
        }
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = fold(QString::fromUtf8(raw.trimmed()));
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            out.all.insert(line);
            if (line.size() >= 4)
                out.longestFirst << line;
        }
        std::sort(out.longestFirst.begin(), out.longestFirst.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return out;
    }();
    return list;
}

// The password is an entry of the list, or an entry with little else: fewer than 4 other
// characters, or only digits and symbols (a year, a date) and fewer than 8 of them.
bool isCommon(const QString &folded)
{
    const WeakList &list = weakList();
    if (list.all.contains(folded))
        return true;
    for (const QString &entry : list.longestFirst) {
        for (qsizetype at = folded.indexOf(entry); at >= 0; at = folded.indexOf(entry, at + 1)) {
            const QString rest = folded.left(at) + folded.mid(at + entry.size());
            if (rest.size() < kMinOtherChars || (!hasLetter(rest) && rest.size() < kMinOtherCharsWithoutLetters))
                return true;
        }
    }
    return false;
}

bool isHan(char32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x3134f) || (cp >= 0xf900 && cp <= 0xfaff);
}

// Every form of the person's names that a password may not contain, folded.
QStringList nameForms(const PasswordContext &who)
{
    QStringList out;
    auto add = [&](const QString &form, int minLength) {
        const QString f = fold(form);
        if (f.size() >= minLength && !out.contains(f))
            out << f;
        // ü typed as u as well as v (吕 lv, lu).
        if (f.size() >= minLength && f.contains(u'v') && hasLetter(f)) {
            QString u = f;
            u.replace(u'v', u'u');
            if (!out.contains(u))
                out << u;
        }
    };
    for (const QString &name : {who.userName, who.displayName}) {
        const QString compact = lettersAndDigits(fold(name));
        if (compact.isEmpty())
            continue;
        const QList<uint> codes = compact.toUcs4();
        const QList<char32_t> ucs(codes.cbegin(), codes.cend());
        const qsizetype han = std::count_if(ucs.cbegin(), ucs.cend(), [](uint cp) { return isHan(cp); });
        if (han == 0) {
            add(compact, kMinNameLength);
            continue;
        }
        // In Chinese characters: the name itself from two characters (张三), its pinyin whole
        // (zhangsanfeng), given name first (sanfengzhang), the given name alone (sanfeng)
        // and the initials (zsf).
        add(compact, 2);
        const QString whole = Pinyin::nameSyllables(compact);
        add(whole, kMinNameLength);
        add(Pinyin::nameInitials(compact), kMinNameLength);
        if (ucs.size() >= 2) {
            const QString surname = Pinyin::nameSyllables(QString::fromUcs4(ucs.constData(), 1));
            const QString given = whole.mid(surname.size());
            add(given, kMinNameLength);
            add(given + surname, kMinNameLength);
            add(QString::fromUcs4(ucs.constData() + 1, ucs.size() - 1), 2);
        }
    }
    return out;
}

bool containsName(const QString &folded, const PasswordContext &who)
{
    const QString compact = lettersAndDigits(folded);
    const QStringList forms = nameForms(who);
    return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &f) { return folded.contains(f) || compact.contains(f); });
}

// Runs of kIdDigits or more digits of the password (as typed, and with separators dropped)
// that share kIdDigits digits in a row with the ID number.
bool containsIdDigits(const QString &folded, const QString &idNumber)
{
    QString id;
    for (QChar c : IdNumber::normalize(idNumber)) {
        if (c.isDigit())
            id.append(c);
        else
            id.append(u'_');
    }
    if (id.size() < kIdDigits)
        return false;
    for (const QString &s : {folded, lettersAndDigits(folded)}) {
        for (qsizetype i = 0; i + kIdDigits <= s.size(); ++i) {
            const QStringView window = QStringView(s).mid(i, kIdDigits);
            if (std::all_of(window.begin(), window.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }) && id.contains(window))
                return true;
        }
    }
    return false;
}

bool tooFewDifferent(const QString &folded)
{
    QSet<QChar> seen;
    for (QChar c : folded)
        seen.insert(c);
    return seen.size() < kMinDifferentChars;
}

QString cracklibDictionary()
{
    // Looked for once: the forms check a password at every keystroke.
    static const QString found = [] {
        // Debian's cracklib-runtime, then other systems' places.
        for (const char *path : {"/var/cache/cracklib/cracklib_dict", "/usr/share/cracklib/pw_dict", "/usr/lib/cracklib_dict"}) {
            if (QFile::exists(QString::fromLatin1(path) + QStringLiteral(".pwd")))
                return QString::fromLatin1(path);
        }
        return QString();
    }();
    return found;
}

PasswordQuality::Reason reasonOf(int code)
{
    using R = PasswordQuality::Reason;
    switch (code) {
    case PWQ_ERROR_MIN_LENGTH:
    case PWQ_ERROR_EMPTY_PASSWORD:
        return R::TooShort;
    case PWQ_ERROR_CRACKLIB_CHECK:
    case PWQ_ERROR_BAD_WORDS:
    case PWQ_ERROR_SAME_PASSWORD:
        return R::Common;
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return R::ContainsName;
    case PWQ_ERROR_MAX_SEQUENCE:
        return R::Sequence;
    case PWQ_ERROR_PALINDROME:
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_ROTATED:
        return R::TooSimple;
    default:
        return R::CheckFailed;
    }
}

// libpwquality with settings of our own (not /etc/security/pwquality.conf): the length, the
// dictionary, palindromes and the user name. Sequences, repeats and character classes are
// ours above, in our words.
PasswordQuality::Reason pwqualityCheck(const QString &password, const QString &user)
{
    static QMutex mutex; // cracklib keeps static state
    const QMutexLocker locker(&mutex);
    pwquality_settings_t *settings = pwquality_default_settings();
    if (!settings)
        return PasswordQuality::Reason::CheckFailed;
    const QByteArray dict = cracklibDictionary().toLocal8Bit();
    const struct
    {
        int setting;
        int value;
    } values[] = {
        {PWQ_SETTING_MIN_LENGTH, PasswordQuality::kMinLength},
        {PWQ_SETTING_DIG_CREDIT, 0},
        {PWQ_SETTING_UP_CREDIT, 0},
        {PWQ_SETTING_LOW_CREDIT, 0},
        {PWQ_SETTING_OTH_CREDIT, 0},
        {PWQ_SETTING_MIN_CLASS, 0},
        {PWQ_SETTING_MAX_REPEAT, 0},
        {PWQ_SETTING_MAX_CLASS_REPEAT, 0},
        {PWQ_SETTING_MAX_SEQUENCE, 0},
        {PWQ_SETTING_GECOS_CHECK, 0},
        {PWQ_SETTING_DICT_CHECK, dict.isEmpty() ? 0 : 1},
        {PWQ_SETTING_USER_CHECK, 1},
        {PWQ_SETTING_ENFORCING, 1},
    };
    int rc = 0;
    for (const auto &v : values) {
        if ((rc = pwquality_set_int_value(settings, v.setting, v.value)) != 0)
            break;
    }
    if (rc == 0 && !dict.isEmpty())
        rc = pwquality_set_str_value(settings, PWQ_SETTING_DICT_PATH, dict.constData());
    if (rc != 0) {
        pwquality_free_settings(settings);
        qWarning("PasswordQuality: libpwquality refused a setting (%d)", rc);
        return PasswordQuality::Reason::CheckFailed;
    }
    const QByteArray pw = password.toUtf8();
    const QByteArray name = user.toUtf8();
    void *aux = nullptr;
    const int score =
        pwquality_check(settings, pw.constData(), nullptr, name.size() >= kMinNameLength ? name.constData() : nullptr, &aux);
    // The auxiliary information is released by pwquality_strerror; its (English) text is
    // never shown.
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    if (score < 0)
        pwquality_strerror(buffer, sizeof buffer, score, aux);
    pwquality_free_settings(settings);
    return score < 0 ? reasonOf(score) : PasswordQuality::Reason::None;
}
} // namespace

bool PasswordQuality::dictionaryAvailable()
{
    static const bool available = [] {
        const bool found = !cracklibDictionary().isEmpty();
        if (!found)
            qWarning("PasswordQuality: no cracklib dictionary (package cracklib-runtime): "
                     "English words are not checked");
        return found;
    }();
    return available;
}

bool PasswordQuality::isListed(const QString &password)
{
    return weakList().all.contains(fold(password));
}

PasswordQuality::Reason PasswordQuality::assess(const QString &password, const PasswordContext &who)
{
    if (password.size() < kMinLength)
        return Reason::TooShort;
    const QString folded = fold(password);
    if (containsName(folded, who))
        return Reason::ContainsName;
    if (!who.idNumber.isEmpty() && containsIdDigits(folded, who.idNumber))
        return Reason::ContainsIdNumber;
    if (isCommon(folded))
        return Reason::Common;
    if (isWalk(folded))
        return Reason::Sequence;
    if (tooFewDifferent(folded))
        return Reason::TooSimple;
    dictionaryAvailable(); // warns once when there is none
    return pwqualityCheck(password, who.userName);
}

QString PasswordQuality::message(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::TooShort:
        return tr("The password is too short: use at least %1 characters.").arg(kMinLength);
    case Reason::Common:
        return tr("This password is too common or too predictable and easy to guess. Choose another one.");
    case Reason::ContainsName:
        return tr("The password must not contain the user name, the name or its pinyin. Choose another one.");
    case Reason::ContainsIdNumber:
        return tr("The password must not contain digits of the ID number (such as the birth date or the last "
                  "digits). Choose another one.");
    case Reason::Sequence:
        return tr("The password must not be a run of digits or letters or of neighbouring keys (like 12345678 "
                  "or qwerty). Mix letters, digits and symbols.");
    case Reason::TooSimple:
        return tr("The password is too simple (it repeats itself or has too few different characters). Mix "
                  "letters, digits and symbols.");
    case Reason::CheckFailed:
        return tr("The password could not be checked. Try again.");
    }
    return {};
}

Status PasswordQuality::check(const QString &password, const PasswordContext &who)
{
    const Reason reason = assess(password, who);
    if (reason == Reason::None)
        return {};
    return Error(reason == Reason::CheckFailed ? ErrorCode::Internal : ErrorCode::InvalidInput, message(reason),
                 QStringLiteral("password quality: reason %1").arg(int(reason)));
}

Status PasswordQuality::checkLength(const QString &password)
{
    if (password.size() < kMinLength)
        return Error(ErrorCode::InvalidInput, message(Reason::TooShort));
    return {};
}

} // namespace doudi::core
