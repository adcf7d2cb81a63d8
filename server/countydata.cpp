#include "server/countydata.h"

#include "identity/areacode.h"
#include "policy/policybook.h"
#include "server/serverstore.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace doudi::server {

using namespace doudi::core;
using protocol::CountyDocument;

namespace {

CountyDocument fromRow(const StoreQuery &q, const QString &kind, bool withContent)
{
    CountyDocument d;
    d.kind = kind;
    d.version = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.sha256 = q.value(2).toString();
    d.publishedAt = q.value(3).toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (withContent)
        d.content = q.value(4).toString();
    return d;
}

} // namespace

Result<CountyData::Published> CountyData::publish(const QString &kind, const QByteArray &file)
{
    // Excel and Notepad open UTF-8 files with a byte-order mark; it means nothing here, and
    // Qt's JSON parser drops it at the start of a string, so the laptops' hash would differ.
    const QByteArray content = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file;
    // Checked as a laptop will read it: a laptop never receives what it would refuse.
    QString title;
    if (kind == QLatin1String("policy")) {
        Result<PolicyBook> book = PolicyBook::fromJson(content);
        if (!book)
            return Error(ErrorCode::InvalidInput, book.error().message());
        title = book->title();
    } else if (kind == QLatin1String("areas")) {
        Result<AreaRegistry> areas = AreaRegistry::fromCountyCsv(content, m_county);
        if (!areas)
            return areas.error();
        const Area *county = areas->find(m_county);
        title = county ? county->name : m_county;
    } else {
        return Error(ErrorCode::InvalidInput, tr("Unknown kind of county data: %1.").arg(kind));
    }
    const QString text = QString::fromUtf8(content);
    if (text.toUtf8() != content)
        return Error(ErrorCode::InvalidInput, tr("The file is not UTF-8 text."));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    Published out;
    Status st = m_store.transaction([&]() -> Status {
        // Two publications at once get consecutive numbers, not the same one twice.
        if (Result<StoreQuery> lock = m_store.exec(QStringLiteral("LOCK TABLE county_data IN SHARE ROW EXCLUSIVE MODE")); !lock)
            return lock.error();
        Result<std::optional<CountyDocument>> last = newest(kind);
        if (!last)
            return last.error();
        if (*last && (*last)->sha256 == sha) {
            out.document = **last;
            out.unchanged = true;
            return {};
        }
        Result<StoreQuery> q = m_store.exec(
            QStringLiteral("INSERT INTO county_data(kind, version, title, sha256, content) VALUES (?, ?::integer, ?, ?, ?) "
                           "RETURNING version, title, sha256, published_at"),
            {kind, *last ? (*last)->version + 1 : 1, title, sha, text});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::Storage, tr("The county database refused a request."));
        out.document = fromRow(*q, kind, false);
        out.document.content = text;
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<QList<CountyDocument>> CountyData::list(const QString &kind)
{
    Result<StoreQuery> q = m_store.exec(
        QStringLiteral("SELECT version, title, sha256, published_at FROM county_data WHERE kind = ? ORDER BY version DESC"),
        {kind});
    if (!q)
        return q.error();
    QList<CountyDocument> out;
    while (q->next())
        out << fromRow(*q, kind, false);
    return out;
}

Result<std::optional<CountyDocument>> CountyData::newest(const QString &kind)
{
    Result<StoreQuery> q = m_store.exec(QStringLiteral("SELECT version, title, sha256, published_at, content FROM county_data "
                                                       "WHERE kind = ? ORDER BY version DESC LIMIT 1"),
                                        {kind});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CountyDocument>();
    return std::optional<CountyDocument>(fromRow(*q, kind, true));
}

} // namespace doudi::server
