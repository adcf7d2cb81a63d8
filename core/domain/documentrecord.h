#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace doudi::core {

// A printed document as its register holds it: numbered, hashed, its content kept.
struct DocumentRecord
{
    QString number;
    QString form;
    QString caseId;
    int caseStep = 0;
    QString township;
    int year = 0;
    QString user;
    QDateTime printedAt;
    QString sha256;
    QJsonObject content;
    int reprints = 0;
    QDateTime lastPrinted;
};

} // namespace doudi::core
