#include "storage/attachmentrepository.h"

#include "common/randomsource.h"
#include "security/crypto.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storedtext.h"

namespace doudi::core {

Status AttachmentRepository::store(Attachment &a)
{
    if (a.data.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The attachment is empty."));
    if (a.data.size() > kMaxBytes)
        return Error(ErrorCode::InvalidInput, tr("The attachment is larger than %1 MB.").arg(kMaxBytes / (1024 * 1024)));
    a.id = RandomSource::uuidString();
    a.sha256 = QString::fromLatin1(Crypto::sha256(a.data).toHex());
    return m_db.transaction([&]() -> Status {
        const QString hlc = m_changes.tick();
        Result<Query> q = m_db.exec(
            QStringLiteral("INSERT INTO attachments(id, sha256, mime, kind, owner_type, owner_id, label, "
                           "size, created_hlc, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.id, a.sha256, a.mime, a.kind, a.ownerType, a.ownerId, storedText(a.label), qint64(a.data.size()), hlc, a.data});
        if (!q)
            return q.error();
        const QVariantMap fields = {{QStringLiteral("id"), a.id},
                                    {QStringLiteral("sha256"), a.sha256},
                                    {QStringLiteral("mime"), a.mime},
                                    {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("owner_type"), a.ownerType},
                                    {QStringLiteral("owner_id"), a.ownerId},
                                    {QStringLiteral("label"), a.label},
                                    {QStringLiteral("size"), qint64(a.data.size())}};
        return m_changes.record(ChangeLog::Op::Insert, QStringLiteral("attachment"), a.id, 0, {}, fields, hlc);
    });
}

Result<Attachment> AttachmentRepository::load(const QString &id)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id, sha256, mime, kind, owner_type, owner_id, label, data "
                                               "FROM attachments WHERE id = ?"),
                                {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The attachment is not on this computer."));
    return Attachment{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toByteArray()};
}

Result<QList<Attachment>> AttachmentRepository::forOwner(const QString &ownerType, const QString &ownerId, bool withData)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id, sha256, mime, kind, owner_type, owner_id, label, %1 FROM attachments "
                                               "WHERE owner_type = ? AND owner_id = ? ORDER BY created_hlc")
                                    .arg(withData ? QStringLiteral("data") : QStringLiteral("NULL")),
                                {ownerType, ownerId});
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out << Attachment{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toByteArray()};
    return out;
}

} // namespace doudi::core
