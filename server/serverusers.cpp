#include "server/serverusers.h"

#include "identity/areacode.h"
#include "security/passwordhash.h"
#include "security/passwordquality.h"
#include "server/countydata.h"
#include "server/serverstore.h"

#include <QRegularExpression>

#include <optional>

namespace doudi::server {

using namespace doudi::core;

namespace {

// scopes is text[]: Qt's QPSQL binds and reads no arrays, so they cross as one spaced string
// (area codes hold no spaces).
const char kColumns[] = "name, display_name, role, array_to_string(scopes, ' '), active, created_at, updated_at";

QString sql(const char *before, const char *after = "")
{
    return QLatin1String(before) + QLatin1String(kColumns) + QLatin1String(after);
}

ServerUser fromRow(const StoreQuery &q)
{
    return ServerUser{q.value(0).toString(),  q.value(1).toString(),
                      q.value(2).toString(),  q.value(3).toString().split(u' ', Qt::SkipEmptyParts),
                      q.value(4).toBool(),    q.value(5).toDateTime(),
                      q.value(6).toDateTime()};
}

Error noSuchUser(const QString &name)
{
    return Error(ErrorCode::NotFound, ServerUsers::tr("There is no user \"%1\" on this server.").arg(name));
}

// The one row a statement with RETURNING gave, or none.
Result<std::optional<ServerUser>> returned(Result<StoreQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ServerUser>();
    return std::optional<ServerUser>(fromRow(*q));
}

} // namespace

const QStringList &ServerUsers::roles()
{
    static const QStringList list{QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                  QStringLiteral("county"), QStringLiteral("admin")};
    return list;
}

Status ServerUsers::validate(const ServerUser &user, const QString &county)
{
    // The laptop's rule: the name is typed at every sign-in and travels in URLs and logs.
    static const QRegularExpression blank(QStringLiteral("[\\s\\p{Cc}]"));
    if (user.name.isEmpty() || user.name.size() > 40 || user.name.contains(blank))
        return Error(ErrorCode::InvalidInput, tr("A user name has 1 to 40 characters and no spaces; give it with --user."));
    if (const QString shown = user.displayName.trimmed(); shown.isEmpty() || shown.size() > 40)
        return Error(ErrorCode::InvalidInput, tr("Give the person's name (1 to 40 characters) with --name."));
    if (!roles().contains(user.role))
        return Error(
            ErrorCode::InvalidInput,
            tr("\"%1\" is not a role: choose village, township, township_head, county or admin.").arg(user.role.left(40)));
    if (user.scopes.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give the user at least one area of work with --area."));
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    const QString zeros = QStringLiteral("000");
    for (const QString &area : user.scopes) {
        const bool noTownship = area.mid(6, 3) == zeros;
        const bool noVillage = area.mid(9, 3) == zeros;
        // A village code always lies in a township: 370323000001 names nothing.
        if (!twelveDigits.match(area).hasMatch() || (noTownship && !noVillage))
            return Error(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an area code: give the 12-digit code, e.g. %2 for a village, %3 for a "
                            "township, %4 for the whole county.")
                             .arg(area.left(20), county + QStringLiteral("102001"), county + QStringLiteral("102000"),
                                  county + QStringLiteral("000000")));
        if (!area.startsWith(county))
            return Error(ErrorCode::InvalidInput, tr("The area %1 is not in this server's county (%2).").arg(area, county));
        if (user.role == QLatin1String("village") && noVillage)
            return Error(ErrorCode::InvalidInput,
                         tr("A village user works in villages: %1 is not a village (its last three digits are 000).").arg(area));
        if ((user.role == QLatin1String("township") || user.role == QLatin1String("township_head")) && noTownship)
            return Error(ErrorCode::InvalidInput,
                         tr("A township user works in a township or its villages: %1 is the whole county.").arg(area));
    }
    return {};
}

Status ServerUsers::listed(const QStringList &scopes, const QString &county)
{
    // Once the county imported its townships and villages, a user's areas must be among them
    // (a mistyped village would otherwise give the user an empty area of work, silently).
    Result<std::optional<protocol::CountyDocument>> areas = CountyData(m_store, county).newest(QStringLiteral("areas"));
    if (!areas)
        return areas.error();
    if (!*areas)
        return {};
    Result<AreaRegistry> list = AreaRegistry::fromCsv((*areas)->content.toUtf8());
    if (!list)
        return list.error();
    for (const QString &area : scopes) {
        if (AreaCode::levelOf(area) != AreaCode::Level::County && !list->find(area))
            return Error(ErrorCode::InvalidInput,
                         tr("The area %1 is not in the county's list of townships and villages (area list).").arg(area));
    }
    return {};
}

Result<QString> ServerUsers::hashFor(const ServerUser &user, const QString &password)
{
    // The table holds no ID number: the names are what a guesser knows.
    if (Status st = PasswordQuality::check(password, {user.name, user.displayName, {}}); !st)
        return st.error();
    return PasswordHash::hash(password);
}

Result<ServerUser> ServerUsers::add(const ServerUser &given, const QString &password, const QString &county)
{
    ServerUser user = given;
    user.displayName = user.displayName.trimmed();
    user.scopes.removeDuplicates();
    if (Status st = validate(user, county); !st)
        return st.error();
    if (Status st = listed(user.scopes, county); !st)
        return st.error();
    const Error taken(ErrorCode::AlreadyExists, tr("There is already a user \"%1\" on this server.").arg(user.name));
    // Asked before the password is judged, so that the answer is about the name.
    if (Result<ServerUser> existing = find(user.name); existing)
        return taken;
    else if (existing.error().code() != ErrorCode::NotFound)
        return existing.error();
    Result<QString> hash = hashFor(user, password);
    if (!hash)
        return hash.error();
    // ON CONFLICT: another add of the same name may have come between the look and the insert.
    Result<std::optional<ServerUser>> row =
        returned(m_store.exec(sql("INSERT INTO users(name, display_name, role, scopes, password_hash) "
                                  "VALUES (?, ?, ?, string_to_array(?, ' '), ?) ON CONFLICT (name) DO NOTHING RETURNING "),
                              {user.name, user.displayName, user.role, user.scopes.join(u' '), *hash}));
    if (!row)
        return row.error();
    if (!row->has_value())
        return taken;
    return **row;
}

Result<ServerUser> ServerUsers::find(const QString &name)
{
    Result<std::optional<ServerUser>> row = returned(m_store.exec(sql("SELECT ", " FROM users WHERE name = ?"), {name}));
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(name);
    return **row;
}

Result<QList<ServerUser>> ServerUsers::list()
{
    Result<StoreQuery> q = m_store.exec(sql("SELECT ", " FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QList<ServerUser> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<ServerUser> ServerUsers::setPassword(const QString &name, const QString &password)
{
    Result<ServerUser> user = find(name);
    if (!user)
        return user.error();
    Result<QString> hash = hashFor(*user, password);
    if (!hash)
        return hash.error();
    Result<std::optional<ServerUser>> row = returned(
        m_store.exec(sql("UPDATE users SET password_hash = ?, updated_at = now() WHERE name = ? RETURNING "), {*hash, name}));
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(name);
    return **row;
}

Result<ServerUser> ServerUsers::disable(const QString &name)
{
    Result<std::optional<ServerUser>> row =
        returned(m_store.exec(sql("UPDATE users SET active = false, updated_at = now() WHERE name = ? RETURNING "), {name}));
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(name);
    return **row;
}

Result<ServerUser> ServerUsers::setScopes(const QString &name, const QStringList &scopes, const QString &county)
{
    Result<ServerUser> user = find(name);
    if (!user)
        return user;
    ServerUser changed = *user;
    changed.scopes = scopes;
    if (Status st = validate(changed, county); !st)
        return st.error();
    if (Status st = listed(changed.scopes, county); !st)
        return st.error();
    Result<std::optional<ServerUser>> row = returned(
        m_store.exec(sql("UPDATE users SET scopes = string_to_array(?, ','), updated_at = now() WHERE name = ? RETURNING "),
                     {scopes.join(u','), name}));
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(name);
    return **row;
}

} // namespace doudi::server
