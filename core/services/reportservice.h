#pragma once

#include "domain/householdlisting.h"
#include "services/authorization.h"
#include "services/monthlyreport.h"

#include <QCoreApplication>

#include <memory>

namespace doudi::core {

class Session;

// 月报 (issue 16) for the unlocked user: of a month, for an area within the user's areas (the
// user's own area when none is given), worked out from the cases on this device.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    explicit ReportService(Session &session);
    ~ReportService();

    Result<MonthlyReport> monthly(const QDate &month, const QString &areaCode = {});
    // The households behind a figure (the drill-down), by village and head's name.
    Result<QList<HouseholdSummary>> households(const ReportFigure &figure);
    // The report as a spreadsheet (.xlsx or .csv by the name), 0600; export is audited.
    Status write(const MonthlyReport &report, const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
};

} // namespace doudi::core
