#include "services/userservice.h"

#include "common/clock.h"
#include "common/labeltable.h"
#include "identity/areacode.h"
#include "services/authorization.h"
#include "services/profileservice.h"
#include "services/sessionaccess.h"
#include "storage/recordtypes.h"
#include "storage/storedtext.h"

namespace doudi::core {

namespace {
// The roles a user can hold, in the order the lists offer them.
const LabelTable<> &roleTable()
{
    static const LabelTable<> table(
        "doudi::core::UserService",
        {
            {"village", QT_TRANSLATE_NOOP("doudi::core::UserService", "Village social assistance helper")},
            {"township", QT_TRANSLATE_NOOP("doudi::core::UserService", "Township caseworker")},
            {"township_head", QT_TRANSLATE_NOOP("doudi::core::UserService", "Township head")},
            {"county", QT_TRANSLATE_NOOP("doudi::core::UserService", "County civil affairs")},
            {"admin", QT_TRANSLATE_NOOP("doudi::core::UserService", "Administrator")},
        });
    return table;
}
} // namespace

QStringList UserService::roles()
{
    return roleTable().codes();
}

QString UserService::roleLabel(const QString &role)
{
    return roleTable().labelOfCode(role);
}

bool UserService::mayManageUsers() const
{
    return Authorization::roleMay(m_session.role(), Permission::ManageUsers);
}

QStringList UserService::grantableRoles() const
{
    QStringList out;
    for (const QString &role : roles()) {
        if (Authorization::mayGrantRole(m_session.role(), role))
            out << role;
    }
    return out;
}

Result<QList<UserInfo>> UserService::list()
{
    Result<Query> q = SessionAccess::profile(m_session).database().exec(
        QStringLiteral("SELECT name, display_name, role, scopes, active FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QList<UserInfo> out;
    while (q->next())
        out << UserInfo{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString().split(u' ', Qt::SkipEmptyParts), q->value(4).toInt() != 0};
    return out;
}

Status UserService::add(const UserInfo &user, const QString &password)
{
    const QString name = user.name.trimmed();
    if (name.isEmpty() || name.size() > 40 || name.contains(u' '))
        return Error(ErrorCode::InvalidInput, tr("A user name has 1 to 40 characters and no spaces."));
    if (!roles().contains(user.role))
        return Error(ErrorCode::InvalidInput, tr("Choose a role."));
    for (const QString &scope : user.scopes) {
        if (!AreaCode::isWellFormed(scope))
            return Error(ErrorCode::InvalidInput, tr("\"%1\" is not an area code.").arg(scope.left(20)));
    }
    if (Status st = Authorization(m_session).mayGrant(user.role, user.scopes); !st)
        return st;
    Result<QList<UserInfo>> existing = list();
    if (!existing)
        return existing.error();
    for (const UserInfo &u : *existing) {
        if (u.name == name)
            return Error(ErrorCode::AlreadyExists, tr("There is already a user \"%1\" on this device.").arg(name));
    }
    Database &db = SessionAccess::profile(m_session).database();
    const QString displayName = user.displayName.isEmpty() ? name : user.displayName;
    // The users table holds no ID number: the names are what there is to check against.
    if (Status st = ProfileService::checkPassword(password, {name, displayName, {}}); !st)
        return st;
    // The row and its audit entry first, in a transaction; the key slot (a file, outside the
    // transaction) last: only the commit itself comes after it.
    return db.transaction([&]() -> Status {
        Result<Query> q = db.exec(
            QStringLiteral("INSERT INTO users(name, display_name, role, scopes, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {name, displayName, user.role, storedText(user.scopes.join(u' ')), Clock::nowUtc().toString(Qt::ISODateWithMs)});
        if (!q)
            return q.error();
        if (Status s = SessionAccess::profile(m_session).changes().recordInserted(
                QStringLiteral("user"), name, SessionAccess::profile(m_session).changes().tick());
            !s)
            return s;
        return SessionAccess::profile(m_session).setPassword(name, password);
    });
}

Result<UserInfo> UserService::find(const QString &name)
{
    Result<QList<UserInfo>> existing = list();
    if (!existing)
        return existing.error();
    const auto it = std::find_if(existing->cbegin(), existing->cend(), [&](const UserInfo &u) { return u.name == name; });
    if (it == existing->cend())
        return Error(ErrorCode::NotFound, tr("There is no user \"%1\" on this device.").arg(name));
    return *it;
}

Status UserService::resetPassword(const QString &name, const QString &password)
{
    Result<UserInfo> target = find(name);
    if (!target)
        return target.error();
    // One's own password, always; another's only if one could have made that user. The
    // recovery code exists to give a locked-out user a new password.
    if (name != m_session.user() && !m_session.role().isEmpty()) {
        if (Status st = Authorization(m_session).mayGrant(target->role, target->scopes); !st)
            return st;
    }
    if (Status st = ProfileService::checkPassword(password, {name, target->displayName, {}}); !st)
        return st;
    if (Status st = SessionAccess::profile(m_session).setPassword(name, password); !st)
        return st;
    // The key slot is this device's alone: audited, never synced (and not the user record).
    return SessionAccess::profile(m_session).changes().audit(ChangeLog::Op::Update, QStringLiteral("key_slot"), name, {},
                                                             {{QStringLiteral("password"), QStringLiteral("changed")}},
                                                             SessionAccess::profile(m_session).changes().tick());
}

Status UserService::disable(const QString &name)
{
    if (name == m_session.user())
        return Error(ErrorCode::NotAllowed, tr("You cannot disable your own account."));
    Result<UserInfo> target = find(name);
    if (!target)
        return target.error();
    if (Status st = Authorization(m_session).mayGrant(target->role, target->scopes); !st)
        return st;
    Database &db = SessionAccess::profile(m_session).database();
    const RecordType *type = RecordType::find(QStringLiteral("user"));
    Status st = db.transaction([&]() -> Status {
        Result<QVariantMap> before = type->stored(db, name);
        if (!before)
            return before.error();
        if (Result<Query> q = db.exec(QStringLiteral("UPDATE users SET active = 0 WHERE name = ?"), {name}); !q)
            return q.error();
        Result<QVariantMap> after = type->stored(db, name);
        if (!after)
            return after.error();
        return SessionAccess::profile(m_session).changes().record(ChangeLog::Op::Update, QStringLiteral("user"), name, 0, *before,
                                                                  *after, SessionAccess::profile(m_session).changes().tick());
    });
    if (!st)
        return st;
    return SessionAccess::profile(m_session).removePassword(name);
}

} // namespace doudi::core
