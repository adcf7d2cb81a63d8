#include "common/randomsource.h"

#include <QRandomGenerator>
#include <QUuid>

namespace doudi::core {

QByteArray RandomSource::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), count / 4);
    for (int i = count - count % 4; i < count; ++i)
        out[i] = char(QRandomGenerator::system()->generate() & 0xff);
    return out;
}

QString RandomSource::uuidString()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace doudi::core
