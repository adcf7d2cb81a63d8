#include "services/paymentcheck.h"

#include "identity/areacode.h"
#include "policy/assessor.h"
#include "services/paidcases.h"
#include "storage/caserepository.h"
#include "storage/changelog.h"
#include "storage/householdrepository.h"

namespace doudi::core {

Result<QList<PaymentDifference>> PaymentCheck::run(Database &db, const QString &user, const PolicyBook &policy,
                                                   const QStringList &scopes, const QDate &date, const Progress &progress)
{
    Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(db, user); // the repositories want one; nothing is written
    if (!changes)
        return changes.error();
    CaseRepository cases(db, **changes);
    HouseholdRepository households(db, **changes);
    const Assessor assessor(policy);
    QList<PaymentDifference> out;
    QStringList prefixes;
    for (const QString &scope : scopes)
        prefixes << (scope.isEmpty() ? QString() : AreaCode::prefix(scope));
    Result<int> walked = PaidCases::forEach(cases, households, prefixes, progress, tr("The check was stopped."),
                                            [&](const Case &c, const Household &h) -> Status {
                                                Result<Assessment> a = assessor.assess(h, AssessOptions::forCase(c, h, date));
                                                if (!a)
                                                    return a.error();
                                                const Fen assessed = a->monthlyFor(c.programme);
                                                if (assessed != c.monthlyFen) {
                                                    const Person *head = h.head();
                                                    out.append({c.id, c.householdId, head ? head->name : QString(), c.areaCode,
                                                                c.programme, c.monthlyFen, a->programme, assessed});
                                                }
                                                return {};
                                            });
    if (!walked)
        return walked.error();
    return out;
}

} // namespace doudi::core
