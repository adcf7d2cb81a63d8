#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QVariantList>

class QHttpServerRequest;

namespace doudi::server {

class ServerStore;
class StoreQuery;

// Who is calling: the enrolled device (its credential) and, for data, the user signed in on
// it (their token). Both are checked against the server's own tables on every request.
struct Caller
{
    QString deviceId;
    QString user;
    QString role;
    QStringList scopes;
    QStringList tokenScopes; // the scopes this device last pulled with
    // The scopes as significant prefixes of area codes (370323102000 → 370323102), none inside
    // another.
    QStringList prefixes() const;
    bool covers(const QString &areaCode) const;
    // An SQL condition: `column` (an area code) within the scopes; the LIKE patterns are
    // appended to values. "false" for a caller with no scope.
    QString scopeFilter(const QString &column, QVariantList &values) const;
};

// The answer to who is calling comes from the county's tables, and is remembered by the serve
// process for the next request of the same device and user: under a burst of devices a lookup
// per request was a quarter of the database's statements (issue 11). A change to the tables it
// reads (a device revoked, a user disabled or moved, a new sign-in) sends a notification
// (migration 0011), and every process forgets all it remembered before it lets the next request
// in. Only answers that let a caller in are remembered, by the hashes of their secrets, and for
// half a minute at most: a database restored while serving (which drops and makes the tables
// again, and sends nothing) is believed again soon.
class RequestAuth
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuth)
public:
    explicit RequestAuth(ServerStore &store) : m_store(store) { m_clock.start(); }
    // ErrorCode::WrongCredentials (401) for an unknown device, token or user;
    // ErrorCode::NotAllowed (403) for a revoked device or a disabled user.
    core::Result<Caller> device(const QHttpServerRequest &request);
    core::Result<Caller> user(const QHttpServerRequest &request);
    // The user of a USB bundle whose signature was found to be the device's (BundleImport):
    // as user(), with the bundle's token in place of the request's headers; not remembered.
    static core::Result<Caller> bundleUser(ServerStore &store, const QString &deviceId, const QString &user,
                                           const QString &token);
    static QString hash(const QString &secret);
    // The notification channel of the tables read here.
    static constexpr const char *kChannel = "doudi_auth";

private:
    // The device row read from q: its credential hash (column 0) and whether it is revoked (1).
    // credential null: the device proved itself otherwise (a bundle's signature).
    static core::Status checkDevice(StoreQuery &q, const QString *credential);
    static core::Result<Caller> signedIn(ServerStore &store, const QString &deviceId, const QString &user, const QString &token,
                                         const QString *credential);

    struct Known
    {
        QString credentialHash, tokenHash;
        Caller caller;
        qint64 atMs = 0; // when it was read (m_clock)
    };
    // A county has some thousands of device and user pairs; past this many, start again.
    static constexpr qsizetype kMaxKnown = 20000;
    static constexpr qint64 kKnownForMs = 30000;
    ServerStore &m_store;
    QElapsedTimer m_clock;
    QHash<QString, Known> m_known; // by device id and user name
};

} // namespace doudi::server
