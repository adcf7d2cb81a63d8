#pragma once

#include "common/result.h"
#include "domain/case.h"
#include "policy/policybook.h"
#include "workflow/procedurepolicy.h"

#include <QCoreApplication>

namespace doudi::core {

// Who acts, and when.
struct Actor
{
    QString user;
    QString role; // village, township, township_head, county, admin
    QDate date;
    QDateTime at;
};

struct CaseEvent
{
    QString name;
    QJsonObject data;
};

struct CaseTask
{
    enum class Urgency
    {
        Overdue,
        DueSoon,
        Upcoming
    };
    QString caseId;
    QString householdId;
    QString areaCode;
    QString kind; // a deadline name (case, investigation_start …), review_due, publicity_ending
    QDate due;
    Urgency urgency = Urgency::Upcoming;
    static QString kindLabel(const QString &kind);
    static QString urgencyCode(Urgency u);
};

// The application procedure of DOMAIN §2–§4 as a state machine. Pure: a case and an event
// in, the next case out. Every event is checked (role, programme, state, data present)
// against the table of steps in steps.cpp; a refused one says why and changes nothing.
// Deadlines are set in working days on the policy calendar.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    explicit Workflow(const PolicyBook &policy);

    Result<Case> submit(const QString &id, const QString &householdId, const QString &areaCode, CaseProgramme programme,
                        bool relative, const Actor &actor) const;
    // An entitlement decided before Doudi came (a township's roster, issue 16): the case is
    // approved as it stands, paid monthlyFen from the first day of since's month, and reviewed
    // on its cycle counted from then (the first review date after actor.date). Township or
    // county staff only; the application and its decision are on paper, so their dates are left
    // empty rather than invented.
    Result<Case> carryOver(const QString &id, const QString &householdId, const QString &areaCode, CaseProgramme programme,
                           Fen monthlyFen, const QDate &since, const Actor &actor) const;
    Result<Case> apply(const Case &current, const CaseEvent &event, const Actor &actor) const;
    // The events this role could try now (the UI shows these; apply still checks the data).
    QStringList possibleEvents(const Case &c, const QString &role, const QDate &today) const;
    // Why this role cannot take this step now, in words; empty when only data is missing.
    QString whyNot(const Case &c, const QString &event, const QString &role, const QDate &today) const;
    // Deadlines, reviews and notices due, for a list of cases on a day.
    QList<CaseTask> tasks(const QList<Case> &cases, const QDate &today, int soonWorkingDays = 3) const;

    static QStringList reasonCodes();
    static QString reasonLabel(const QString &code);
    // The name of a step (event) in words: accept → 受理.
    static QString eventLabel(const QString &event);

private:
    ProcedurePolicy m_procedure;
};

} // namespace doudi::core
