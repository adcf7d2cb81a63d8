#include "server/pullfeed.h"

#include "server/serverstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace doudi::server {

using namespace doudi::core;

bool PullFeed::scopesMoved() const
{
    QStringList now = m_caller.scopes, before = m_caller.tokenScopes;
    std::sort(now.begin(), now.end());
    std::sort(before.begin(), before.end());
    return now != before;
}

Result<bool> PullFeed::noteScopes()
{
    if (!scopesMoved())
        return false;
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("UPDATE device_users SET scopes = string_to_array(?, ',') WHERE device_id = ? AND user_name = ?"),
        {m_caller.scopes.join(u','), m_caller.deviceId, m_caller.user});
    if (!q)
        return q.error();
    return true;
}

Result<protocol::PullResponse> PullFeed::page(qint64 since, int limit, bool rescan, qint64 seen, const QString &alongside,
                                              QList<QVariantList> *alongsideRows)
{
    // The user's areas changed since this device last pulled: it starts again from 0. A device
    // that has seen more than the county has stops first, its areas not noted as pulled with.
    const bool reset = scopesMoved() && since > 0;
    if (reset) {
        const Result<qint64> county = m_store.countyChange();
        if (!county)
            return county.error();
        if (Status st = ServerStore::notBehind(seen, *county); !st)
            return st.error();
    }
    if (Result<bool> noted = noteScopes(); !noted)
        return noted.error();
    if (reset) {
        protocol::PullResponse out;
        out.scopes = m_caller.scopes;
        out.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        out.reset = true;
        if (!alongside.isEmpty()) {
            Result<QList<QVariantList>> rows = m_store.scriptRows(alongside);
            if (!rows)
                return rows.error();
            if (alongsideRows)
                *alongsideRows = *rows;
        }
        return out;
    }
    return changes(since, limit, rescan, seen, alongside, alongsideRows);
}

QString PullFeed::scopedChanges(qint64 since, bool rescan, int limit, QVariantList &values) const
{
    // One branch per area, each read in change order from an index that holds the area's rows
    // together, and merged: a pull reads its own areas' changes, not every change of the
    // county since its cursor (under a burst, most were other villages', issue 11). Every
    // record's area is a village's 12 digits in this county (PushMerge), so a village is its
    // code and a township its first 9 digits (records_area_seq, records_township_seq); a wider
    // area is most of the county, read in change order.
    QStringList branches;
    for (const QString &prefix : m_caller.prefixes()) {
        QString area;
        if (prefix.size() == 12) {
            area = QStringLiteral("area_code = ?");
            values << prefix;
        } else if (prefix.size() == 9) {
            area = QStringLiteral("left(area_code, 9) = ?");
            values << prefix;
        } else {
            area = QStringLiteral("area_code LIKE ?");
            values << QString(prefix + u'%');
        }
        values << since << (rescan ? qint64(0) : since) << m_caller.deviceId;
        branches << QStringLiteral("(SELECT * FROM records WHERE %1 AND change_seq > ? AND (?::bigint = 0 OR device_id <> ?) "
                                   "ORDER BY change_seq LIMIT %2)")
                        .arg(area)
                        .arg(limit);
    }
    if (branches.isEmpty())
        return QStringLiteral("SELECT * FROM records WHERE false");
    if (branches.size() == 1)
        return branches.constFirst();
    return QStringLiteral("SELECT * FROM (%1) b ORDER BY change_seq LIMIT %2")
        .arg(branches.join(QStringLiteral(" UNION ALL ")))
        .arg(limit);
}

