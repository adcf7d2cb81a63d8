#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace doudi::server {

class ServerStore;

// One of the county's user accounts, as stored (the password hash stays in the table).
struct ServerUser
{
    QString name;        // the sign-in name
    QString displayName; // the person's name as shown ("张三丰")
    QString role;        // one of ServerUsers::roles()
    QStringList scopes;  // 12-digit area codes within the county
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The users table (migrations/0001): the county is the authority for users, roles and areas
// (issue 11), so the rules a laptop applies to the users it may make are applied here to all.
class ServerUsers
{
    Q_DECLARE_TR_FUNCTIONS(ServerUsers)
public:
    explicit ServerUsers(ServerStore &store) : m_store(store) {}

    // village, township, township_head, county, admin: the laptop's roles.
    static const QStringList &roles();
    // Name, display name, role, and areas that fit the role and lie within county (6 digits):
    // each area is exactly 12 digits; a village user's are villages, a township user's or
    // township head's townships or villages, a county or admin user's anything in the county.
    static core::Status validate(const ServerUser &user, const QString &county);

    // A new user (validated, the password checked for quality and stored as an Argon2id hash).
    core::Result<ServerUser> add(const ServerUser &user, const QString &password, const QString &county);
    core::Result<ServerUser> find(const QString &name);
    core::Result<QList<ServerUser>> list();
    core::Result<ServerUser> setPassword(const QString &name, const QString &password);
    // The account stays (its name is never reused for someone else) but may no longer sign in.
    core::Result<ServerUser> disable(const QString &name);
    // New areas for a user (validated against the user's role); devices where the user is
    // signed in rescan at their next pull and drop what is no longer theirs.
    core::Result<ServerUser> setScopes(const QString &name, const QStringList &scopes, const QString &county);

private:
    // The areas are in the county's imported area list (when it imported one).
    core::Status listed(const QStringList &scopes, const QString &county);
    core::Result<QString> hashFor(const ServerUser &user, const QString &password);

    ServerStore &m_store;
};

} // namespace doudi::server
