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

    // The SHA-256 (hex) over form, number and content, which the check code printed on the
    // document begins with. Every device and the county compute it alike.
    static QString hashOf(const QString &form, const QString &number, const QJsonObject &content);
    // A check code as a person types it ("3FA9 1C0E…"): the hex digits, in lower case.
    static QString checkCodeOf(const QString &typed);
    static constexpr int kMinCheckCode = 16; // fewer digits check too little
    // Whether this record is intact (its hash is its content's) and the code names it.
    bool matches(const QString &checkCode) const;
};

} // namespace doudi::core
