#pragma once

#include "common/result.h"
#include "domain/attachment.h"

#include <QCoreApplication>
#include <QList>

namespace doudi::core {

class ChangeLog;
class Database;

// Attachments in the encrypted store. Each new one is an outbox operation (without the
// bytes: sync sends those by their hash) and an audit entry.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)
public:
    AttachmentRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
    // Fills in id and sha256.
    Status store(Attachment &a);
    Result<Attachment> load(const QString &id);
    Result<QList<Attachment>> forOwner(const QString &ownerType, const QString &ownerId, bool withData);

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace doudi::core
