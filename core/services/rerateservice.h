#pragma once

#include "common/result.h"
#include "services/authorization.h"
#include "services/rerate.h"

#include <QCoreApplication>

#include <memory>

namespace doudi::core {

class PolicyBook;
class Session;

// 调标: when the county's standards change, every case being paid in the user's areas is
// worked out again as of the effective date; the township confirms the list as one batch and
// the new amounts are paid from the first day of that month. A household that changed since
// its decision, or no longer fits its programme, is brought forward for a review instead.
class RerateService
{
    Q_DECLARE_TR_FUNCTIONS(RerateService)
public:
    explicit RerateService(Session &session);
    ~RerateService();

    // The first day after today on which a value that sets amounts (a standard, a multiple, a
    // top-up) changes in the user's areas; invalid when the policy announces none.
    Result<QDate> nextStandardChange(const QDate &today);
    // The same in a policy for areas (code prefixes; empty: anywhere).
    static QDate nextStandardChange(const PolicyBook &policy, const QStringList &prefixes, const QDate &today);
    // The townships the user works in (one for township staff; every one for the county).
    QStringList townships() const;

    // The list for an effective date and a township (empty: all the user's areas), made here and
    // run on a worker thread (it opens its own connection there).
    using Job = std::function<Result<RerateList>(const RerateProgress &)>;
    Result<Job> previewJob(const QDate &from, const QString &township, const QDate &today);
    // The same, at once (the command line, tests).
    Result<RerateList> preview(const QDate &from, const QString &township, const QDate &today,
                               const RerateProgress &progress = {});
    // Whether this user may confirm a list for the township (confirm.level; the area).
    Status mayConfirm(const QString &township, const QDate &from);
    // Applies a list the person confirmed, all of it or nothing: worked out again first, and
    // refused (Stale) when it no longer is the list confirmed.
    Result<RerateApplied> apply(const RerateList &confirmed, const QDate &today);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
};

} // namespace doudi::core
