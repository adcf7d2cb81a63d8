#include "server/commands.h"
#include "server/serverusers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Never the password hash: it is not even read.
QJsonObject toJson(const ServerUser &u)
{
    return {{QStringLiteral("user"), u.name},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), u.role},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(u.scopes)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("created_at"), time(u.createdAt)},
            {QStringLiteral("updated_at"), time(u.updatedAt)}};
}

} // namespace

// The county's users, roles and areas: the county is their authority (issue 11). Works with
// or without serve running (withStore).
int runUser(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("add | passwd | scope | disable | list"));
    p.addOption({QStringLiteral("user"), tr("The user's sign-in name (add, passwd, disable)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("name"), tr("add: the person's name as shown, e.g. 张三丰."), QStringLiteral("text")});
    p.addOption({QStringLiteral("role"), tr("add: village, township, township_head, county or admin."), QStringLiteral("role")});
    p.addOption({QStringLiteral("area"), tr("add, scope: a 12-digit area code of the user's work (repeatable)."),
                 QStringLiteral("code")});
    if (int rc = cli::parse(p, args,
                            tr("Manages the county's users.\n"
                               "  add --user NAME --name TEXT --role ROLE --area CODE [--area CODE ...]\n"
                               "  passwd --user NAME\n"
                               "  scope --user NAME --area CODE [--area CODE ...]   (new areas; laptops drop what is no "
                               "longer theirs at their next sync)\n"
                               "  disable --user NAME   (the user may no longer sign in; the name is never reused)\n"
                               "  list                  (never shows password hashes)\n"
                               "The password for add and passwd comes from $DOUDI_NEW_PASSWORD or the first line of "
                               "standard input; a weak one (too short, the user's name, a common password) is refused.\n"
                               "Roles: village, township, township_head, county, admin.\n"
                               "Areas are 12-digit codes within this server's county: a village 370323102001, a "
                               "township 370323102000, the whole county 370323000000. A village user's areas must be "
                               "villages; a township user's or township head's townships or villages; a county or "
                               "admin user's any area of the county."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("scope"),
                                        QStringLiteral("disable"), QStringLiteral("list")};
    if (pos.size() != 1 || !actions.contains(action)) {
        (void)cli::fail(Error(ErrorCode::InvalidInput, tr("Use: user add | passwd | scope | disable | list (see user --help).")));
        return cli::Usage;
    }
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    const QString name = p.value(QStringLiteral("user"));
    if (action != QLatin1String("list") && name.isEmpty())
        return cli::fail(Error(ErrorCode::InvalidInput, tr("Name the user with --user.")));
    const ServerUser given{
        name, p.value(QStringLiteral("name")), p.value(QStringLiteral("role")), p.values(QStringLiteral("area")), true, {}, {}};
    if (action == QLatin1String("add")) {
        // Role and areas are judged before anyone types a password for them.
        Result<ServerFolder::Settings> settings = folder->load();
        if (!settings)
            return cli::fail(settings.error());
        if (Status st = ServerUsers::validate(given, settings->county); !st)
            return cli::fail(st.error());
    }
    // Read before the database is started: a prompt should not wait on it, nor it on a prompt.
    const QString password =
        action == QLatin1String("add") || action == QLatin1String("passwd") ? cli::readSecret("DOUDI_NEW_PASSWORD") : QString();

    QJsonValue out;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &settings) -> Status {
        ServerUsers users(store);
        if (action == QLatin1String("list")) {
            Result<QList<ServerUser>> all = users.list();
            if (!all)
                return all.error();
            QJsonArray list;
            for (const ServerUser &u : std::as_const(*all))
                list.append(toJson(u));
            out = list;
            return {};
        }
        Result<ServerUser> user = Error(ErrorCode::Internal, {});
        if (action == QLatin1String("add"))
            user = users.add(given, password, settings.county);
        else if (action == QLatin1String("passwd"))
            user = users.setPassword(name, password);
        else if (action == QLatin1String("scope"))
            user = users.setScopes(name, given.scopes, settings.county);
        else
            user = users.disable(name);
        if (!user)
            return user.error();
        out = toJson(*user);
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    return cli::printJson(out);
}

} // namespace doudi::server
