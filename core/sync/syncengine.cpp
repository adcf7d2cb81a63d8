#include "sync/syncengine.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/recordtypes.h"
#include "storage/remoteapplier.h"
#include "sync/blobtransfer.h"
#include "sync/countyupdate.h"
#include "sync/devicecredential.h"
#include "sync/snapshotfetch.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace doudi::core {

namespace {

// Set when the county was found behind this laptop (a restored backup): ISO time.
const QString kCountyBehind = QStringLiteral("county_behind");
// The county's change number in the last push answer (PushResponse::seq).
const QString kCountySeen = QStringLiteral("county_seen");

// Parents before children within a page (the laptop's foreign keys).
int rank(const QString &type)
{
    static const QStringList order{
        QStringLiteral("household"),   QStringLiteral("person"),  QStringLiteral("income"),           QStringLiteral("asset"),
        QStringLiteral("expenditure"), QStringLiteral("obligor"), QStringLiteral("household_change"), QStringLiteral("case"),
        QStringLiteral("case_step"),   QStringLiteral("visit"),   QStringLiteral("document")};
    const qsizetype i = order.indexOf(type);
    return i < 0 ? int(order.size()) : int(i);
}

RemoteChange toRemote(const protocol::Change &c)
{
    RemoteChange r;
    r.recordType = c.recordType;
    r.recordId = c.recordId;
    r.op = c.op;
    r.fields = c.fields.toVariantMap();
    // JSON numbers arrive as doubles: whole ones go back to integers (money is fen).
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
        if (it->typeId() == QMetaType::Double && it->toDouble() == double(qint64(it->toDouble())))
            *it = qint64(it->toDouble());
    }
    r.version = c.version;
    r.hlc = c.hlc;
    r.user = c.user;
    return r;
}

} // namespace

SyncEngine::SyncEngine(Database &db, ChangeLog &changes, SyncTransport &transport, SecretStore &secrets, QString user)
    : m_db(db), m_changes(changes), m_transport(transport), m_secrets(secrets), m_user(std::move(user))
{
}

SyncTransport::Headers SyncEngine::headers(const QString &deviceId, const QString &credential, const QString &user,
                                           const QString &token)
{
    SyncTransport::Headers h{{QByteArrayLiteral("X-Doudi-Protocol"), QByteArray::number(protocol::kVersion)}};
    if (!deviceId.isEmpty())
        h.append({QByteArrayLiteral("Authorization"), "Doudi-Device " + deviceId.toLatin1() + ':' + credential.toLatin1()});
    if (!user.isEmpty()) {
        h.append({QByteArrayLiteral("X-Doudi-User"), user.toUtf8()});
        h.append({QByteArrayLiteral("X-Doudi-Token"), token.toLatin1()});
    }
    return h;
}

Error SyncEngine::replyError(const SyncTransport::Reply &reply)
{
    const QJsonObject e = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
    const QString message = e.value(QStringLiteral("message")).toString();
    const QString code = e.value(QStringLiteral("code")).toString();
    ErrorCode c = ErrorCode::Storage;
    if (reply.status == 401)
        c = ErrorCode::WrongCredentials;
    else if (reply.status == 403)
        c = ErrorCode::NotAllowed;
    else if (reply.status == 409)
        c = ErrorCode::Stale; // the county went back (a restored backup): ApiServer::notBehind
    else if (reply.status == 400 || reply.status == 413 || reply.status == 426)
        c = ErrorCode::InvalidInput;
    else if (reply.status >= 500)
        c = ErrorCode::Busy;
    return Error(c, message.isEmpty() ? tr("The county server answered with an error (HTTP %1).").arg(reply.status) : message,
                 QStringLiteral("HTTP %1 %2").arg(reply.status).arg(code));
}

Result<QByteArray> SyncEngine::call(const QString &path, const QByteArray &body)
{
    Result<SyncTransport::Reply> reply = m_transport.request(path, body, m_headers);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return replyError(*reply);
    // The body as it came: the protocol's decoders parse it once (not to an object, back to
    // text and parsed again: two needless passes over every page).
    return std::move(reply->body);
}

