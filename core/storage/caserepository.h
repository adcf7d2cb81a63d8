#pragma once

#include "common/result.h"
#include "domain/case.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace doudi::core {

class ChangeLog;
class Database;

// One step taken on a case, as sync carries it (DESIGN §6): insert-only, so that two devices'
// steps merge, and the server can check each with the same Workflow.
struct CaseStepRecord
{
    QString event;
    QJsonObject data; // the event's data as it was applied
    QString user;
    QString role;
    QDateTime at; // the device's clock
    CaseState from = CaseState::Submitted;
    CaseState to = CaseState::Submitted;
    bool isVisit = false; // a home visit: its own record too
};

// Cases as stored: the row holds the derived state; each step adds a step record (and a visit
// record for a home visit). A save writes them, their outbox operations and audit entries in
// one transaction.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    CaseRepository(Database &db, ChangeLog &changes) : m_db(db), m_changes(changes) {}

    // c as it stands after step.
    Status save(const Case &c, const CaseStepRecord &step);
    // The steps of a case in the order they were taken.
    Result<QList<CaseStepRecord>> steps(const QString &caseId);
    Result<Case> load(const QString &id);
    // Cases whose area lies within scope (a code prefix; empty: all), open ones only if asked.
    Result<QList<Case>> list(const QString &scopePrefix, bool openOnly);
    Result<QList<Case>> forHousehold(const QString &householdId);
    struct Brief
    {
        QString programme;
        QString state;
        bool open = false;
    };
    // The programme and state of every application of these households, oldest first.
    Result<QMultiHash<QString, Brief>> briefsFor(const QStringList &householdIds);

private:
    Status addStep(const QString &caseId, const CaseStepRecord &step, const QString &hlc);

    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace doudi::core
