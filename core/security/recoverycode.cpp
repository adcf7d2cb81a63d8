#include "security/recoverycode.h"

#include "common/randomsource.h"

#include <QStringList>

namespace doudi::core {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kLength = 24;
} // namespace

QString RecoveryCode::generate()
{
    const QByteArray random = RandomSource::bytes(kLength);
    QString code;
    for (char b : random)
        code.append(QLatin1Char(kAlphabet[uchar(b) % 32])); // 256 is a multiple of 32: no bias
    return format(code);
}

QString RecoveryCode::normalize(const QString &typed)
{
    const QString out = readTyped(typed);
    return out.size() == kLength ? out : QString();
}

QString RecoveryCode::readTyped(const QString &typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'O')
            c = u'0';
        if (!QByteArray(kAlphabet).contains(char(c.toLatin1())) || c.unicode() > 127)
            return {};
        out.append(c);
    }
    return out;
}

QString RecoveryCode::format(const QString &normalized)
{
    QStringList groups;
    for (int i = 0; i < normalized.size(); i += 4)
        groups << normalized.mid(i, 4);
    return groups.join(u'-');
}

} // namespace doudi::core
