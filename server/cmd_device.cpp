#include "server/commands.h"
#include "server/serverdevices.h"
#include "server/tlsidentity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const ServerDevice &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("label"), d.label},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("created_at"), time(d.createdAt)},
            {QStringLiteral("enrolled_at"), time(d.enrolledAt)},
            {QStringLiteral("revoked_at"), time(d.revokedAt)},
            {QStringLiteral("code_expires_at"), time(d.codeExpiresAt)},
            // "ok", or what the check of the laptop's audit chain found (AuditHeads).
            {QStringLiteral("audit"), d.auditProblem.isEmpty() ? QStringLiteral("ok") : d.auditProblem}};
}

} // namespace

// The laptops that may sync with this server (docs/sync-protocol.md §2). Works with or
// without serve running (withStore).
int runDevice(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("enrol | revoke | list"));
    p.addOption(
        {QStringLiteral("label"), tr("enrol: whose laptop it is, e.g. the township and office."), QStringLiteral("text")});
    p.addOption({QStringLiteral("id"), tr("revoke: the device's id, as enrol and list show it."), QStringLiteral("id")});
    if (int rc = cli::parse(p, args,
                            tr("Manages the laptops that sync with this server.\n"
                               "  enrol --label TEXT   prints a one-time enrolment code for the laptop, valid for 7 days. "
                               "It is shown only this once (the server keeps only its hash): give it to the laptop's "
                               "user by hand, never by e-mail or chat. It also makes the laptop trust this server's "
                               "certificate and no other.\n"
                               "  revoke --id ID       the device may no longer sync (nor enrol, if it had not yet).\n"
                               "  list                 every device, with its status: waiting (for its laptop), "
                               "enrolled, revoked, or expired (the code was not used in time)."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions = {QStringLiteral("enrol"), QStringLiteral("revoke"), QStringLiteral("list")};
    if (pos.size() != 1 || !actions.contains(action)) {
        (void)cli::fail(Error(ErrorCode::InvalidInput, tr("Use: device enrol | revoke | list (see device --help).")));
        return cli::Usage;
    }
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    const QString id = p.value(QStringLiteral("id"));
    if (action == QLatin1String("revoke") && id.isEmpty())
        return cli::fail(Error(ErrorCode::InvalidInput, tr("Name the device with --id (device list shows the ids).")));
    QString fingerprint;
    if (action == QLatin1String("enrol")) {
        // The code pins the certificate serve presents: the one in the data folder.
        Result<TlsIdentity> tls = TlsIdentity::load(folder->certificateFile(), folder->keyFile());
        if (!tls)
            return cli::fail(tls.error());
        fingerprint = tls->fingerprint();
    }

    QJsonValue out;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &) -> Status {
        ServerDevices devices(store);
        if (action == QLatin1String("enrol")) {
            Result<ServerDevices::Enrolment> e = devices.add(p.value(QStringLiteral("label")), fingerprint);
            if (!e)
                return e.error();
            out = QJsonObject{{QStringLiteral("device_id"), e->device.id},
                              {QStringLiteral("label"), e->device.label},
                              {QStringLiteral("code"), e->code.text()},
                              {QStringLiteral("expires"), time(e->device.codeExpiresAt)}};
            return {};
        }
        if (action == QLatin1String("revoke")) {
            Result<ServerDevice> d = devices.revoke(id);
            if (!d)
                return d.error();
            out = toJson(*d);
            return {};
        }
        Result<QList<ServerDevice>> all = devices.list();
        if (!all)
            return all.error();
        QJsonArray list;
        for (const ServerDevice &d : std::as_const(*all))
            list.append(toJson(d));
        out = list;
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    return cli::printJson(out);
}

} // namespace doudi::server
