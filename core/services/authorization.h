#pragma once

#include "common/result.h"
#include "identity/areacode.h"

#include <QCoreApplication>
#include <QStringList>

namespace doudi::core {

class Session;

// What a person may be allowed to do. Case steps are one permission here (WorkOnCases);
// which step a role may take is the workflow's rule (Workflow::apply), shared with the server.
enum class Permission
{
    ReadHouseholds,
    EditHouseholds, // add and change
    RemoveHouseholds,
    WorkOnCases, // register, visit, the steps of an application
    Print,       // issue a numbered form
    Reprint,
    ExportLists,
    ImportRosters, // carry a township's existing rolls over as households and paid cases
    ImportPolicy,
    ManageUsers,
    Backup,
    Restore,
    Rekey,
    VerifyAudit,
    ConfirmRerate, // confirm a change of standards (调标) as a batch; who also follows confirm.level
};

// The one place that decides who may do what, and where (DESIGN §5). Every service asks it
// before it reads or writes; the app and the CLI have no other way in. A refusal is an error
// in the person's language naming what is missing, and an entry in the audit log.
//
// Roles: village, township, township_head, county, admin; "" after a recovery-code unlock.
// Scopes: the user's 12-digit area codes; a household, case or document belongs to the area
// code of its household.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)
public:
    explicit Authorization(Session &session);

    // The permission table (docs/permissions.md is rendered from the same table).
    static bool roleMay(const QString &role, Permission permission);
    static QList<Permission> permissions();
    static QStringList roles(); // including "" (recovery code)
    static QString label(Permission permission);
    // The table as docs/permissions.md holds it (doudi-cli permissions prints it; a test
    // keeps the two the same). English source texts, so that it reads the same everywhere.
    static QString matrixMarkdown();

    // The table's answer as an error, without an audit entry (for checks made before any
    // profile is unlocked, as a restore's).
    static Status check(const QString &role, Permission permission);

    // The role may do this at all (for actions that belong to no area).
    Status require(Permission permission);
    // The role may do this, and the area is within the user's scopes. what names the record
    // for the audit entry of a refusal (an id).
    Status require(Permission permission, const QString &areaCode, const QString &what);
    // 调标 is confirmed by whoever confirms dibao and extreme poverty in the area: with the
    // county's confirm.level "township", the township head (or the county); with "county",
    // county staff only. The role table gives the widest set; this narrows it by the level.
    static Status checkConfirmRerate(const QString &role, const QString &confirmLevel);
    Status requireConfirmRerate(const QString &confirmLevel, const QString &areaCode, const QString &what);
    // Only the scopes: is this area the user's?
    bool covers(const QString &areaCode) const;
    // The area a list or report is for: areaCode (any well-formed code, as 12 digits), or when it
    // is empty the user's own (their one scope). Empty when neither gives one (a user of several
    // areas must say which).
    QString areaOrHome(const QString &areaCode) const;
    // Whether someone of role mine may hand out role (no scope check, no audit): for choices.
    static bool mayGrantRole(const QString &mine, const QString &role);
    // A user with this role and these scopes may be created or changed by the unlocked user:
    // no higher role, no wider area. County and administrator accounts come from the county.
    Status mayGrant(const QString &role, const QStringList &scopes);
    // The first user of a laptop that works alone (the first-run wizard, doudi-cli init): no
    // one grants that account, so the role must fit the area it names: a village helper one
    // village, township staff one township, county staff the county, each area in the county's
    // list. Administrator accounts come from the county (joining its server), never from a
    // laptop (docs/adr/0014-the-first-user-of-a-laptop.md). Accounts that come with joining the
    // county server are the county's to decide and are not checked here.
    static Status checkFirstUser(const QString &role, const QString &scope);
    // The roles such a first user may have, in the order they are offered.
    static QStringList firstUserRoles();
    // The kind of area a first user of that role works in; Invalid for a role that may not be one.
    static AreaCode::Level firstUserArea(const QString &role);
    // The scopes as code prefixes, for filtering in the store before any limit. Empty only
    // when nothing limits the user's area (a scope of the whole registry).
    QStringList prefixes() const;

private:
    QString scopeNames() const;
    Status refuse(Permission permission, const QString &what, const QString &area, const QString &message);

    Session &m_session;
};

} // namespace doudi::core
