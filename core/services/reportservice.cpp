#include "services/reportservice.h"

#include "identity/areacode.h"
#include "services/coveredpeople.h"
#include "services/listservice.h"
#include "services/sessionaccess.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"

namespace doudi::core {

struct ReportService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)) {}
    Session &session;
    Profile &profile;
};

ReportService::ReportService(Session &session) : d(std::make_unique<Private>(session)), m_auth(session) {}

ReportService::~ReportService() = default;

Result<MonthlyReport> ReportService::monthly(const QDate &month, const QString &areaCode)
{
    if (!month.isValid())
        return Error(ErrorCode::InvalidInput, tr("Give the month of the report (YYYY-MM)."));
    const QString area = m_auth.areaOrHome(areaCode);
    if (area.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Say which area the report is for: you work in more than one."));
    if (Status st = m_auth.require(Permission::ReadHouseholds, area, QStringLiteral("monthly_report")); !st)
        return st.error();
    Result<QList<Case>> cases = CaseRepository(d->profile.database(), d->profile.changes()).list(AreaCode::prefix(area), false);
    if (!cases)
        return cases.error();
    HouseholdRepository repo(d->profile.database(), d->profile.changes());
    Result<QHash<QString, Household>> households = CoveredPeople::householdsOf(repo, *cases);
    if (!households)
        return households.error();
    return MonthlyReport::build(month, area, *cases, *households, AreaRegistry::current());
}

Result<QList<HouseholdSummary>> ReportService::households(const ReportFigure &figure)
{
    HouseholdRepository repo(d->profile.database(), d->profile.changes());
    QList<HouseholdSummary> out;
    for (const QString &id : figure.householdIds) {
        Result<HouseholdSummary> s = repo.summary(id);
        if (!s)
            return s.error();
        if (Status st = m_auth.require(Permission::ReadHouseholds, s->areaCode, id); !st)
            return st.error();
        out << *s;
    }
    std::sort(out.begin(), out.end(), [](const HouseholdSummary &a, const HouseholdSummary &b) {
        return std::tie(a.areaCode, a.headName) < std::tie(b.areaCode, b.headName);
    });
    return out;
}

Status ReportService::write(const MonthlyReport &report, const QString &path)
{
    return ListService(d->session).write({report.sheet()}, path, QStringLiteral("monthly_report"));
}

} // namespace doudi::core
