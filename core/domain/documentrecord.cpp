#include "domain/documentrecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace doudi::core {

QString DocumentRecord::hashOf(const QString &form, const QString &number, const QJsonObject &content)
{
    // QJsonObject keeps its keys sorted: the same content always gives the same bytes.
    const QJsonObject canonical{
        {QStringLiteral("form"), form}, {QStringLiteral("number"), number}, {QStringLiteral("content"), content}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QString DocumentRecord::checkCodeOf(const QString &typed)
{
    QString out;
    for (QChar ch : typed) {
        if (ch.isDigit() || (ch.toLower() >= u'a' && ch.toLower() <= u'f'))
            out += ch.toLower();
    }
    return out;
}

bool DocumentRecord::matches(const QString &checkCode) const
{
    return checkCode.size() >= kMinCheckCode && sha256.startsWith(checkCode) && hashOf(form, number, content) == sha256;
}

} // namespace doudi::core
