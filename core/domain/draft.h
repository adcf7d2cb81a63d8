#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace doudi::core {

// Unfinished work of one user on this device (e.g. an intake form half filled in).
struct Draft
{
    QString id;
    QString kind;
    QString title; // what the person sees in the list, e.g. the applicant's name
    QDateTime updatedAt;
    QJsonObject data;
};

} // namespace doudi::core
