#include "server/pullfeed.h"

#include "server/countydata.h"
#include "server/serverstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace doudi::server {

using namespace doudi::core;

namespace {

QJsonValue parseValue(const QString &text)
{
    if (text.isNull())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue() : doc.array().at(0);
}

} // namespace

Status PullFeed::check(protocol::PullResponse &out)
{
    // The sums kept per village by every write (PushMerge::addToCheck), within the page's snapshot.
    QVariantList values;
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("SELECT coalesce(sum(count), 0), coalesce(bit_xor(h1), 0), coalesce(bit_xor(h2), 0), "
                       "coalesce(bit_xor(h3), 0), coalesce(bit_xor(h4), 0) FROM area_checks WHERE %1")
            .arg(m_caller.scopeFilter(QStringLiteral("area_code"), values)),
        values);
    if (!q)
        return q.error();
    protocol::CheckSum sum;
    if (q->next()) {
        sum.count = q->value(0).toLongLong();
        for (int i = 0; i < 4; ++i)
            sum.h[i] = quint64(q->value(1 + i).toLongLong());
    }
    out.checkCount = sum.count;
    out.checkHash = sum.hex();
    return {};
}

Result<protocol::PullResponse> PullFeed::page(qint64 since, int limit, bool rescan)
{
    protocol::PullResponse out;
    out.scopes = m_caller.scopes;
    out.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    limit = qBound(1, limit, protocol::kMaxChangesPerPull);

    // The user's areas changed since this device last pulled: it starts again from 0.
    QStringList now = m_caller.scopes, before = m_caller.tokenScopes;
    std::sort(now.begin(), now.end());
    std::sort(before.begin(), before.end());
    if (now != before) {
        Result<StoreQuery> q = m_store.exec(
            QStringLiteral("UPDATE device_users SET scopes = string_to_array(?, ',') WHERE device_id = ? AND user_name = ?"),
            {m_caller.scopes.join(u','), m_caller.deviceId, m_caller.user});
        if (!q)
            return q.error();
        out.reset = since > 0;
        if (out.reset)
            return out;
    }

    // One snapshot for the page and the check, so that they agree with each other.
    Status st = m_store.transaction([&]() -> Status {
        if (Result<StoreQuery> iso = m_store.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")); !iso)
            return iso.error();
        // What this device wrote itself it has already (it learnt each version from the push
        // answer), except on a first pull and on every page of a rescan (which keeps only what it
        // is sent).
        QVariantList values{since, rescan ? qint64(0) : since, m_caller.deviceId};
        Result<StoreQuery> q = m_store.exec(
            QStringLiteral("SELECT change_seq, record_type, record_id, deleted, version, fields::text, hlc, user_name "
                           "FROM records WHERE change_seq > ? AND (?::bigint = 0 OR device_id <> ?) AND %1 ORDER BY change_seq LIMIT %2")
                .arg(m_caller.scopeFilter(QStringLiteral("area_code"), values))
                .arg(limit + 1),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            if (out.changes.size() == limit) {
                out.more = true;
                break;
            }
            protocol::Change c;
            c.seq = q->value(0).toLongLong();
            c.recordType = q->value(1).toString();
            c.recordId = q->value(2).toString();
            c.op = q->value(3).toBool() ? QStringLiteral("delete") : QStringLiteral("update");
            c.version = q->value(4).toLongLong();
            if (!q->value(3).toBool())
                c.fields = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
            c.hlc = q->value(6).toString();
            c.user = q->value(7).toString();
            out.changes << c;
        }
        out.cursor = out.changes.isEmpty() ? since : out.changes.constLast().seq;
        const qint64 upTo = out.more ? out.cursor : std::numeric_limits<qint64>::max();

        // Households that left the user's areas within this page's range.
        QVariantList ev{since, upTo};
        const QString leftScope = m_caller.scopeFilter(QStringLiteral("e.old_area"), ev);
        const QString inScopeNow = m_caller.scopeFilter(QStringLiteral("r.area_code"), ev);
        Result<StoreQuery> evicted = m_store.exec(
            QStringLiteral("SELECT e.change_seq, e.household_id FROM evictions e JOIN records r ON r.record_type = 'household' "
                           "AND r.record_id = e.household_id WHERE e.change_seq > ? AND e.change_seq <= ? AND %1 AND NOT %2 "
                           "ORDER BY e.change_seq")
                .arg(leftScope, inScopeNow),
            ev);
        if (!evicted)
            return evicted.error();
        while (evicted->next()) {
            protocol::Change c;
            c.seq = evicted->value(0).toLongLong();
            c.recordType = QStringLiteral("household");
            c.recordId = evicted->value(1).toString();
            c.op = QStringLiteral("evict");
            out.changes << c;
        }

        QVariantList cv{since, upTo};
        Result<StoreQuery> k = m_store.exec(
            QStringLiteral("SELECT id, kind, record_type, record_id, household_id, field, before_value::text, mine::text, "
                           "theirs::text, mine_user, mine_hlc, theirs_user, theirs_hlc, resolved_at IS NOT NULL, "
                           "coalesce(resolved_by, '') FROM conflicts WHERE change_seq > ? AND change_seq <= ? AND %1 "
                           "ORDER BY change_seq LIMIT 1000")
                .arg(m_caller.scopeFilter(QStringLiteral("area_code"), cv)),
            cv);
        if (!k)
            return k.error();
        while (k->next()) {
            protocol::Conflict c;
            c.id = k->value(0).toLongLong();
            c.kind = k->value(1).toString();
            c.recordType = k->value(2).toString();
            c.recordId = k->value(3).toString();
            c.householdId = k->value(4).toString();
            c.field = k->value(5).toString();
            c.before = parseValue(k->value(6).toString());
            c.mine = parseValue(k->value(7).toString());
            c.theirs = parseValue(k->value(8).toString());
            c.mineUser = k->value(9).toString();
            c.mineHlc = k->value(10).toString();
            c.theirsUser = k->value(11).toString();
            c.theirsHlc = k->value(12).toString();
            c.resolved = k->value(13).toBool();
            c.resolvedBy = k->value(14).toString();
            out.conflicts << c;
        }
        if (out.more)
            return {};
        Result<protocol::CountyHeads> heads = CountyData(m_store, {}).heads();
        if (!heads)
            return heads.error();
        out.county = *heads;
        return check(out);
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace doudi::server
