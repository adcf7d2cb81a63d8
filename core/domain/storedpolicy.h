#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace doudi::core {

// A county policy document as imported on this device.
struct StoredPolicy
{
    qint64 id = 0;
    QDateTime importedAt;
    QString importedBy;
    QString title;
    QString sha256;
    QByteArray content;
};

} // namespace doudi::core
