#include "services/paidcases.h"

#include "storage/caserepository.h"
#include "storage/householdrepository.h"

namespace doudi::core {

bool PaidCases::isPaidMonthly(const Case &c)
{
    return c.state == CaseState::Approved && Case::isMonthly(c.programme);
}

Result<int> PaidCases::forEach(CaseRepository &cases, HouseholdRepository &households, const QStringList &prefixes,
                               const std::function<bool(int, int)> &progress, const QString &stopped,
                               const std::function<Status(const Case &, const Household &)> &visit)
{
    QList<Case> paid;
    for (const QString &prefix : prefixes.isEmpty() ? QStringList{QString()} : prefixes) {
        Result<QList<Case>> found = cases.list(prefix, true);
        if (!found)
            return found.error();
        for (const Case &c : *found) {
            if (isPaidMonthly(c))
                paid << c;
        }
    }
    const int total = int(paid.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Error(ErrorCode::Cancelled, stopped);
        Result<Household> h = households.load(paid[i].householdId);
        if (!h)
            return h.error();
        if (Status st = visit(paid[i], *h); !st)
            return st.error();
    }
    if (progress)
        progress(total, total);
    return total;
}

} // namespace doudi::core
