// SyncEngine's USB bundles (docs/sync-protocol.md §10): the same ops and the same pages as a
// sync over the network, carried in files. Apart from syncengine.cpp for its size.
#include "sync/bundle.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace doudi::core {

namespace {

const QString kDeviceKey = QStringLiteral("bundle_key");        // this device's private key (PEM)
const QString kCountyKey = QStringLiteral("county_bundle_key"); // the county's public key (PEM)
const QString kBundleSeq = QStringLiteral("bundle_seq");        // the last bundle's number
const QString kAnswered = QStringLiteral("bundle_answered");    // the last answer's number read

Error noKeys()
{
    return Error(ErrorCode::NotFound, SyncEngine::tr("This laptop has not exchanged keys with the county yet: sync once "
                                                     "over the network (at the township office) before using USB bundles."));
}

} // namespace

Status SyncEngine::exchangeBundleKeys()
{
    SyncState state(m_db);
    Result<QString> mine = state.value(kDeviceKey);
    Result<QString> county = state.value(kCountyKey);
    if (!mine || !county)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    if (!county->isEmpty())
        return {};
    if (m_headers.isEmpty()) {
        if (Status st = begin(); !st)
            return st;
    }
    SecretBytes privatePem(mine->toUtf8());
    if (mine->isEmpty()) {
        Result<PublicKey::Pair> pair = PublicKey::generate();
        if (!pair)
            return pair.error();
        privatePem = pair->privatePem;
        // Kept before it is sent: a cut after the county took it must not make another.
        if (Status st = state.setValue(kDeviceKey, QString::fromUtf8(privatePem.view())); !st)
            return st;
    }
    Result<QByteArray> publicPem = PublicKey::publicOf(privatePem);
    if (!publicPem)
        return publicPem.error();
    Result<QByteArray> answer = call(QStringLiteral("/v1/device/key"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("protocol_version"), protocol::kVersion},
                                                               {QStringLiteral("key"), QString::fromLatin1(*publicPem)}})
                                         .toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    const QString countyKey = QJsonDocument::fromJson(*answer).object().value(QStringLiteral("county_key")).toString();
    if (!PublicKey::isPublicKey(countyKey.toLatin1()))
        return Error(ErrorCode::Corrupt, tr("The county server answered the key exchange with something else."));
    return state.setValue(kCountyKey, countyKey);
}

Result<QByteArray> SyncEngine::writeBundle(qint64 *seq, int *opCount)
{
    if (Status st = begin(); !st)
        return st.error();
    SyncState state(m_db);
    Result<QString> mine = state.value(kDeviceKey);
    Result<QString> county = state.value(kCountyKey);
    Result<QString> countyCode = state.value(QStringLiteral("county"));
    Result<QString> device = state.value(QStringLiteral("device_id"));
    Result<QString> token = state.value(QStringLiteral("token:") + m_user);
    Result<QString> cursor = state.value(QStringLiteral("cursor"));
    Result<QString> last = state.value(kBundleSeq);
    Result<QString> scopes = state.value(QStringLiteral("scopes"));
    if (!mine || !county || !countyCode || !device || !token || !cursor || !last || !scopes)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    if (mine->isEmpty() || county->isEmpty())
        return noKeys();
    // Every op of the user's outbox, in batches as a push sends them; the person's decisions on
    // conflicts in a batch of their own.
    QJsonArray batches;
    *opCount = 0;
    qint64 after = 0;
    for (;;) {
        Result<QList<protocol::Op>> ops = outboxBatch(after, &after);
        if (!ops)
            return ops.error();
        if (ops->isEmpty())
            break;
        *opCount += int(ops->size());
        batches.append(protocol::PushRequest{*ops}.toJson());
    }
    Result<QList<protocol::Op>> decided = decisions(protocol::kMaxOpsPerPush);
    if (!decided)
        return decided.error();
    if (!decided->isEmpty()) {
        *opCount += int(decided->size());
        batches.append(protocol::PushRequest{*decided}.toJson());
    }
    *seq = last->toLongLong() + 1;
    const QJsonObject inner{{QStringLiteral("user"), m_user},
                            {QStringLiteral("token"), *token},
                            {QStringLiteral("since"), double(cursor->toLongLong())},
                            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes->split(u',', Qt::SkipEmptyParts))},
                            {QStringLiteral("pushes"), batches}};
    Result<QByteArray> file = Bundle::write(
        {QStringLiteral("request"), *countyCode, *device, *seq, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        QJsonDocument(inner).toJson(QJsonDocument::Compact), county->toLatin1(), SecretBytes(mine->toUtf8()));
    if (!file)
        return file.error();
    if (Status st = state.setValue(kBundleSeq, QString::number(*seq)); !st)
        return st.error();
    return file;
}

