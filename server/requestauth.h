#pragma once

#include "common/result.h"

#include <QCoreApplication>
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
    qint64 countyChange = 0; // the county's change number as the request was let in
    // The scopes as significant prefixes of area codes (370323102000 → 370323102).
    QStringList prefixes() const;
    bool covers(const QString &areaCode) const;
    // An SQL condition: `column` (an area code) within the scopes; the LIKE patterns are
    // appended to values. "false" for a caller with no scope.
    QString scopeFilter(const QString &column, QVariantList &values) const;
};

class RequestAuth
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuth)
public:
    // ErrorCode::WrongCredentials (401) for an unknown device, token or user;
    // ErrorCode::NotAllowed (403) for a revoked device or a disabled user.
    static core::Result<Caller> device(ServerStore &store, const QHttpServerRequest &request);
    static core::Result<Caller> user(ServerStore &store, const QHttpServerRequest &request);
    // The user of a USB bundle whose signature was found to be the device's (BundleImport):
    // as user(), with the bundle's token in place of the request's headers.
    static core::Result<Caller> bundleUser(ServerStore &store, const QString &deviceId, const QString &user,
                                           const QString &token);
    static QString hash(const QString &secret);

private:
    // The device row read from q: its credential hash (column 0) and whether it is revoked (1).
    // credential null: the device proved itself otherwise (a bundle's signature).
    static core::Status checkDevice(StoreQuery &q, const QString *credential);
    static core::Result<Caller> signedIn(ServerStore &store, const QString &deviceId, const QString &user, const QString &token,
                                         const QString *credential);
};

} // namespace doudi::server