Status SyncEngine::begin()
{
    SyncState state(m_db);
    Result<QString> device = state.value(QStringLiteral("device_id"));
    Result<QString> token = state.value(QStringLiteral("token:") + m_user);
    if (!device || !token)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    if (device->isEmpty())
        return Error(ErrorCode::NotFound, tr("This profile has not joined a county server yet."));
    if (token->isEmpty())
        return Error(ErrorCode::WrongCredentials,
                     tr("%1 has not signed in to the county server on this laptop yet.").arg(m_user));
    // Last of the local checks: it may ask the system keychain.
    Result<QString> credential = DeviceCredential(state, m_secrets).read(*device);
    if (!credential)
        return credential.error();
    // Once the county was found behind this laptop, nothing syncs until a person decides.
    Result<QString> behind = state.value(kCountyBehind);
    if (!behind)
        return behind.error();
    if (!behind->isEmpty())
        return countyBehind(*behind);
    // The highest change number the county has shown this laptop, by a pull or a push answer:
    // the county checks it has not gone back below it (ApiServer::notBehind).
    Result<QString> cursor = state.value(QStringLiteral("cursor"));
    Result<QString> seen = state.value(kCountySeen);
    if (!cursor || !seen)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    m_headers = headers(*device, *credential, m_user, *token);
    m_headers.append({QByteArrayLiteral("X-Doudi-Cursor"), QByteArray::number(qMax(cursor->toLongLong(), seen->toLongLong()))});
    return {};
}

Result<QByteArray> SyncEngine::fetchAttachment(const QString &attachmentId)
{
    if (Status st = begin(); !st)
        return st.error();
    return BlobTransfer(m_db, m_transport, m_headers).fetch(attachmentId);
}