Result<SyncReport> SyncEngine::readAnswer(const QByteArray &file)
{
    if (Status st = begin(); !st)
        return st.error();
    Result<Bundle> bundle = Bundle::parse(file);
    if (!bundle)
        return bundle.error();
    SyncState state(m_db);
    Result<QString> mine = state.value(kDeviceKey);
    Result<QString> county = state.value(kCountyKey);
    Result<QString> countyCode = state.value(QStringLiteral("county"));
    Result<QString> device = state.value(QStringLiteral("device_id"));
    Result<QString> cursorText = state.value(QStringLiteral("cursor"));
    if (!mine || !county || !countyCode || !device || !cursorText)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    if (mine->isEmpty() || county->isEmpty())
        return noKeys();
    const Bundle::Envelope &e = bundle->envelope();
    if (e.kind != QLatin1String("answer"))
        return Error(ErrorCode::InvalidInput, tr("This is a laptop's bundle for the county, not the county's answer: take it "
                                                 "to the township office."));
    if (e.deviceId != *device || e.county != *countyCode)
        return Error(ErrorCode::NotAllowed, tr("This answer is for another laptop (or another county): it was not imported."));
    Result<QByteArray> inner = bundle->open(county->toLatin1(), SecretBytes(mine->toUtf8()));
    if (!inner)
        return inner.error();
    const QJsonObject answer = QJsonDocument::fromJson(*inner).object();
    // Each user of a profile has areas of their own: an answer for another goes to them.
    if (answer.value(QStringLiteral("user")).toString() != m_user)
        return Error(ErrorCode::NotAllowed, tr("This answer is for %1's bundle: %1 reads it on this laptop.")
                                                .arg(answer.value(QStringLiteral("user")).toString()));
    Result<QString> answered = state.value(kAnswered);
    if (!answered)
        return answered.error();

    SyncReport report;
    // The receipts: each op still in the outbox gets its result, as a push answer gives it.
    QList<protocol::Op> ops;
    QList<protocol::OpResult> results;
    for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray()) {
        Result<protocol::OpResult> r = protocol::OpResult::fromJson(v);
        if (!r)
            return r.error();
        Result<Query> q = m_db.exec(QStringLiteral("SELECT record_type, record_id FROM outbox WHERE op_id = ?"), {r->opId});
        if (!q)
            return q.error();
        if (!q->next())
            continue; // answered already (an earlier answer, or a sync over the network)
        protocol::Op op;
        op.opId = r->opId;
        op.recordType = q->value(0).toString();
        op.recordId = q->value(1).toString();
        ops << op;
        results << *r;
    }
    const QJsonValue countySeq = answer.value(QStringLiteral("seq"));
    if (Status st =
            applyResults(ops, results, countySeq.isDouble() && countySeq.toDouble() >= 0 ? countySeq.toInteger() : 0, report);
        !st)
        return st.error();

    // The pages, when they go on from where this laptop's pull stands: an older answer read
    // after a newer one brings nothing the laptop does not have.
    const QJsonValue sinceValue = answer.value(QStringLiteral("since"));
    const qint64 since = sinceValue.isDouble() && sinceValue.toDouble() >= 0 ? sinceValue.toInteger() : -1;
    // The user's areas changed: every page, but only from an answer newer than any read before
    // (read again, an old one would put back what newer ones changed).
    const bool rescan = answer.value(QStringLiteral("rescan")).toBool() && e.seq > answered->toLongLong();
    const QJsonArray pages = answer.value(QStringLiteral("pages")).toArray();
    qint64 cursor = cursorText->toLongLong();
    for (const QJsonValue &v : pages) {
        Result<protocol::PullResponse> page =
            protocol::PullResponse::fromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (!page)
            return page.error();
        if (!rescan && (since < 0 || since > cursor || page->cursor <= cursor))
            continue;
        if (Status st = applyPage(*page, report); !st)
            return st.error();
        cursor = page->cursor;
    }
    if (answered->toLongLong() < e.seq) {
        if (Status st = state.setValue(kAnswered, QString::number(e.seq)); !st)
            return st.error();
    }
    return report;
}

} // namespace doudi::core
