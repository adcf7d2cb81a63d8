#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace doudi::core {

class ChangeLog;
class Database;

// Holds every stored record against the audit chain (issue 9): a live record must hash to
// the after-hash of its latest audit entry, a record the chain says was deleted must be gone
// (or, for a soft-deleted one, unchanged since), and a record the chain never saw must not
// exist. So an edit made outside Doudi (with the key, by a SQL shell) is found and named.
// What the chain itself cannot show, a truncated tail, the county sees: sync reports the
// chain's head to the server (docs/storage.md).
class RecordAudit
{
    Q_DECLARE_TR_FUNCTIONS(RecordAudit)
public:
    struct Problem
    {
        QString recordType;
        QString recordId;
        QString what;
    };
    struct Report
    {
        qint64 checked = 0;
        QList<Problem> problems; // the first kMaxProblems
        qint64 problemCount = 0;
    };
    static constexpr int kMaxProblems = 200;

    static Result<Report> verify(Database &db);
    // For a profile written before records were attested (schema 7): an "attest" entry for
    // every record whose stored state the chain does not yet vouch for. Run once, at upgrade.
    static Result<qint64> attestAll(Database &db, ChangeLog &changes);
};

} // namespace doudi::core
