#pragma once

#include "common/result.h"
#include "services/paymentdifference.h"

#include <QCoreApplication>

namespace doudi::core {

class Database;
class PolicyBook;

// An internal header of doudi_services (it takes the store's Database): CaseService::paymentCheckJob
// is the way in.
// Re-assesses every paid case within the scopes against a policy. Reads only, through the
// connection it is given, so it can run on a worker thread; progress(done, total) is called
// as it goes and stops the check when it returns false (the result is then Cancelled).
class PaymentCheck
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCheck)
public:
    using Progress = PaymentCheckProgress;
    static Result<QList<PaymentDifference>> run(Database &db, const QString &user, const PolicyBook &policy,
                                                const QStringList &scopes, const QDate &date, const Progress &progress);
};

} // namespace doudi::core