Result<SyncReport> SyncEngine::run()
{
    SyncState state(m_db);
    if (Status st = begin(); !st)
        return st.error();
    Result<QPair<QByteArray, QByteArray>> audit = auditReport();
    if (!audit)
        return audit.error();
    m_headers.append({QByteArrayLiteral("X-Doudi-Audit"), audit->second});
    SyncReport report;
    Status st = push(report);
    if (st)
        st = pull(report);
    if (st && m_countyHeads)
        st = updateCountyData(*m_countyHeads, report);
    if (st) { // the records are in: their photos' bytes follow
        BlobTransfer photos(m_db, m_transport, m_headers);
        photos.setProgress([this](qint64 done, qint64 total) { progress(SyncProgress::Stage::Photos, done, total); });
        st = photos.sendAll(report);
    }
    // The county's list of ID numbers in two households, when this round sent or brought a
    // person (nothing else makes or ends an entry), or a day went by: a look, not a reason to
    // fail the round. (Asked after every round that changed anything, it cost a round trip a
    // round: on a rural link 300 ms and more.)
    if (st)
        (void)updateDuplicates(report.personsMoved || report.evicted > 0);
    // For USB bundles, once. Not a reason to fail the round (a county of an older version, a
    // laptop put back from a backup made before): it is tried again at the next.
    if (st)
        report.bundleKeys = exchangeBundleKeys().ok();
    report.traffic = m_transport.counters();
    if (!st && st.error().code() == ErrorCode::Stale) {
        const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (Status saved = state.setValue(kCountyBehind, when); !saved)
            return saved.error();
        return countyBehind(when);
    }
    if (!st)
        return st.error();
    if (Status saved = state.setValue(QStringLiteral("last_success"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !saved)
        return saved.error();
    if (Status saved = state.setValue(QStringLiteral("audit_reported"), QString::fromLatin1(audit->first)); !saved)
        return saved.error();
    return report;
}

Error SyncEngine::countyBehind(const QString &since)
{
    return Error(ErrorCode::Stale,
                 tr("This laptop stopped syncing on %1: the county server holds less than this laptop had already seen "
                    "(its database was restored from an older backup), and syncing on would drop work that only this "
                    "laptop still has. Make a backup of this laptop first, then ask the county before anything else.")
                     .arg(since));
}

Result<QPair<QByteArray, QByteArray>> SyncEngine::auditReport()
{
    // The chain's head now, and the entry reported last time as the chain holds it now: the
    // county holds the one against what it was told before (docs/sync-protocol.md §5).
    auto entry = [this](const QString &sql, const QVariantList &values) -> Result<QByteArray> {
        Result<Query> q = m_db.execOnce(sql, values);
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toString().toLatin1() + ':' + q->value(1).toString().toLatin1() : QByteArray();
    };
    Result<QByteArray> head = entry(QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {});
    if (!head)
        return head.error();
    if (head->isEmpty())
        *head = "0:";
    Result<QString> reported = SyncState(m_db).value(QStringLiteral("audit_reported"));
    if (!reported)
        return reported.error();
    QByteArray header = *head;
    if (!reported->isEmpty()) {
        const QString seq = reported->section(u':', 0, 0);
        Result<QByteArray> then =
            entry(QStringLiteral("SELECT seq, entry_hash FROM audit_log WHERE seq = ?"), {seq.toLongLong()});
        if (!then)
            return then.error();
        header += ',' + (then->isEmpty() ? seq.toLatin1() + ':' : *then); // gone from the chain: no hash
    }
    return qMakePair(*head, header);
}

Result<QList<protocol::Op>> SyncEngine::outboxBatch(qint64 after, qint64 *last)
{
    Result<Query> q = m_db.execOnce(
        QStringLiteral("SELECT op_id, record_type, record_id, op, base_version, changed_fields, hlc, device_seq, user_name, seq "
                       "FROM outbox WHERE %1 AND seq > ? ORDER BY seq LIMIT %2")
            .arg(SyncState::outboxToSend())
            .arg(protocol::kMaxOpsPerPush),
        {m_user, after});
    if (!q)
        return q.error();
    QList<protocol::Op> ops;
    // The batch stops short of the body limit: ops with long texts make a smaller batch.
    qsizetype bytes = 0;
    while (bytes < protocol::kMaxPushBytes && q->next()) {
        protocol::Op op;
        op.opId = q->value(0).toString();
        op.recordType = q->value(1).toString();
        op.recordId = q->value(2).toString();
        op.op = q->value(3).toString();
        op.baseVersion = q->value(4).toLongLong();
        op.changedFields = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        op.hlc = q->value(6).toString();
        op.deviceSeq = q->value(7).toLongLong();
        op.user = q->value(8).toString();
        *last = q->value(9).toLongLong();
        bytes += q->value(5).toString().size() + 400;
        ops << op;
    }
    return ops;
}

Result<QList<protocol::Op>> SyncEngine::decisions(qsizetype room)
{
    SyncState state(m_db);
    Result<QList<protocol::Conflict>> decided = state.conflicts(false);
    if (!decided)
        return decided.error();
    QList<protocol::Op> ops;
    for (const protocol::Conflict &c : std::as_const(*decided)) {
        Result<QList<qint64>> pending = state.resolving(c.recordType, c.recordId);
        if (!pending)
            return pending.error();
        if (!pending->contains(c.id) || ops.size() >= room)
            continue;
        // A decision goes up as an operation of its own, with no fields: attached to an edit
        // it would carry that edit past conflicts the person never saw (fault campaign, seed 43).
        protocol::Op decision;
        decision.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        decision.recordType = c.recordType;
        decision.recordId = c.recordId;
        decision.op = QStringLiteral("update");
        decision.hlc = m_changes.tick();
        decision.user = m_user;
        decision.resolves << c.id;
        ops << decision;
    }
    return ops;
}

Status SyncEngine::push(SyncReport &report)
{
    Result<SyncState::Waiting> waiting = SyncState(m_db).waiting(m_user);
    if (!waiting)
        return waiting.error();
    progress(SyncProgress::Stage::Sending, 0, waiting->toSend);
    for (;;) {
        qint64 last = 0;
        Result<QList<protocol::Op>> batch = outboxBatch(0, &last);
        if (!batch)
            return batch.error();
        QList<protocol::Op> ops = std::move(*batch);
        // Decisions on conflicts made here go up with the batch.
        Result<QList<protocol::Op>> decided = decisions(protocol::kMaxOpsPerPush - ops.size());
        if (!decided)
            return decided.error();
        ops += *decided;
        if (ops.isEmpty())
            return {};
        report.personsMoved = report.personsMoved || std::any_of(ops.cbegin(), ops.cend(), [](const protocol::Op &op) {
                                  return op.recordType == QLatin1String("person");
                              });
        Result<QByteArray> answer =
            call(QStringLiteral("/v1/push"), QJsonDocument(protocol::PushRequest{ops}.toJson()).toJson(QJsonDocument::Compact));
        if (!answer)
            return answer.error();
        Result<protocol::PushResponse> response = protocol::PushResponse::fromJson(*answer);
        if (!response)
            return response.error();
        Result<QList<protocol::OpResult>> results = response->resultsFor(ops);
        if (!results)
            return results.error();
        if (Status st = applyResults(ops, *results, response->seq, report); !st)
            return st;
        progress(SyncProgress::Stage::Sending, report.pushed + report.conflicts + report.refused, waiting->toSend);
    }
}

Status SyncEngine::applyResults(const QList<protocol::Op> &ops, const QList<protocol::OpResult> &results, qint64 countySeq,
                                SyncReport &report)
{
    SyncState state(m_db);
    return m_db.transaction([&]() -> Status {
        if (countySeq > 0) {
            // Never lower: an older answer (a USB bundle's) read late must not weaken the check.
            Result<QString> seen = state.value(kCountySeen);
            if (!seen)
                return seen.error();
            if (countySeq > seen->toLongLong()) {
                if (Status st = state.setValue(kCountySeen, QString::number(countySeq)); !st)
                    return st;
            }
        }
        for (qsizetype i = 0; i < ops.size(); ++i) {
            const protocol::Op &op = ops.at(i);
            const protocol::OpResult &r = results.at(i);
            if (r.opId != op.opId)
                return Error(ErrorCode::Storage, tr("The county server answered changes out of order."));
            Result<Query> done = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"), {op.opId});
            if (!done)
                return done.error();
            for (qint64 id : op.resolves) {
                Result<Query> q = m_db.exec(QStringLiteral("UPDATE sync_conflicts SET resolve_pending = 0, resolved = 1, "
                                                           "resolved_by = ? WHERE id = ?"),
                                            {m_user, id});
                if (!q)
                    return q.error();
            }
            switch (r.status) {
            case protocol::OpResult::Status::Applied: {
                ++report.pushed;
                const RecordType *type = RecordType::find(op.recordType);
                if (type && protocol::isVersioned(op.recordType)) {
                    Result<Query> q = m_db.exec(
                        QStringLiteral("UPDATE %1 SET version = ? WHERE %2 = ? AND version < ?").arg(type->table, type->idColumn),
                        {r.version, op.recordId, r.version});
                    if (!q)
                        return q.error();
                }
                break;
            }
            case protocol::OpResult::Status::Conflict:
                ++report.conflicts;
                break;
            case protocol::OpResult::Status::Refused:
                ++report.refused;
                if (Status st = state.refuse(op, r.reason); !st)
                    return st;
                break;
            }
        }
        return {};
    });
}

Status SyncEngine::pull(SyncReport &report)
{
    SyncState state(m_db);
    // A new laptop starts from the county's snapshot of its areas, then pulls what came after.
    Result<bool> fromSnapshot = SnapshotFetch::wanted(m_db);
    if (!fromSnapshot)
        return fromSnapshot.error();
    if (*fromSnapshot) {
        SnapshotFetch fetch(m_db, m_transport, m_headers);
        fetch.setProgress([this](qint64 done, qint64 total) { progress(SyncProgress::Stage::Snapshot, done, total); });
        Status st = fetch.run([&](const protocol::PullResponse &page,
                                  const std::function<Status()> &also) { return applyPage(page, report, also); },
                              report);
        if (!st)
            return st;
    }
    Result<QString> cursorText = state.value(QStringLiteral("cursor"));
    if (!cursorText)
        return cursorText.error();
    qint64 cursor = cursorText->toLongLong();
    const auto pagePath = [this](qint64 since) {
        return QStringLiteral("/v1/pull?since=%1&limit=%2%3")
            .arg(since)
            .arg(protocol::kMaxChangesPerPull)
            .arg(m_rescanning ? QStringLiteral("&rescan=1") : QString());
    };
    for (int pages = 0; pages < 100000; ++pages) {
        Result<QByteArray> answer = call(pagePath(cursor), {});
        if (!answer)
            return answer.error();
        Result<protocol::PullResponse> page = protocol::PullResponse::fromJson(*answer);
        if (!page)
            return page.error();
        if (page->reset) {
            // The user's areas changed: everything again from the start, then what was not sent goes.
            m_rescanning = true;
            report.rescanned = true;
            m_seen.clear();
            cursor = 0;
            if (Status st = state.setValue(QStringLiteral("cursor"), QStringLiteral("0")); !st)
                return st;
            continue;
        }
        // The next page comes down while this one is written (the cursor it starts from is
        // known already); it is only read once this page and its cursor are stored.
        if (page->more)
            m_transport.prefetch(pagePath(page->cursor), m_headers);
        if (Status st = applyPage(*page, report); !st)
            return st;
        progress(SyncProgress::Stage::Receiving, report.pulled, 0);
        cursor = page->cursor;
        if (page->more)
            continue;
        m_countyHeads = page->county;
        if (m_rescanning) {
            if (Status st = forgetUnseen(report); !st)
                return st;
            m_rescanning = false;
        }
        Result<QPair<qint64, QString>> mine = localCheck();
        if (!mine)
            return mine.error();
        if (mine->first == page->checkCount && mine->second == page->checkHash)
            return {};
        if (report.rescanned) {
            report.diverged = true;
            return {};
        }
        // Different from the county: a rescan from the start (the outbox is kept).
        m_rescanning = true;
        report.rescanned = true;
        m_seen.clear();
        cursor = 0;
    }
    return {};
}

Status SyncEngine::applyPage(const protocol::PullResponse &page, SyncReport &report, const std::function<Status()> &also)
{
    SyncState state(m_db);
    RemoteApplier applier(m_db, m_changes);
    return m_db.transaction([&]() -> Status {
        QList<protocol::Change> changes = page.changes;
        report.personsMoved = report.personsMoved || std::any_of(changes.cbegin(), changes.cend(), [](const protocol::Change &c) {
                                  return c.recordType == QLatin1String("person");
                              });
        std::stable_sort(changes.begin(), changes.end(), [](const protocol::Change &a, const protocol::Change &b) {
            return rank(a.recordType) < rank(b.recordType);
        });
        // The records with operations still to push, read once for the page rather than once
        // per change: outbox has no index on record_id, so each look-up read all of it. The
        // outbox does not change while the page is written.
        QSet<QString> pending;
        {
            Result<Query> outbox = m_db.execOnce(QStringLiteral("SELECT DISTINCT record_id FROM outbox"));
            if (!outbox)
                return outbox.error();
            while (outbox->next())
                pending.insert(outbox->value(0).toString());
        }
        QList<RemoteChange> batch;
        for (const protocol::Change &c : std::as_const(changes)) {
            if (c.op == QLatin1String("evict")) {
                Result<int> gone = applier.evict(c.recordId, m_user);
                if (!gone)
                    return gone.error();
                report.evicted += *gone > 0 ? 1 : 0;
                continue;
            }
            if (m_rescanning && c.op != QLatin1String("delete"))
                m_seen.insert(c.recordType + u':' + c.recordId);
            // A record with changes of its own still to push keeps them; it comes down again after.
            if (pending.contains(c.recordId))
                continue;
            const RemoteChange remote = toRemote(c);
            Result<bool> parents = applier.hasParents(remote);
            if (!parents)
                return parents.error();
            // Apply what came before in this page first: a parent may be in it.
            if (!*parents && !batch.isEmpty()) {
                Result<RemoteApplier::Outcome> applied = applier.apply(batch);
                if (!applied)
                    return applied.error();
                report.pulled += applied->applied;
                batch.clear();
                parents = applier.hasParents(remote);
                if (!parents)
                    return parents.error();
            }
            if (!*parents) {
                Result<Query> held =
                    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_held(seq, change) VALUES (?, ?)"),
                              {c.seq, QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact))});
                if (!held)
                    return held.error();
                continue;
            }
            batch << remote;
        }
        Result<RemoteApplier::Outcome> applied = applier.apply(batch);
        if (!applied)
            return applied.error();
        report.pulled += applied->applied;
        if (Status st = retryHeld(report); !st)
            return st;
        for (const protocol::Conflict &c : page.conflicts) {
            if (Status st = state.saveConflict(c); !st)
                return st;
        }
        if (Status st = state.setValue(QStringLiteral("scopes"), page.scopes.join(u',')); !st)
            return st;
        if (Status st = state.adoptScopes(m_changes, m_user, page.scopes); !st)
            return st;
        if (also) {
            if (Status st = also(); !st)
                return st;
        }
        return state.setValue(QStringLiteral("cursor"), QString::number(page.cursor));
    });
}

