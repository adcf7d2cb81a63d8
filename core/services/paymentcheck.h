#pragma once

#include "common/money.h"
#include "common/result.h"
#include "domain/case.h"
#include "policy/assessment.h"

#include <QCoreApplication>
#include <functional>

namespace doudi::core {

class Database;
class PolicyBook;

// A household being paid whose amount differs from what today's policy gives it, e.g.
// after the county raised its standard: a candidate for 增发, 减发 or 停发 at review.
struct PaymentDifference
{
    QString caseId;
    QString householdId;
    QString headName;
    QString areaCode;
    CaseProgramme programme = CaseProgramme::Dibao;
    Fen currentFen = 0;
    Programme assessedProgramme = Programme::None;
    Fen assessedFen = 0;
};

// Re-assesses every paid case within the scopes against a policy. Reads only, through the
// connection it is given, so it can run on a worker thread; progress(done, total) is called
// as it goes and stops the check when it returns false (the result is then Cancelled).
class PaymentCheck
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCheck)
public:
    using Progress = std::function<bool(int done, int total)>;
    static Result<QList<PaymentDifference>> run(Database &db, const QString &user, const PolicyBook &policy,
                                               const QStringList &scopes, const QDate &date, const Progress &progress);
};

} // namespace doudi::core
