#include "sync/countyupdate.h"

#include "identity/areacode.h"
#include "policy/policybook.h"
#include "storage/arealistrepository.h"
#include "storage/policyrepository.h"
#include "sync/syncstate.h"

namespace doudi::core {

Result<protocol::CountyDocument> CountyUpdate::fetchKind(const QString &kind, const Fetch &fetch)
{
    Result<QByteArray> body = fetch(QStringLiteral("/v1/county?kind=") + kind);
    if (!body)
        return body.error();
    // The decoder checks the content against its hash.
    Result<protocol::CountyDocument> doc = protocol::CountyDocument::fromJson(*body);
    if (!doc)
        return doc.error();
    // (Published again between the pull and this request, it is newer than the pull said: as good.)
    if (doc->kind != kind)
        return Error(ErrorCode::Corrupt, tr("The county server sent something other than what was asked for."));
    return doc;
}

Result<CountyUpdate::Outcome> CountyUpdate::bringUpToDate(const protocol::CountyHeads &heads, const Fetch &fetch)
{
    Outcome out;
    PolicyRepository policies(m_db, m_changes);
    if (!heads.policy.isEmpty()) {
        Result<bool> held = policies.contains(heads.policy);
        if (!held)
            return held.error();
        if (!*held) {
            Result<protocol::CountyDocument> doc = fetchKind(QStringLiteral("policy"), fetch);
            if (!doc)
                return doc.error();
            const QByteArray content = doc->content.toUtf8();
            Result<PolicyBook> book = PolicyBook::fromJson(content);
            if (!book)
                return Error(ErrorCode::Corrupt,
                             tr("The county's policy could not be read; the one in force stays: %1").arg(book.error().message()));
            Result<StoredPolicy> stored = policies.store(book->title(), content, m_user, true);
            if (!stored)
                return stored.error();
            out.policy = true;
        }
    }
    AreaListRepository areaLists(m_db);
    if (!heads.areas.isEmpty()) {
        Result<std::optional<StoredAreaList>> current = areaLists.current();
        if (!current)
            return current.error();
        if (!*current || (*current)->sha256 != heads.areas) {
            Result<protocol::CountyDocument> doc = fetchKind(QStringLiteral("areas"), fetch);
            if (!doc)
                return doc.error();
            const QByteArray content = doc->content.toUtf8();
            // Held to the same rules the server published it under (one place: AreaRegistry).
            Result<QString> county = SyncState(m_db).value(QStringLiteral("county"));
            if (!county)
                return county.error();
            Result<AreaRegistry> areas = AreaRegistry::fromCountyCsv(content, *county);
            if (!areas)
                return Error(ErrorCode::Corrupt, tr("The county's area list could not be read; the one in use stays."),
                             areas.error().message());
            Result<StoredAreaList> stored = areaLists.store(m_changes, doc->version, doc->title, content);
            if (!stored)
                return stored.error();
            out.areas = true;
        }
    }
    return out;
}

} // namespace doudi::core