Status SyncEngine::updateDuplicates(bool changed)
{
    SyncState state(m_db);
    Result<QString> at = state.value(QStringLiteral("duplicates_at"));
    if (!at)
        return at.error();
    const QDateTime last = QDateTime::fromString(*at, Qt::ISODate);
    if (!changed && last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600)
        return {};
    Result<QByteArray> answer = call(QStringLiteral("/v1/duplicates"), {});
    if (!answer)
        return answer.error();
    Result<protocol::DuplicateList> list = protocol::DuplicateList::fromJson(*answer);
    if (!list)
        return list.error();
    return m_db.transaction([&]() -> Status {
        if (Status st = state.setValue(QStringLiteral("duplicates"),
                                       QString::fromUtf8(QJsonDocument(list->toJson()).toJson(QJsonDocument::Compact)));
            !st)
            return st;
        return state.setValue(QStringLiteral("duplicates_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
}

Status SyncEngine::updateCountyData(const protocol::CountyHeads &heads, SyncReport &report)
{
    Result<CountyUpdate::Outcome> updated =
        CountyUpdate(m_db, m_changes, m_user).bringUpToDate(heads, [this](const QString &path) { return call(path, {}); });
    if (!updated)
        return updated.error();
    report.policyUpdated = updated->policy;
    report.areasUpdated = updated->areas;
    return {};
}

Status SyncEngine::retryHeld(SyncReport &report)
{
    RemoteApplier applier(m_db, m_changes);
    for (bool progress = true; progress;) {
        progress = false;
        Result<Query> q = m_db.execOnce(QStringLiteral("SELECT seq, change FROM sync_held ORDER BY seq"));
        if (!q)
            return q.error();
        QList<QPair<qint64, protocol::Change>> held;
        while (q->next()) {
            Result<protocol::Change> c =
                protocol::Change::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
            if (c)
                held.append({q->value(0).toLongLong(), *c});
        }
        report.held = int(held.size());
        for (const auto &[seq, change] : std::as_const(held)) {
            const RemoteChange remote = toRemote(change);
            Result<bool> parents = applier.hasParents(remote);
            if (!parents)
                return parents.error();
            if (!*parents)
                continue;
            Result<RemoteApplier::Outcome> applied = applier.apply({remote});
            if (!applied)
                return applied.error();
            report.pulled += applied->applied;
            Result<Query> gone = m_db.exec(QStringLiteral("DELETE FROM sync_held WHERE seq = ?"), {seq});
            if (!gone)
                return gone.error();
            --report.held;
            progress = true;
        }
    }
    return {};
}

Result<QPair<qint64, QString>> SyncEngine::localCheck()
{
    protocol::CheckSum sum;
    for (const QString &typeName : protocol::recordTypes()) {
        const RecordType *type = RecordType::find(typeName);
        const bool versioned = protocol::isVersioned(typeName);
        const QString where = type->deletedFlag.isEmpty() ? QString() : QStringLiteral(" WHERE %1 = 0").arg(type->deletedFlag);
        Result<Query> q = m_db.execOnce(
            QStringLiteral("SELECT %1, %2 FROM %3%4")
                .arg(type->idColumn, versioned ? QStringLiteral("version") : QStringLiteral("0"), type->table, where));
        if (!q)
            return q.error();
        while (q->next())
            sum.add(protocol::checkLine(typeName, q->value(0).toString(), q->value(1).toLongLong()));
    }
    return qMakePair(sum.count, sum.hex());
}

Status SyncEngine::forgetUnseen(SyncReport &report)
{
    RemoteApplier applier(m_db, m_changes);
    // Households first, whole (evict: noted for the work lists with their head and cases), then
    // the records left over, children before parents.
    QStringList order{QStringLiteral("household")};
    for (qsizetype i = protocol::recordTypes().size() - 1; i >= 0; --i) {
        if (protocol::recordTypes().at(i) != QLatin1String("household"))
            order << protocol::recordTypes().at(i);
    }
    for (const QString &typeName : std::as_const(order)) {
        const RecordType *type = RecordType::find(typeName);
        Result<Query> q = m_db.execOnce(
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 NOT IN (SELECT record_id FROM outbox)").arg(type->idColumn, type->table));
        if (!q)
            return q.error();
        QStringList unseen;
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (!m_seen.contains(typeName + u':' + id))
                unseen << id;
        }
        for (const QString &id : std::as_const(unseen)) {
            if (Status st = applier.forget(typeName, id, m_user); !st)
                return st;
            if (typeName == QLatin1String("household"))
                ++report.evicted;
        }
    }
    return {};
}

} // namespace doudi::core
