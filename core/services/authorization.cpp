#include "services/authorization.h"

#include "identity/areacode.h"
#include "services/userservice.h"
#include "storage/changelog.h"
#include "storage/profile.h"

#include <algorithm>

namespace doudi::core {

namespace {
// Columns of the table: the roles, in this order.
enum RoleBit : unsigned {
    Village = 1u << 0,
    Township = 1u << 1,
    Head = 1u << 2,
    County = 1u << 3,
    Admin = 1u << 4,
    Recovery = 1u << 5, // unlocked with the recovery code: no user, no role
};
constexpr unsigned kCasework = Village | Township | Head | County;
constexpr unsigned kOffice = Township | Head | County;

struct Row
{
    Permission permission;
    unsigned roles;
    const char *label;
};

// Personal data is for those who work on it: the administrator keeps the profile (users,
// backups, keys), not the households. Replacing the key or the whole store (rekey, restore)
// drops every other user's access (ADR 0002), so it is for heads and the county. The county
// sets the policy; until a laptop joins the county server (which then brings it), the
// township office loads the county's file.
const Row kTable[] = {
    {Permission::ReadHouseholds, kCasework, QT_TRANSLATE_NOOP("doudi::core::Authorization", "see households")},
    {Permission::EditHouseholds, kCasework, QT_TRANSLATE_NOOP("doudi::core::Authorization", "add or change households")},
    {Permission::RemoveHouseholds, kOffice, QT_TRANSLATE_NOOP("doudi::core::Authorization", "delete households")},
    {Permission::WorkOnCases, kCasework, QT_TRANSLATE_NOOP("doudi::core::Authorization", "work on applications")},
    {Permission::Print, kCasework, QT_TRANSLATE_NOOP("doudi::core::Authorization", "print forms")},
    {Permission::Reprint, kOffice, QT_TRANSLATE_NOOP("doudi::core::Authorization", "reprint forms")},
    {Permission::ExportLists, kOffice, QT_TRANSLATE_NOOP("doudi::core::Authorization", "export lists")},
    {Permission::ImportPolicy, kOffice | Admin, QT_TRANSLATE_NOOP("doudi::core::Authorization", "import the county's policy")},
    {Permission::ManageUsers, Head | County | Admin | Recovery, QT_TRANSLATE_NOOP("doudi::core::Authorization", "manage users")},
    {Permission::Backup, kOffice | Admin | Recovery, QT_TRANSLATE_NOOP("doudi::core::Authorization", "make backups")},
    {Permission::Restore, Head | County | Admin | Recovery, QT_TRANSLATE_NOOP("doudi::core::Authorization", "restore a backup")},
    {Permission::Rekey, Head | County | Admin, QT_TRANSLATE_NOOP("doudi::core::Authorization", "change the database key")},
    {Permission::VerifyAudit, kCasework | Admin | Recovery, QT_TRANSLATE_NOOP("doudi::core::Authorization", "check the audit log")},
};

unsigned bitOf(const QString &role)
{
    static const QHash<QString, unsigned> bits = {
        {QStringLiteral("village"), Village}, {QStringLiteral("township"), Township},
        {QStringLiteral("township_head"), Head}, {QStringLiteral("county"), County},
        {QStringLiteral("admin"), Admin},     {QString(), Recovery},
    };
    return bits.value(role, 0);
}

const Row *rowOf(Permission permission)
{
    const auto it = std::find_if(std::begin(kTable), std::end(kTable), [&](const Row &r) { return r.permission == permission; });
    return it == std::end(kTable) ? nullptr : it;
}
} // namespace

Authorization::Authorization(Profile &profile) : m_profile(profile) {}

bool Authorization::roleMay(const QString &role, Permission permission)
{
    const Row *row = rowOf(permission);
    return row && (row->roles & bitOf(role)) != 0;
}

QList<Permission> Authorization::permissions()
{
    QList<Permission> out;
    for (const Row &r : kTable)
        out << r.permission;
    return out;
}

QStringList Authorization::roles()
{
    return UserService::roles() << QString();
}

QString Authorization::label(Permission permission)
{
    const Row *row = rowOf(permission);
    return row ? tr(row->label) : QString();
}

Status Authorization::check(const QString &role, Permission permission)
{
    if (roleMay(role, permission))
        return {};
    const QString name = role.isEmpty() ? tr("unlocked with the recovery code") : UserService::roleLabel(role);
    return Error(ErrorCode::NotAllowed, tr("Your role (%1) may not %2.").arg(name, label(permission)));
}

Status Authorization::require(Permission permission)
{
    if (Status st = check(m_profile.role(), permission); !st)
        return refuse(permission, {}, {}, st.error().message());
    return {};
}

Status Authorization::mayGrant(const QString &role, const QStringList &scopes)
{
    if (Status st = require(Permission::ManageUsers); !st)
        return st;
    // Ranks of the roles a device may hand out; the administrator keeps the device for the
    // township and hands out up to the head.
    static const QHash<QString, int> rank = {{QStringLiteral("village"), 1}, {QStringLiteral("township"), 2},
                                             {QStringLiteral("township_head"), 3}, {QStringLiteral("county"), 4},
                                             {QStringLiteral("admin"), 3}};
    const int mine = rank.value(m_profile.role(), 0);
    if (role == QLatin1String("county") || role == QLatin1String("admin"))
        return refuse(Permission::ManageUsers, role, {},
                      tr("County and administrator accounts are set up by the county, not on this device."));
    if (!rank.contains(role) || rank.value(role) > mine)
        return refuse(Permission::ManageUsers, role, {},
                      tr("You may not give a user a higher role than your own (%1).").arg(UserService::roleLabel(m_profile.role())));
    for (const QString &scope : scopes) {
        if (scope.isEmpty() || !covers(AreaCode::prefix(scope)) || AreaCode::prefix(scope).isEmpty())
            return refuse(Permission::ManageUsers, role, scope,
                          tr("You may not give a user an area beyond your own (%1).").arg(scopeNames()));
    }
    if (scopes.isEmpty() && !prefixes().isEmpty())
        return refuse(Permission::ManageUsers, role, {}, tr("Give the user an area of work within your own (%1).").arg(scopeNames()));
    return {};
}

QString Authorization::scopeNames() const
{
    QStringList names;
    for (const QString &scope : m_profile.scopes())
        names << AreaRegistry::builtIn().fullName(scope);
    return names.join(QStringLiteral("、"));
}

Status Authorization::require(Permission permission, const QString &areaCode, const QString &what)
{
    if (Status st = require(permission); !st)
        return st;
    if (covers(areaCode))
        return {};
    return refuse(permission, what, areaCode,
                  tr("This is outside your area of work (%1): you may not %2 there.").arg(scopeNames(), label(permission)));
}

bool Authorization::covers(const QString &areaCode) const
{
    const QStringList p = prefixes();
    return p.isEmpty() || std::any_of(p.cbegin(), p.cend(), [&](const QString &prefix) { return areaCode.startsWith(prefix); });
}

QStringList Authorization::prefixes() const
{
    QStringList out;
    for (const QString &scope : m_profile.scopes()) {
        const QString p = AreaCode::prefix(scope);
        if (p.isEmpty())
            return {}; // a scope of everything
        out << p;
    }
    // A user without any scope (only the recovery code) sees nothing by area; the role table
    // already keeps it away from households.
    return out;
}

Status Authorization::refuse(Permission permission, const QString &what, const QString &area, const QString &message)
{
    // The refusal is evidence too: who tried what, where. Kept under its own record type, which
    // the record check (RecordAudit) does not take for a record of the store.
    ChangeLog &changes = m_profile.changes();
    const QString user = m_profile.user().isEmpty() ? QStringLiteral("(recovery)") : m_profile.user();
    const QVariantMap attempt = {{QStringLiteral("permission"), int(permission)},
                                 {QStringLiteral("role"), m_profile.role()},
                                 {QStringLiteral("area"), area},
                                 {QStringLiteral("target"), what}};
    if (Status st = changes.auditAs(user, ChangeLog::Op::Refuse, QStringLiteral("refusal"),
                                    what.isEmpty() ? QString::number(int(permission)) : what, {}, attempt, changes.tick());
        !st)
        return Error(ErrorCode::NotAllowed, message, st.error().fullText());
    return Error(ErrorCode::NotAllowed, message);
}

} // namespace doudi::core
