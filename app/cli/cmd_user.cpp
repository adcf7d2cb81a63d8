#include "cli.h"

#include "services/userservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doudi::cli {

using namespace doudi::core;

namespace {
QJsonObject toJson(const UserInfo &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("areas"), QJsonArray::fromStringList(u.scopes)},
            {QStringLiteral("active"), u.active}};
}
} // namespace

// What the app's 用户管理 does, as the unlocked user (Authorization decides). New passwords
// come from $DOUDI_NEW_PASSWORD or the next line of standard input (after the user's own).
int runUser(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("add | list | passwd | disable"));
    p.addPositionalArgument(QStringLiteral("name"), tr("The user to add, give a new password or disable."));
    p.addOption({QStringLiteral("name"), tr("add: the person's name as shown."), QStringLiteral("text")});
    p.addOption({QStringLiteral("role"), tr("add: village, township or township_head."), QStringLiteral("role")});
    p.addOption(
        {QStringLiteral("area"), tr("add: the 12-digit code of the user's area of work (repeatable)."), QStringLiteral("code")});
    if (int rc = parse(p, args, tr("Manages the users of this device.")); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("passwd"),
                                        QStringLiteral("disable")};
    if (!actions.contains(action) || (action != QLatin1String("list") && pos.size() < 2))
        return fail(Error(ErrorCode::InvalidInput,
                          tr("Use: user add NAME --role ROLE --area CODE | list | passwd NAME | disable NAME.")));
    return withSession(p, [&](Session &session) -> int {
        UserService users(session);
        if (action == QLatin1String("list")) {
            Result<QList<UserInfo>> all = users.list();
            if (!all)
                return fail(all.error());
            QJsonArray out;
            for (const UserInfo &u : *all)
                out.append(toJson(u));
            return printJson(out);
        }
        const QString &name = pos[1];
        if (action == QLatin1String("disable")) {
            if (Status st = users.disable(name); !st)
                return fail(st.error());
            return printJson(QJsonObject{{QStringLiteral("disabled"), name}});
        }
        const QString password = readSecret("DOUDI_NEW_PASSWORD");
        if (action == QLatin1String("passwd")) {
            if (Status st = users.resetPassword(name, password); !st)
                return fail(st.error());
            return printJson(QJsonObject{{QStringLiteral("password_changed"), name}});
        }
        const UserInfo user{name, p.value(QStringLiteral("name")), p.value(QStringLiteral("role")),
                            p.values(QStringLiteral("area"))};
        if (Status st = users.add(user, password); !st)
            return fail(st.error());
        return printJson(toJson(user));
    });
}

} // namespace doudi::cli
