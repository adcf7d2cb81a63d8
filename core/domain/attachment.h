#pragma once

#include <QByteArray>
#include <QString>

namespace doudi::core {

// A photo, scan or signature of a record (content-addressed by its SHA-256).
struct Attachment
{
    QString id;
    QString sha256;
    QString mime;
    QString kind;      // photo, scan, signature
    QString ownerType; // e.g. case
    QString ownerId;
    QString label; // who signed, or what the photo shows
    QByteArray data;
};

} // namespace doudi::core
