#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>

namespace doudi::core {

// Appends text as UTF-8 without an intermediate QByteArray. It first grows out by
// utf8Room(text.size()) bytes, so with that much capacity reserved the buffer never moves:
// what was appended before stays where it is.
// QStringEncoder::requiredSpace for UTF-8: three bytes per UTF-16 unit, and three more.
constexpr qsizetype utf8Room(qsizetype utf16Units)
{
    return 3 * utf16Units + 3;
}

inline void appendUtf8(QByteArray &out, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = out.size();
    Q_ASSERT(encoder.requiredSpace(text.size()) <= utf8Room(text.size()));
    out.resize(start + utf8Room(text.size()));
    char *end = encoder.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
}

} // namespace doudi::core