Result<protocol::PullResponse> PullFeed::changes(qint64 since, int limit, bool rescan, qint64 seen, const QString &alongside,
                                                 QList<QVariantList> *alongsideRows)
{
    protocol::PullResponse out;
    out.scopes = m_caller.scopes;
    out.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    limit = qBound(1, limit, protocol::kMaxChangesPerPull);

    // The page, its evictions and conflicts, the county's publications, its change number and
    // the check, in one statement: one snapshot, so that they agree with each other, and one
    // round trip (under a burst of devices every statement of a pull counts, issue 11).
    //
    // What this device wrote itself it has already (it learnt each version from the push
    // answer), except on a first pull and on every page of a rescan (which keeps only what it
    // is sent). Evictions and conflicts go up to the page's last change when there are more.
    //
    // What the page hands out may have been pushed a moment ago and not be on disk yet
    // (PushMerge commits without waiting): a page that hands out anything goes out only after a
    // barrier (ApiServer, Durability; a snapshot's or a bundle's own commit waits for the disk).
    QVariantList values;
    const QString inScope = scopedChanges(since, rescan, limit + 1, values);
    values << since;
    const QString leftScope = m_caller.scopeFilter(QStringLiteral("e.old_area"), values);
    const QString stillInScope = m_caller.scopeFilter(QStringLiteral("r.area_code"), values);
    values << since;
    const QString conflictInScope = m_caller.scopeFilter(QStringLiteral("area_code"), values);
    const QString checkInScope = m_caller.scopeFilter(QStringLiteral("area_code"), values);
    Result<QString> statement = m_store.bound(
        ServerStore::numbered(
            QStringLiteral(
                "WITH page AS MATERIALIZED (SELECT change_seq, record_type, record_id, deleted, version, fields, hlc, user_name, "
                "row_number() OVER (ORDER BY change_seq) AS n FROM (%1) r), "
                "shown AS (SELECT * FROM page WHERE n <= %3), "
                "bound AS (SELECT count(*) > %3 AS more, CASE WHEN count(*) > %3 THEN max(change_seq) FILTER (WHERE n <= %3) "
                "ELSE 9223372036854775807 END AS up_to FROM page), "
                "ev AS MATERIALIZED (SELECT e.change_seq, e.household_id FROM evictions e JOIN records r ON r.record_type = "
                "'household' "
                "AND r.record_id = e.household_id WHERE e.change_seq > ? AND e.change_seq <= (SELECT up_to FROM bound) "
                "AND %4 AND NOT %5), "
                "k AS MATERIALIZED (SELECT * FROM conflicts WHERE change_seq > ? AND change_seq <= (SELECT up_to FROM bound) "
                "AND %6 ORDER BY change_seq LIMIT 1000) "
                "SELECT (SELECT more FROM bound), "
                "(SELECT json_agg(json_build_array(change_seq, record_type, record_id, deleted, version, "
                "CASE WHEN deleted THEN NULL ELSE fields END, hlc, user_name) ORDER BY change_seq) FROM shown)::text, "
                "(SELECT json_agg(json_build_array(change_seq, household_id) ORDER BY change_seq) FROM ev)::text, "
                "(SELECT json_agg(json_build_array(id, kind, record_type, record_id, household_id, field, before_value, mine, "
                "theirs, mine_user, mine_hlc, theirs_user, theirs_hlc, resolved_at IS NOT NULL, coalesce(resolved_by, '')) "
                "ORDER BY change_seq) FROM k)::text, "
                "(SELECT json_object_agg(kind, sha256) FROM (SELECT DISTINCT ON (kind) kind, sha256 FROM county_data "
                "ORDER BY kind, version DESC) h)::text, "
                "(SELECT value FROM change_counter WHERE id = 1), "
                "c.* FROM (SELECT coalesce(sum(count), 0), coalesce(bit_xor(h1), 0), coalesce(bit_xor(h2), 0), "
                "coalesce(bit_xor(h3), 0), coalesce(bit_xor(h4), 0) FROM area_checks WHERE %7) c")
                .arg(inScope)
                .arg(limit)
                .arg(leftScope, stillInScope, conflictInScope, checkInScope)),
        values);
    if (!statement)
        return statement.error();
    // The page's statement returns one row, the last.
    Result<QList<QVariantList>> rows =
        m_store.scriptRows(alongside.isEmpty() ? *statement : alongside + QStringLiteral("; ") + *statement);
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->constLast().size() != 11)
        return Error(ErrorCode::Storage, tr("The county database refused a request."), QStringLiteral("no pull row"));
    const QVariantList got = rows->takeLast();
    if (alongsideRows)
        *alongsideRows = *rows;
    out.more = got.at(0).toBool();
    for (const QJsonValue &v : QJsonDocument::fromJson(got.at(1).toString().toUtf8()).array()) {
        const QJsonArray row = v.toArray();
        protocol::Change c;
        c.seq = row.at(0).toInteger();
        c.recordType = row.at(1).toString();
        c.recordId = row.at(2).toString();
        c.op = row.at(3).toBool() ? QStringLiteral("delete") : QStringLiteral("update");
        c.version = row.at(4).toInteger();
        c.fields = row.at(5).toObject();
        c.hlc = row.at(6).toString();
        c.user = row.at(7).toString();
        out.changes << c;
    }
    out.cursor = out.changes.isEmpty() ? since : out.changes.constLast().seq;
    for (const QJsonValue &v : QJsonDocument::fromJson(got.at(2).toString().toUtf8()).array()) {
        protocol::Change c;
        c.seq = v[0].toInteger();
        c.recordType = QStringLiteral("household");
        c.recordId = v[1].toString();
        c.op = QStringLiteral("evict");
        out.changes << c;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(got.at(3).toString().toUtf8()).array()) {
        protocol::Conflict c;
        c.id = v[0].toInteger();
        c.kind = v[1].toString();
        c.recordType = v[2].toString();
        c.recordId = v[3].toString();
        c.householdId = v[4].toString();
        c.field = v[5].toString();
        c.before = v[6];
        c.mine = v[7];
        c.theirs = v[8];
        c.mineUser = v[9].toString();
        c.mineHlc = v[10].toString();
        c.theirsUser = v[11].toString();
        c.theirsHlc = v[12].toString();
        c.resolved = v[13].toBool();
        c.resolvedBy = v[14].toString();
        out.conflicts << c;
    }
    if (!out.more) {
        const QJsonObject heads = QJsonDocument::fromJson(got.at(4).toString().toUtf8()).object();
        out.county = protocol::CountyHeads{heads.value(QStringLiteral("policy")).toString(),
                                           heads.value(QStringLiteral("areas")).toString()};
        protocol::CheckSum sum;
        sum.count = got.at(6).toLongLong();
        for (int i = 0; i < 4; ++i)
            sum.h[i] = quint64(got.at(7 + i).toLongLong());
        out.checkCount = sum.count;
        out.checkHash = sum.hex();
    }
    const qint64 county = got.at(5).toLongLong();
    if (Status st = ServerStore::notBehind(seen, county); !st)
        return st.error();
    return out;
}

} // namespace doudi::server
