#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace doudi::core {

class Session;

struct UserInfo
{
    QString name;
    QString displayName;
    QString role;
    QStringList scopes;
    bool active = true;
};

// The users of this device: each has a password slot for the database key, a role and the
// areas they work in. Only an administrator, the township head or county staff manage them.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(Session &session) : m_session(session) {}

    static QStringList roles();
    static QString roleLabel(const QString &role);
    bool mayManageUsers() const;
    // The roles the unlocked user may give (Authorization::mayGrantRole).
    QStringList grantableRoles() const;

    Result<QList<UserInfo>> list();
    Result<UserInfo> find(const QString &name);
    Status add(const UserInfo &user, const QString &password);
    Status resetPassword(const QString &name, const QString &password);
    // The user can no longer sign in here: marked inactive (synced) and the password slot
    // dropped. Not oneself; only a user one could have made.
    Status disable(const QString &name);

private:
    Session &m_session;
};

} // namespace doudi::core
