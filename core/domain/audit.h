#pragma once

#include <QList>
#include <QString>

namespace doudi::core {

// The audit log as people read it: who did what to which record, and whether the chain
// of entries and the records against it are intact (ADR 0005).
struct AuditEntry
{
    qint64 seq = 0;
    QString deviceTime;
    QString user;
    QString action;
    QString recordType;
    QString recordId;
};

struct AuditReport
{
    qint64 entries = 0;
    qint64 firstBadSeq = -1; // -1 when the chain is intact
    QString problem;
    QString headHash; // the last entry's hash (sync reports it to the county)
    qint64 recordsChecked = 0;
    qint64 recordProblemCount = 0;
    struct RecordProblem
    {
        QString recordType;
        QString recordId;
        QString what;
    };
    QList<RecordProblem> recordProblems; // the first few, each naming its record
    bool intact() const { return firstBadSeq < 0 && recordProblemCount == 0; }
};

} // namespace doudi::core
