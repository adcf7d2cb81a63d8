#pragma once

#include "roster/rosterplan.h"
#include "services/authorization.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace doudi::core {

class Session;

// A roster file opened for import: the sheet that holds it and the mapping proposed for it.
struct RosterFile
{
    QString fileName; // without its folder: recorded with each carried-over case
    Sheet sheet;
    RosterMapping mapping;
    // The mapping was confirmed before on this device for this layout; otherwise it was read
    // from the usual headers (and may be incomplete: RosterMapping::missing()).
    bool remembered = false;
};

// What an import saved.
struct RosterImported
{
    int households = 0;
    int persons = 0;
    Fen monthlyFen = 0; // paid per month to them all
};

// Issue 16: a township's existing rolls carried over whole (households, and each one's
// entitlement as an approved case being paid), or not at all. Township and county staff only,
// within their areas.
class RosterImportService
{
    Q_DECLARE_TR_FUNCTIONS(RosterImportService)
public:
    explicit RosterImportService(Session &session);
    ~RosterImportService();

    // Reads the file and finds its mapping: the one confirmed before for its layout, else the
    // usual headers. Of a workbook, the first sheet that looks like a roster.
    Result<RosterFile> open(const QString &path);
    // Every problem that stops the file, with its row and column: the file's own (RosterPlan)
    // and what the store adds (a person already in a household on record, a village outside
    // the user's areas). Nothing is written.
    Result<RosterPlan> check(const RosterFile &file, const RosterMapping &mapping, const QDate &today);
    // Saves a plan without problems in one transaction: each household, and its entitlement
    // carried over as an approved case (Workflow::carryOver). progress(done, total) returning
    // false cancels, and nothing is saved. The mapping is remembered for the file's layout.
    using Progress = std::function<bool(int done, int total)>;
    Result<RosterImported> commit(const RosterPlan &plan, const RosterFile &file, const RosterMapping &mapping,
                                  const QDate &today, const Progress &progress = {});
    // The validation report as a spreadsheet (.xlsx or .csv by the name), for the person to fix
    // the file from. It quotes the rows' values (ID numbers): written 0600 and audited.
    Status writeReport(const RosterPlan &plan, const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
};

} // namespace doudi::core
