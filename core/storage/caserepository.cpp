#include "storage/caserepository.h"

#include "common/randomsource.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/storedtext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace doudi::core {

namespace {
QVariantMap fieldsOf(const Case &c)
{
    return {{QStringLiteral("household_id"), c.householdId},
            {QStringLiteral("area_code"), c.areaCode},
            {QStringLiteral("programme"), Case::programmeCode(c.programme)},
            {QStringLiteral("state"), Case::stateCode(c.state)},
            {QStringLiteral("data"), QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact))}};
}

// A row whose JSON is damaged (a disk fault, a hand edit) is an error that names the case,
// never an empty case that the pages would show and a save would write back.
Result<Case> caseFrom(const QString &id, const QString &data)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("doudi::core::CaseRepository",
                                                 "The record of case %1 is damaged and cannot be read. Restore the "
                                                 "profile from a backup, or sync it again from the county server.")
                         .arg(id.left(40)),
                     parse.error != QJsonParseError::NoError ? parse.errorString() : QStringLiteral("not an object"));
    return Case::fromJson(doc.object());
}
} // namespace

Status CaseRepository::addStep(const QString &caseId, const CaseStepRecord &step, const QString &hlc)
{
    const QString id = RandomSource::uuidString();
    Result<Query> q = m_db.exec(QStringLiteral("INSERT INTO case_steps(id, case_id, hlc, at, user_name, role, event, data, "
                                               "from_state, to_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {id, caseId, hlc, step.at.toString(Qt::ISODateWithMs), step.user, step.role, step.event,
                                 QString::fromUtf8(QJsonDocument(step.data).toJson(QJsonDocument::Compact)),
                                 Case::stateCode(step.from), Case::stateCode(step.to)});
    if (!q)
        return q.error();
    if (Status st = m_changes.recordInserted(QStringLiteral("case_step"), id, hlc); !st)
        return st;
    if (!step.isVisit)
        return {};
    const QString visitId = RandomSource::uuidString();
    q = m_db.exec(QStringLiteral("INSERT INTO case_visits(id, case_id, step_id, visit_date, data) VALUES (?, ?, ?, ?, ?)"),
                  {visitId, caseId, id, storedText(step.data.value(QStringLiteral("date")).toString()),
                   QString::fromUtf8(QJsonDocument(step.data).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return m_changes.recordInserted(QStringLiteral("visit"), visitId, hlc);
}

Result<QList<CaseStepRecord>> CaseRepository::steps(const QString &caseId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT event, data, user_name, role, at, from_state, to_state, "
                                               "EXISTS (SELECT 1 FROM case_visits v WHERE v.step_id = s.id) "
                                               "FROM case_steps s WHERE case_id = ? ORDER BY hlc"),
                                {caseId});
    if (!q)
        return q.error();
    QList<CaseStepRecord> out;
    while (q->next()) {
        CaseStepRecord s;
        s.event = q->value(0).toString();
        s.data = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        s.user = q->value(2).toString();
        s.role = q->value(3).toString();
        s.at = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
        Case::stateFromCode(q->value(5).toString(), &s.from);
        Case::stateFromCode(q->value(6).toString(), &s.to);
        s.isVisit = q->value(7).toBool();
        out << s;
    }
    return out;
}

Status CaseRepository::save(const Case &c, const CaseStepRecord &step)
{
    Status st = m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(QStringLiteral("SELECT household_id, area_code, programme, state, data, version "
                                                   "FROM cases WHERE id = ?"),
                                    {c.id});
        if (!q)
            return q.error();
        const QVariantMap after = fieldsOf(c);
        const QString hlc = m_changes.tick();
        QVariantMap withId = after;
        withId.insert(QStringLiteral("id"), c.id);
        if (!q->next()) {
            q->finish();
            Result<Query> ins =
                m_db.exec(QStringLiteral("INSERT INTO cases(id, version, created_hlc, updated_hlc, household_id, "
                                         "area_code, programme, state, data) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)"),
                          {c.id, hlc, hlc, after[QStringLiteral("household_id")], after[QStringLiteral("area_code")],
                           after[QStringLiteral("programme")], after[QStringLiteral("state")], after[QStringLiteral("data")]});
            if (!ins)
                return ins.error();
            if (Status s = m_changes.record(ChangeLog::Op::Insert, QStringLiteral("case"), c.id, 0, {}, withId, hlc); !s)
                return s;
            return addStep(c.id, step, hlc);
        }
        QVariantMap before = {{QStringLiteral("household_id"), q->value(0)}, {QStringLiteral("area_code"), q->value(1)},
                              {QStringLiteral("programme"), q->value(2)},    {QStringLiteral("state"), q->value(3)},
                              {QStringLiteral("data"), q->value(4)},         {QStringLiteral("id"), c.id}};
        const qint64 version = q->value(5).toLongLong();
        q->finish();
        if (Status s = addStep(c.id, step, hlc); !s)
            return s;
        if (before == withId)
            return {};
        Result<Query> upd = m_db.exec(QStringLiteral("UPDATE cases SET updated_hlc = ?, state = ?, data = ? WHERE id = ?"),
                                      {hlc, after[QStringLiteral("state")], after[QStringLiteral("data")], c.id});
        if (!upd)
            return upd.error();
        return m_changes.record(ChangeLog::Op::Update, QStringLiteral("case"), c.id, version, before, withId, hlc);
    });
    if (!st)
        return Error(st.error().code(), tr("The case was not saved: %1").arg(st.error().message()), st.error().detail());
    return {};
}

Result<Case> CaseRepository::load(const QString &id)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT data FROM cases WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("There is no case %1.").arg(id.left(40)));
    return caseFrom(id, q->value(0).toString());
}

Result<QList<Case>> CaseRepository::forHousehold(const QString &householdId)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT id, data FROM cases WHERE household_id = ? ORDER BY created_hlc DESC"), {householdId});
    if (!q)
        return q.error();
    QList<Case> out;
    while (q->next()) {
        Result<Case> c = caseFrom(q->value(0).toString(), q->value(1).toString());
        if (!c)
            return c.error();
        out << std::move(*c);
    }
    return out;
}

Result<QList<Case>> CaseRepository::list(const QString &scopePrefix, bool openOnly)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT id, data FROM cases WHERE substr(area_code, 1, length(?)) = ? ORDER BY created_hlc"),
                  {storedText(scopePrefix), storedText(scopePrefix)});
    if (!q)
        return q.error();
    QList<Case> out;
    while (q->next()) {
        Result<Case> c = caseFrom(q->value(0).toString(), q->value(1).toString());
        if (!c)
            return c.error();
        if (!openOnly || c->isOpen())
            out << std::move(*c);
    }
    return out;
}

Result<QMultiHash<QString, CaseRepository::Brief>> CaseRepository::briefsFor(const QStringList &householdIds)
{
    QMultiHash<QString, Brief> out;
    constexpr int kChunk = 500; // well under SQLite's limit on bound values
    for (int start = 0; start < householdIds.size(); start += kChunk) {
        const QStringList chunk = householdIds.mid(start, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QVariantList values;
        for (const QString &id : chunk)
            values << id;
        Result<Query> q =
            m_db.execOnce(QStringLiteral("SELECT household_id, programme, state FROM cases WHERE household_id IN (%1) "
                                         "ORDER BY created_hlc")
                              .arg(marks.join(u',')),
                          values);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString state = q->value(2).toString();
            CaseState s = CaseState::Submitted;
            Case::stateFromCode(state, &s);
            out.insert(q->value(0).toString(), {q->value(1).toString(), state, Case::isOpenState(s)});
        }
    }
    return out;
}

} // namespace doudi::core
