// What tst_syncfaults counts after a run: the ledger of everything the two laptops wrote
// (kept by the test as it drives doudi-cli, never read back from the product), the county
// server's rows (read with psql) and each laptop's households, conflicts and outbox (read with
// doudi-cli). No process, no product code: plain data in, findings out.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncfaults {

// One field written on a laptop by `household update`: the value its copy showed just before
// (what that laptop had seen) and the new value. New values are unique within a run, so a
// value names the write that made it.
struct Write
{
    int laptop = 0;
    QString recordType; // household or person
    QString recordId;
    QString field;
    QJsonValue old;
    QString value;
};

// A record made on a laptop by `household add` (the household and each member).
struct Created
{
    int laptop = 0;
    QString recordType;
    QString recordId;
    QString headIdNumber; // households: the head's ID number, unique within a run
};

struct Ledger
{
    QList<Write> writes;
    QList<Created> created;
    QHash<QString, int> updateOps; // "type:id" → update operations made on the laptops
};

struct ServerRecord
{
    QString type;
    QString id;
    QString household;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
};

struct ServerConflict
{
    qint64 id = 0;
    QString kind;
    QString type;
    QString record;
    QString field;
    QString device;
    QString hlc;
    QJsonValue mine;
    QJsonValue theirs;
    bool resolved = false;
};

// One laptop at the end of a run, as doudi-cli shows it.
struct LaptopState
{
    QHash<QString, QJsonObject> households; // id → `household show`
    int listedRows = 0;                     // rows of `household list` (a duplicate would show twice)
    QHash<qint64, bool> conflicts;          // `conflicts list --all`: id → resolved
    int conflictRows = 0;
    int waiting = -1;           // outbox operations not yet answered (`sync status`)
    int refused = -1;           // operations the county refused
    bool lastSyncClean = false; // the last sync ended normally, "diverged": false
    QString auditProblem;       // `audit verify` found the chain or a record damaged: what
};

struct Findings
{
    int lost = 0;
    int duplicated = 0;
    int hidden = 0;
    bool converged = false;
    int damaged = 0; // laptops whose `audit verify` failed after the kills
    int errors = 0;  // commands that failed (not sync), or a run the test could not carry out
    int conflicts = 0;
    int refused = 0;
    QStringList details; // one line per finding, the first ones of each kind
    QString settings;    // the run's fault settings, for the report
};

QList<ServerRecord> parseRecords(const QJsonArray &rows);
QList<ServerConflict> parseConflicts(const QJsonArray &rows);

// Counts, for a township scope that holds the whole run (both laptops see every household):
// lost: a record made on a laptop missing on the server, or a written value that is neither
//   the server's value, nor in a conflict (mine or theirs) of that field, nor overwritten by a
//   later write whose laptop showed it (someone saw it and changed it);
// duplicated: one household twice under two ids (same head ID number), more households on the
//   server than were made, a record whose version went up more often than it was changed (an
//   operation applied twice), one operation's conflict recorded twice, a laptop listing a
//   household or a conflict twice;
// hidden: the same field written to different values on the two laptops while apart (neither
//   had seen the other's value) with no conflict naming either value; a conflict on the server
//   that a laptop does not list;
// damaged: a laptop whose audit chain or records do not verify (`audit verify`);
// converged: each laptop holds exactly the server's households and members, each at the
//   server's version with the server's field values, lists the server's conflicts with the
//   same decisions, has an empty outbox and ended with a clean sync.
Findings check(const Ledger &ledger, const QList<ServerRecord> &records, const QList<ServerConflict> &conflicts,
               const QList<LaptopState> &laptops);

} // namespace syncfaults
