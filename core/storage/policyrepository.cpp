#include "storage/policyrepository.h"

#include "common/clock.h"
#include "security/crypto.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storedtext.h"

namespace doudi::core {

Result<StoredPolicy> PolicyRepository::store(const QString &title, const QByteArray &content, const QString &user,
                                             bool fromCounty)
{
    StoredPolicy p;
    p.importedAt = Clock::nowUtc();
    p.importedBy = user;
    p.title = title;
    p.sha256 = QString::fromLatin1(Crypto::sha256(content).toHex());
    p.content = content;
    Status st = m_db.transaction([&]() -> Status {
        Result<Query> q =
            m_db.exec(QStringLiteral("INSERT INTO policy_documents(imported_at, imported_by, title, sha256, "
                                     "content) VALUES (?, ?, ?, ?, ?)"),
                      {p.importedAt.toString(Qt::ISODateWithMs), user, storedText(title), p.sha256, QString::fromUtf8(content)});
        if (!q)
            return q.error();
        p.id = q->sql().lastInsertId().toLongLong();
        // The county's policy as this device used it: sync carries it, so the county can see
        // which standards every decision was made under.
        return fromCounty ? m_changes.auditInserted(QStringLiteral("policy"), p.id, m_changes.tick())
                          : m_changes.recordInserted(QStringLiteral("policy"), p.id, m_changes.tick());
    });
    if (!st)
        return Error(st.error().code(), tr("The policy was not saved: %1").arg(st.error().message()), st.error().detail());
    return p;
}

Result<bool> PolicyRepository::contains(const QString &sha256)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT 1 FROM policy_documents WHERE sha256 = ? LIMIT 1"), {sha256});
    if (!q)
        return q.error();
    return q->next();
}

Result<std::optional<StoredPolicy>> PolicyRepository::current()
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id, imported_at, imported_by, title, sha256, content "
                                               "FROM policy_documents ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredPolicy>();
    StoredPolicy p;
    p.id = q->value(0).toLongLong();
    p.importedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
    p.importedBy = q->value(2).toString();
    p.title = q->value(3).toString();
    p.sha256 = q->value(4).toString();
    p.content = q->value(5).toString().toUtf8();
    return std::optional<StoredPolicy>(p);
}

} // namespace doudi::core
