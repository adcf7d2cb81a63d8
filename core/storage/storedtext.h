#pragma once

#include <QString>
#include <QVariant>

namespace doudi::core {

// The store's text columns are NOT NULL, with '' for "no text", while a null QString binds
// SQL NULL (as in Qt's own SQL drivers). Text that may be null (a field a form or a JSON
// document left out, the hash of no record) is bound as storedText(): deliberately, where
// the caller knows the column, never by the driver guessing.
inline QString storedText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A record's field for the generic record writers: a null text becomes the empty text, any
// other value is bound as it is.
inline QVariant storedValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
        return QVariant(storedText({}));
    return value;
}

} // namespace doudi::core
