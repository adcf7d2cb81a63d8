#include "services/paymentcheck.h"

#include "identity/areacode.h"
#include "policy/assessor.h"
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
    QList<Case> paid;
    for (const QString &scope : scopes.isEmpty() ? QStringList{QString()} : scopes) {
        Result<QList<Case>> found = cases.list(scope.isEmpty() ? QString() : AreaCode::prefix(scope), true);
        if (!found)
            return found.error();
        for (const Case &c : *found) {
            if (c.state == CaseState::Approved && c.nextReview.isValid()) // temporary aid has no monthly amount
                paid << c;
        }
    }
    const Assessor assessor(policy);
    QList<PaymentDifference> out;
    for (int i = 0; i < paid.size(); ++i) {
        if (progress && !progress(i, int(paid.size())))
            return Error(ErrorCode::Cancelled, tr("The check was stopped."));
        const Case &c = paid[i];
        Result<Household> h = households.load(c.householdId);
        if (!h)
            return h.error();
        Result<Assessment> a = assessor.assess(*h, AssessOptions::forCase(c, *h, date));
        if (!a)
            return a.error();
        const Fen assessed = a->monthlyFor(c.programme);
        if (assessed == c.monthlyFen)
            continue;
        const Person *head = h->head();
        out.append({c.id, c.householdId, head ? head->name : QString(), c.areaCode, c.programme, c.monthlyFen, a->programme,
                    assessed});
    }
    if (progress)
        progress(int(paid.size()), int(paid.size()));
    return out;
}

} // namespace doudi::core
