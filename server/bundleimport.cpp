#include "server/bundleimport.h"

#include "security/publickey.h"
#include "server/duplicates.h"
#include "server/pullfeed.h"
#include "server/pushmerge.h"
#include "server/requestauth.h"
#include "server/serverstore.h"
#include "sync/bundle.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

namespace doudi::server {

using namespace doudi::core;

namespace {
// pg_advisory_lock's first key for bundle imports (PushMerge's device locks use another).
constexpr int kBundleLockSpace = 0x0b0d;
} // namespace

Result<BundleImport::Outcome> BundleImport::take(const QByteArray &file)
{
    Result<Bundle> bundle = Bundle::parse(file);
    if (!bundle)
        return bundle.error();
    const Bundle::Envelope &e = bundle->envelope();
    if (e.kind != QLatin1String("request"))
        return Error(ErrorCode::InvalidInput, tr("This is the county's answer for a laptop, not a laptop's bundle: take it "
                                                 "back to the laptop (doudi-cli bundle import)."));
    if (e.county != m_county)
        return Error(ErrorCode::NotAllowed,
                     tr("This bundle is for county %1, not this one (%2): it was not imported.").arg(e.county, m_county));
    Result<StoreQuery> q =
        m_store.exec(QStringLiteral("SELECT bundle_key, revoked_at IS NOT NULL FROM devices WHERE id = ?"), {e.deviceId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotAllowed,
                     tr("This bundle comes from a device the county never enrolled: it was not imported."));
    const QByteArray deviceKey = q->value(0).toString().toLatin1();
    if (q->value(1).toBool())
        return Error(ErrorCode::NotAllowed,
                     tr("The county has withdrawn the device this bundle comes from: it was not imported."));
    if (deviceKey.isEmpty())
        return Error(ErrorCode::NotAllowed, tr("The device this bundle comes from has not exchanged keys with the county "
                                               "(it must sync once over the network): it was not imported."));
    // Checked before anything is read: a changed or forged bundle is refused whole.
    Result<QByteArray> inner = bundle->open(deviceKey, m_key);
    if (!inner)
        return inner.error();

    Outcome out;
    out.deviceId = e.deviceId;
    out.seq = e.seq;
    // One import of a device's bundles at a time (two township offices, two terminals): held
    // until this process's connection ends or the import is done.
    Result<StoreQuery> locked =
        m_store.exec(QStringLiteral("SELECT pg_advisory_lock(?, hashtext(?))"), {kBundleLockSpace, e.deviceId});
    if (!locked)
        return locked.error();
    const auto unlock = qScopeGuard([&] {
        (void)m_store.exec(QStringLiteral("SELECT pg_advisory_unlock(?, hashtext(?))"), {kBundleLockSpace, e.deviceId});
    });
    const QString digest = QString::fromLatin1(bundle->digest().toHex());
    q = m_store.exec(QStringLiteral("SELECT sha256, answer FROM bundles WHERE device_id = ? AND seq = ?"), {e.deviceId, e.seq});
    if (!q)
        return q.error();
    if (q->next()) {
        if (q->value(0).toString() != digest)
            return Error(ErrorCode::InvalidInput, tr("The county already imported another bundle numbered %1 from this device: "
                                                     "this one was not imported.")
                                                      .arg(e.seq));
        out.again = true;
        out.answer = q->value(1).toByteArray();
        return out;
    }

    const QJsonObject request = QJsonDocument::fromJson(*inner).object();
    out.user = request.value(QStringLiteral("user")).toString();
    Result<Caller> caller =
        RequestAuth::bundleUser(m_store, e.deviceId, out.user, request.value(QStringLiteral("token")).toString());
    if (!caller)
        return caller.error();
    // (The audit chain's head is not checked from a bundle: one read after a newer bundle, or
    // after a sync over the network, would look like a chain that went back. The next sync
    // over the network reports it.)

    // The pushes, as over the network: each batch one transaction, each op's first answer kept.
    QJsonArray results;
    qint64 seq = 0;
    for (const QJsonValue &v : request.value(QStringLiteral("pushes")).toArray()) {
        Result<protocol::PushRequest> push =
            protocol::PushRequest::fromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (!push)
            return push.error();
        Result<PushMerge::Applied> applied = PushMerge(m_store, *caller, m_county).apply(push->ops);
        for (int attempt = 1; !applied && applied.error().code() == ErrorCode::Busy && attempt < 3; ++attempt)
            applied = PushMerge(m_store, *caller, m_county).apply(push->ops);
        if (!applied)
            return applied.error();
        if (Status found = Duplicates(m_store).find(push->ops); !found)
            return found.error();
        seq = applied->seq;
        for (const protocol::OpResult &r : std::as_const(applied->results)) {
            results.append(r.toJson());
            ++out.ops;
            out.applied += r.status == protocol::OpResult::Status::Applied;
            out.conflicts += r.status == protocol::OpResult::Status::Conflict;
            out.refused += r.status == protocol::OpResult::Status::Refused;
        }
    }

    // The pages from where the laptop's pull stood, as over the network; from the start when
    // the user's areas changed since (the laptop keeps its outbox).
    const QJsonValue sinceValue = request.value(QStringLiteral("since"));
    if (!sinceValue.isDouble() || sinceValue.toDouble() < 0 || sinceValue.toDouble() > double(qint64(1) << 53))
        return Error(ErrorCode::InvalidInput, tr("This bundle is damaged (it does not say where its pull stands)."));
    qint64 since = sinceValue.toInteger();
    PullFeed feed(m_store, *caller);
    Result<bool> changed = feed.noteScopes();
    if (!changed)
        return changed.error();
    // The areas the laptop's pull stood in, as it says (an answer it never read may have
    // carried a change of areas already).
    QStringList theirs = request.value(QStringLiteral("scopes")).toVariant().toStringList(), ours = caller->scopes;
    std::sort(theirs.begin(), theirs.end());
    std::sort(ours.begin(), ours.end());
    const bool rescan = *changed || theirs != ours;
    if (rescan)
        since = 0;
    QJsonArray pages;
    qint64 cursor = since;
    bool more = true;
    while (more && pages.size() < kMaxPages) {
        Result<protocol::PullResponse> page = feed.changes(cursor, protocol::kMaxChangesPerPull, rescan);
        if (!page)
            return page.error();
        more = page->more;
        cursor = page->cursor;
        out.changes += int(page->changes.size());
        pages.append(page->toJson());
    }
    out.pages = int(pages.size());
    out.more = more;

    const QJsonObject answer{{QStringLiteral("user"), out.user},   {QStringLiteral("results"), results},
                             {QStringLiteral("seq"), double(seq)}, {QStringLiteral("since"), double(since)},
                             {QStringLiteral("rescan"), rescan},   {QStringLiteral("pages"), pages}};
    Result<QByteArray> answerFile = Bundle::write(
        {QStringLiteral("answer"), m_county, e.deviceId, e.seq, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        QJsonDocument(answer).toJson(QJsonDocument::Compact), deviceKey, m_key);
    if (!answerFile)
        return answerFile.error();
    out.answer = *answerFile;
    // Its commit waits for the disk, and so for the pushes above and those the pages hand out,
    // which committed without waiting (PushMerge).
    Result<StoreQuery> kept =
        m_store.exec(QStringLiteral("INSERT INTO bundles(device_id, seq, sha256, answer) VALUES (?, ?, ?, ?)"),
                     {e.deviceId, e.seq, digest, out.answer});
    if (!kept)
        return kept.error();
    return out;
}

} // namespace doudi::server
