#include "storage/recordaudit.h"

#include "security/crypto.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/recordtypes.h"

#include <QSqlRecord>

#include <functional>

namespace doudi::core {

namespace {
struct Latest
{
    QString action;
    QString beforeHash;
    QString afterHash;
};

QString keyOf(const QString &type, const QString &id)
{
    return type + u'\x1f' + id;
}

Result<QHash<QString, Latest>> latestEntries(Database &db)
{
    QHash<QString, Latest> latest;
    Result<Query> q = db.exec(QStringLiteral("SELECT record_type, record_id, action, before_hash, after_hash FROM audit_log "
                                             "ORDER BY seq"));
    if (!q)
        return q.error();
    while (q->next())
        latest.insert(keyOf(q->value(0).toString(), q->value(1).toString()),
                      {q->value(2).toString(), q->value(3).toString(), q->value(4).toString()});
    return latest;
}

enum class Found
{
    Live,
    SoftDeleted,
    Missing
};
using OnProblem =
    std::function<Status(const RecordType &type, const QString &id, const QString &what, const QVariantMap &hashed, Found found)>;

// One pass over every record type: calls onProblem for each record the chain does not vouch for.
Result<qint64> scan(Database &db, const OnProblem &onProblem)
{
    Result<QHash<QString, Latest>> latest = latestEntries(db);
    if (!latest)
        return latest.error();
    qint64 checked = 0;
    for (const RecordType &type : RecordType::all()) {
        Result<Query> q = db.execOnce(QStringLiteral("SELECT * FROM %1").arg(type.table));
        if (!q)
            return q.error();
        while (q->next()) {
            ++checked;
            QVariantMap row;
            const QSqlRecord rec = q->sql().record();
            for (int i = 0; i < rec.count(); ++i)
                row.insert(rec.fieldName(i), q->value(i));
            const QString id = row.value(type.idColumn).toString();
            const QVariantMap hashed = type.hashed(row);
            const QString hash = ChangeLog::hashFields(hashed);
            const auto it = latest->constFind(keyOf(type.name, id));
            QString what;
            if (it == latest->cend()) {
                what = RecordAudit::tr("it is not in the audit log: it was added outside Doudi");
            } else if (!type.deletedFlag.isEmpty() && row.value(type.deletedFlag).toInt() != 0) {
                if (it->action != QLatin1String("delete"))
                    what = RecordAudit::tr("it was marked deleted outside Doudi");
                else if (hash != it->beforeHash)
                    what = RecordAudit::tr("it was changed outside Doudi after it was deleted");
            } else if (it->action == QLatin1String("delete")) {
                what = RecordAudit::tr("it was deleted, yet it is there again");
            } else if (hash != it->afterHash) {
                what = RecordAudit::tr("it was changed outside Doudi");
            } else if (type.name == QLatin1String("attachment") &&
                       QString::fromLatin1(Crypto::sha256(row.value(QStringLiteral("data")).toByteArray()).toHex()) !=
                           row.value(QStringLiteral("sha256")).toString()) {
                what = RecordAudit::tr("its picture was replaced outside Doudi");
            }
            if (it != latest->cend())
                latest->erase(it);
            const bool softDeleted = !type.deletedFlag.isEmpty() && row.value(type.deletedFlag).toInt() != 0;
            if (!what.isEmpty()) {
                if (Status st = onProblem(type, id, what, hashed, softDeleted ? Found::SoftDeleted : Found::Live); !st)
                    return st.error();
            }
        }
    }
    // Whatever the chain still knows of was removed from under it.
    for (auto it = latest->cbegin(); it != latest->cend(); ++it) {
        const QStringList parts = it.key().split(u'\x1f');
        const RecordType *type = RecordType::find(parts.value(0));
        if (!type || it->action == QLatin1String("delete"))
            continue;
        ++checked;
        if (Status st = onProblem(*type, parts.value(1), RecordAudit::tr("it is missing: it was deleted outside Doudi"), {},
                                  Found::Missing);
            !st)
            return st.error();
    }
    return checked;
}
} // namespace

Result<RecordAudit::Report> RecordAudit::verify(Database &db)
{
    Report report;
    Result<qint64> checked =
        scan(db, [&](const RecordType &type, const QString &id, const QString &what, const QVariantMap &, Found) -> Status {
            if (report.problems.size() < kMaxProblems)
                report.problems << Problem{type.name, id, what};
            ++report.problemCount;
            return {};
        });
    if (!checked)
        return checked.error();
    report.checked = *checked;
    return report;
}

Result<qint64> RecordAudit::attestAll(Database &db, ChangeLog &changes)
{
    qint64 attested = 0;
    Status st = db.transaction([&]() -> Status {
        const QString hlc = changes.tick();
        Result<qint64> checked = scan(
            db,
            [&](const RecordType &type, const QString &id, const QString &, const QVariantMap &hashed, Found found) -> Status {
                ++attested;
                if (found == Found::Live)
                    return changes.audit(ChangeLog::Op::Attest, type.name, id, {}, hashed, hlc);
                return changes.audit(ChangeLog::Op::Delete, type.name, id, hashed, {}, hlc);
            });
        return checked ? Status() : Status(checked.error());
    });
    if (!st)
        return st.error();
    return attested;
}

} // namespace doudi::core
