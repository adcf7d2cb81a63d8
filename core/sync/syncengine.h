#pragma once

#include "common/result.h"
#include "sync/protocol.h"
#include "sync/syncreport.h"
#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QSet>

namespace doudi::core {

class ChangeLog;
class Database;
class SecretStore;

// One round of sync for the signed-in user (DESIGN §6): the outbox up in batches, each batch
// once (ops are acknowledged one by one and taken out of the outbox in the same transaction),
// then the county's changes down a page at a time, each page written with its cursor in one
// transaction. Never drops an outbox operation that the county has not answered.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    // secrets: where the device credential is, when the profile says the system keychain.
    SyncEngine(Database &db, ChangeLog &changes, SyncTransport &transport, SecretStore &secrets, QString user);

    Result<SyncReport> run();
    // Called from run() (on its thread) as the round moves on.
    void setProgress(std::function<void(const SyncProgress &)> progress) { m_progress = std::move(progress); }
    // USB bundles (docs/sync-protocol.md §10; syncenginebundles.cpp). Once online: this
    // device's bundle key given to the county and the county's kept (once; run() does it).
    Status exchangeBundleKeys();
    // The user's outbox and where the pull stands, sealed to the county and signed by this
    // device; *seq: the bundle's number, *opCount: the ops it carries.
    Result<QByteArray> writeBundle(qint64 *seq, int *opCount);
    // The county's answer to a bundle of this device: the receipts, then the pages.
    Result<SyncReport> readAnswer(const QByteArray &file);
    // The bytes of an attachment that came from the county without them (BlobTransfer::fetch).
    Result<QByteArray> fetchAttachment(const QString &attachmentId);

    // Requests made with this device's credential (and the user's token, when signed in).
    static SyncTransport::Headers headers(const QString &deviceId, const QString &credential, const QString &user = {},
                                          const QString &token = {});
    // An error answer of the county as an error here (its message, in the person's words).
    static Error replyError(const SyncTransport::Reply &reply);
    // Why nothing syncs once the county was found behind this laptop (since: when).
    static Error countyBehind(const QString &since);

private:
    // The checks before any request (joined, signed in, the county not behind) and the headers.
    Status begin();
    // The X-Doudi-Audit header: this device's audit chain head, and the head it reported last
    // time as its chain holds that entry now. first: the head alone, kept once sync succeeds.
    Result<QPair<QByteArray, QByteArray>> auditReport();
    Status push(SyncReport &report);
    // The next batch of the user's outbox after outbox seq `after`; *last: its last op's seq.
    Result<QList<protocol::Op>> outboxBatch(qint64 after, qint64 *last);
    // The person's decisions on conflicts that wait to go up, as ops of their own (at most room).
    Result<QList<protocol::Op>> decisions(qsizetype room);
    Status pull(SyncReport &report);
    Result<QByteArray> call(const QString &path, const QByteArray &body);
    // countySeq: the county's change number in the answer (0: not said).
    Status applyResults(const QList<protocol::Op> &ops, const QList<protocol::OpResult> &results, qint64 countySeq,
                        SyncReport &report);
    // also: more to write in the same transaction (where a snapshot's download stands).
    Status applyPage(const protocol::PullResponse &page, SyncReport &report, const std::function<Status()> &also = {});
    Status retryHeld(SyncReport &report);
    Result<QPair<qint64, QString>> localCheck();
    Status forgetUnseen(SyncReport &report);
    Status updateCountyData(const protocol::CountyHeads &heads, SyncReport &report);
    // The county's list of ID numbers in two households in the user's areas, kept in the sync
    // state ("duplicates"): asked for when changed, or once a day.
    Status updateDuplicates(bool changed);

    Database &m_db;
    ChangeLog &m_changes;
    SyncTransport &m_transport;
    SecretStore &m_secrets;
    QString m_user;
    SyncTransport::Headers m_headers;
    bool m_rescanning = false;
    QSet<QString> m_seen;                               // type:id sent during a rescan
    std::optional<protocol::CountyHeads> m_countyHeads; // from the last page pulled
    std::function<void(const SyncProgress &)> m_progress;
    void progress(SyncProgress::Stage stage, qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress({stage, done, total});
    }
};

} // namespace doudi::core
