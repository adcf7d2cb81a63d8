#include "storage/arealistrepository.h"

#include "common/clock.h"
#include "security/crypto.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storedtext.h"

namespace doudi::core {

Result<StoredAreaList> AreaListRepository::store(ChangeLog &changes, qint64 version, const QString &title,
                                                 const QByteArray &content)
{
    StoredAreaList a;
    a.receivedAt = Clock::nowUtc();
    a.version = version;
    a.title = title;
    a.sha256 = QString::fromLatin1(Crypto::sha256(content).toHex());
    a.content = content;
    Status st = m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(
            QStringLiteral("INSERT INTO area_lists(received_at, version, title, sha256, content) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {a.receivedAt.toString(Qt::ISODateWithMs), version, storedText(title), a.sha256, QString::fromUtf8(content)});
        if (!q)
            return q.error();
        a.id = q->sql().lastInsertId().toLongLong();
        return changes.auditInserted(QStringLiteral("area_list"), a.id, changes.tick());
    });
    if (!st)
        return Error(st.error().code(), tr("The county's area list was not saved: %1").arg(st.error().message()),
                     st.error().detail());
    return a;
}

Result<std::optional<StoredAreaList>> AreaListRepository::current()
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id, received_at, version, title, sha256, content FROM area_lists "
                                               "ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredAreaList>();
    StoredAreaList a;
    a.id = q->value(0).toLongLong();
    a.receivedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
    a.version = q->value(2).toLongLong();
    a.title = q->value(3).toString();
    a.sha256 = q->value(4).toString();
    a.content = q->value(5).toString().toUtf8();
    return std::optional<StoredAreaList>(a);
}

} // namespace doudi::core
