#include "cli.h"

namespace doudi::cli {

int runInit(const QStringList &args);
int runUnlockCheck(const QStringList &args);
int runHousehold(const QStringList &args);
int runValidateId(const QStringList &args);
int runDemo(const QStringList &args);
int runAudit(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runRekey(const QStringList &args);
int runAssess(const QStringList &args);
int runPolicy(const QStringList &args);
int runCase(const QStringList &args);
int runPrint(const QStringList &args);
int runDocument(const QStringList &args);
int runPermissions(const QStringList &args);
int runUser(const QStringList &args);
int runEnrol(const QStringList &args);
int runSync(const QStringList &args);
int runBundle(const QStringList &args);
int runConflicts(const QStringList &args);
int runRerate(const QStringList &args);
int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runReport(const QStringList &args);

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {"init", QT_TRANSLATE_NOOP("doudi::cli", "Create a profile and print its recovery code."), runInit},
        {"unlock-check", QT_TRANSLATE_NOOP("doudi::cli", "Check that a password or recovery code unlocks the profile."),
         runUnlockCheck},
        {"household", QT_TRANSLATE_NOOP("doudi::cli", "add | show | list | search households."), runHousehold},
        {"validate-id", QT_TRANSLATE_NOOP("doudi::cli", "Check resident ID numbers and show what they say."), runValidateId},
        {"demo", QT_TRANSLATE_NOOP("doudi::cli", "Fill the profile with realistic demo households."), runDemo},
        {"audit", QT_TRANSLATE_NOOP("doudi::cli", "verify: check the audit hash chain."), runAudit},
        {"backup", QT_TRANSLATE_NOOP("doudi::cli", "Write an encrypted backup of the profile."), runBackup},
        {"restore", QT_TRANSLATE_NOOP("doudi::cli", "Replace the profile with an encrypted backup."), runRestore},
        {"rekey", QT_TRANSLATE_NOOP("doudi::cli", "Change the database key (prints a new recovery code)."), runRekey},
        {"policy", QT_TRANSLATE_NOOP("doudi::cli", "import | export | show the county policy on this device."), runPolicy},
        {"case", QT_TRANSLATE_NOOP("doudi::cli", "new | advance | show | tasks: applications through the procedure."), runCase},
        {"rerate",
         QT_TRANSLATE_NOOP("doudi::cli",
                           "Standards change (调标): work out every paid case again from a date; --apply to commit."),
         runRerate},
        {"import",
         QT_TRANSLATE_NOOP("doudi::cli",
                           "Carry a township's existing roster (.xlsx, .xls, .csv) over, checked row by row first."),
         runImport},
        {"export",
         QT_TRANSLATE_NOOP("doudi::cli", "households | cases | payments: lists out as .xlsx or .csv (代发清单 with totals)."),
         runExport},
        {"report", QT_TRANSLATE_NOOP("doudi::cli", "monthly: the 月报 of a month for an area (JSON, or a spreadsheet)."),
         runReport},
        {"assess", QT_TRANSLATE_NOOP("doudi::cli", "Assess a household: programme, amount and the reasons."), runAssess},
        {"print", QT_TRANSLATE_NOOP("doudi::cli", "Print official documents to PDF (one, a reprint, or a township's month)."),
         runPrint},
        {"document", QT_TRANSLATE_NOOP("doudi::cli", "verify | list printed documents."), runDocument},
        {"user", QT_TRANSLATE_NOOP("doudi::cli", "add | list | passwd | disable the users of this device."), runUser},
        {"enrol", QT_TRANSLATE_NOOP("doudi::cli", "Join this laptop to the county server (one-time code)."), runEnrol},
        {"sync", QT_TRANSLATE_NOOP("doudi::cli", "Sync with the county server now, or show its status."), runSync},
        {"bundle", QT_TRANSLATE_NOOP("doudi::cli", "USB bundles for a village without network: export, import the answer."),
         runBundle},
        {"conflicts", QT_TRANSLATE_NOOP("doudi::cli", "list | resolve conflicts reported by the county server."), runConflicts},
        {"permissions", QT_TRANSLATE_NOOP("doudi::cli", "Print who may do what (docs/permissions.md)."), runPermissions},
    };
    return all;
}

} // namespace doudi::cli
