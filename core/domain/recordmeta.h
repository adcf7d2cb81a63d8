#pragma once

#include <QString>
#include <QVariantMap>

namespace doudi::core {

// What every synced record carries (DESIGN §6): a client-made UUID, the server version it
// was last based on (0 until first synced), and HLC timestamps of creation and last change.
struct RecordMeta
{
    QString id;
    qint64 version = 0;
    QString createdHlc;
    QString updatedHlc;

    void writeTo(QVariantMap &fields) const;
    static RecordMeta readFrom(const QVariantMap &fields);
};

} // namespace doudi::core
