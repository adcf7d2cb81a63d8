#pragma once

#include <QByteArray>
#include <QString>

namespace doudi::core {

// Randomness comes from here: cryptographic bytes from the system source, and ids. Tests
// that need repeatable data use their own seeded generator, never this one.
class RandomSource
{
public:
    static QByteArray bytes(int count);
    static QString uuidString(); // without braces
};

} // namespace doudi::core
