#include "storage/documentrepository.h"

#include "storage/areafilter.h"

#include "common/clock.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/recordtypes.h"
#include "storage/storedtext.h"

#include <QJsonDocument>

namespace doudi::core {

namespace {
const RecordType &documentType()
{
    return *RecordType::find(QStringLiteral("document"));
}

const QString kColumns =
    QStringLiteral("number, form, case_id, case_step, township, year, user_name, printed_at, sha256, content, "
                   "reprints, last_printed");

DocumentRecord recordFrom(Query &q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toString(), q.value(5).toInt(),
            q.value(6).toString(), QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs),
            q.value(8).toString(), QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object(),
            q.value(10).toInt(),   QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs)};
}
} // namespace

Status DocumentRepository::add(DocumentRecord &d, const std::function<QString(const DocumentRecord &)> &hashOf)
{
    return m_db.transaction([&]() -> Status {
        d.printedAt = Clock::nowUtc();
        d.lastPrinted = d.printedAt;
        d.year = Clock::today().year();
        d.user = m_changes.user();
        Result<Query> q =
            m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents WHERE township = ? AND year = ? "
                                     "AND node = ?"),
                      {d.township, d.year, m_changes.node()});
        if (!q)
            return q.error();
        const int seq = q->next() ? q->value(0).toInt() : 1;
        q->finish();
        // 370323102-2026-3F2A9C1E-0007: township, year, device, sequence.
        d.number = QStringLiteral("%1-%2-%3-%4")
                       .arg(d.township.left(9))
                       .arg(d.year)
                       .arg(m_changes.node().toUpper())
                       .arg(seq, 4, 10, QLatin1Char('0'));
        d.sha256 = hashOf(d);
        const QString content = QString::fromUtf8(QJsonDocument(d.content).toJson(QJsonDocument::Compact));
        Result<Query> ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO documents(number, form, case_id, case_step, township, year, node, seq, user_name, "
                "printed_at, sha256, content, reprints, last_printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
            {d.number, d.form, storedText(d.caseId), d.caseStep, d.township, d.year, m_changes.node(), seq, d.user,
             d.printedAt.toString(Qt::ISODateWithMs), d.sha256, content, d.lastPrinted.toString(Qt::ISODateWithMs)});
        if (!ins)
            return ins.error();
        return m_changes.recordInserted(QStringLiteral("document"), d.number, m_changes.tick());
    });
}

Status DocumentRepository::markReprinted(const QString &number)
{
    return m_db.transaction([&]() -> Status {
        // A reprint is a change sync carries (the county counts reprints).
        Result<QVariantMap> before = documentType().stored(m_db, number);
        if (!before)
            return before.error();
        const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
        Result<Query> q = m_db.exec(
            QStringLiteral("UPDATE documents SET reprints = reprints + 1, last_printed = ? WHERE number = ?"), {now, number});
        if (!q)
            return q.error();
        Result<QVariantMap> after = documentType().stored(m_db, number);
        if (!after)
            return after.error();
        return m_changes.record(ChangeLog::Op::Update, QStringLiteral("document"), number, 0, *before, *after, m_changes.tick());
    });
}

Result<DocumentRecord> DocumentRepository::load(const QString &number)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM documents WHERE number = ?").arg(kColumns), {number.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("No document numbered %1 was printed on this device.").arg(number));
    return recordFrom(*q);
}

Result<QList<DocumentRecord>> DocumentRepository::list(const QString &caseId, int limit, const QStringList &prefixes)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM documents WHERE 1 ").arg(kColumns);
    if (!caseId.isEmpty()) {
        sql += QStringLiteral("AND case_id = ? ");
        values << caseId;
    }
    if (!prefixes.isEmpty()) {
        QVariantList areas;
        const QString within = withinAreas(QStringLiteral("area_code"), prefixes, areas);
        sql += QStringLiteral("AND case_id IN (SELECT id FROM cases WHERE 1 %1) ").arg(within);
        values += areas;
    }
    sql += QStringLiteral("ORDER BY printed_at DESC LIMIT ?");
    values << limit;
    Result<Query> q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<DocumentRecord> out;
    while (q->next())
        out << recordFrom(*q);
    return out;
}

} // namespace doudi::core
