#pragma once

#include "common/result.h"
#include "domain/documentrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace doudi::core {

class ChangeLog;
class Database;

// Printed documents. A new one takes the next number of its township, year and device in
// the same transaction that records it; each print and reprint leaves an audit entry.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    DocumentRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    // Gives the record its number (and year, printedAt) and stores it; hashOf computes the
    // content hash once the number is known.
    Status add(DocumentRecord &d, const std::function<QString(const DocumentRecord &)> &hashOf);
    Status markReprinted(const QString &number);
    Result<DocumentRecord> load(const QString &number);
    // Newest first; a case's documents when caseId is given.
    Result<QList<DocumentRecord>> list(const QString &caseId, int limit,
                                       const QStringList &prefixes = {}); // prefixes: of the cases' areas

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace doudi::core
