#pragma once

#include "domain/case.h"
#include "storage/attachmentrepository.h"
#include "storage/caserepository.h"

#include <QJsonObject>
#include "workflow/workflow.h"

#include <QCoreApplication>

namespace doudi::core {

class Profile;

// Applications through the procedure, acting as the unlocked user with their role, under
// the county policy imported on this device.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(Profile &profile);

    Result<Case> create(const QString &householdId, CaseProgramme programme, bool relative, const QDate &date,
                        const QString &reason = {});
    // Whether this user could register an application now (a role, and county policy present).
    Status readyToRegister();
    Result<Case> advance(const QString &caseId, const CaseEvent &event, const QDate &date);
    Result<Case> get(const QString &caseId);

    struct VisitInput
    {
        QDate date;
        QStringList investigators;
        bool byCounty = false;
        QString findings;
        QJsonObject checklist;
        QList<QByteArray> photosJpeg;             // already downscaled
        QMap<QString, QByteArray> signaturesPng;  // signer (investigator, or "interviewee") → drawing
    };
    // Stores the photos and signatures and records the visit, all in one transaction.
    Result<Case> recordVisit(const QString &caseId, const VisitInput &visit, const QDate &date);
    Result<QList<Attachment>> attachments(const QString &caseId, bool withData);
    Result<QList<Case>> forHousehold(const QString &householdId);
    Result<QStringList> possibleEvents(const QString &caseId, const QDate &date);
    // Deadlines and reviews of the open cases within the user's scopes.
    Result<QList<CaseTask>> tasks(const QDate &date);

private:
    Result<Actor> actor(const QDate &date) const;

    Profile &m_profile;
    CaseRepository m_cases;
};

} // namespace doudi::core
