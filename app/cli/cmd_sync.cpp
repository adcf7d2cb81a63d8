#include "cli.h"

#include "services/syncservice.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {

QJsonObject reportJson(const SyncReport &r)
{
    return {{QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("refused"), r.refused},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("evicted"), r.evicted},
            {QStringLiteral("held"), r.held},
            {QStringLiteral("rescanned"), r.rescanned},
            {QStringLiteral("diverged"), r.diverged},
            {QStringLiteral("policy_updated"), r.policyUpdated},
            {QStringLiteral("areas_updated"), r.areasUpdated},
            {QStringLiteral("blobs_sent"), r.blobsSent},
            {QStringLiteral("blobs_waiting"), r.blobsWaiting},
            {QStringLiteral("snapshot_pages"), r.snapshotPages},
            {QStringLiteral("snapshot_bytes"), double(r.snapshotBytes)},
            {QStringLiteral("bundle_keys"), r.bundleKeys},
            {QStringLiteral("requests"), double(r.traffic.requests)},
            {QStringLiteral("bytes_up"), double(r.traffic.bytesUp)},
            {QStringLiteral("bytes_down"), double(r.traffic.bytesDown)},
            {QStringLiteral("bytes"), double(r.traffic.bytesUp + r.traffic.bytesDown)}};
}

} // namespace

int runEnrol(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("profile"), tr("Profile folder (created when it holds no profile)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("server"), tr("The county server, e.g. https://10.1.2.3:8443."), QStringLiteral("url")});
    p.addOption({QStringLiteral("code"), tr("The enrolment code from the county."), QStringLiteral("code")});
    p.addOption({QStringLiteral("user"), tr("Your user name at the county."), QStringLiteral("name")});
    p.addOption({QStringLiteral("label"), tr("A name for this laptop (default: its host name)."), QStringLiteral("text")});
    p.addOption(
        {QStringLiteral("again"), tr("The profile joined before: enrol it anew with a new code (the county withdrew "
                                     "the device, or its key in the system keychain was lost). Its work and outbox stay.")});
    if (int rc = parse(p, args,
                       tr("Joins this laptop to the county server: enrols it with the county's one-time code and "
                          "signs the user in (password from DOUDI_PASSWORD or standard input). A folder with "
                          "no profile gets one, with the same password."));
        rc >= 0)
        return rc;
    for (const char *required : {"server", "code", "user"}) {
        if (p.value(QLatin1String(required)).isEmpty())
            return usage(p);
    }
    const QString label = p.isSet(QStringLiteral("label")) ? p.value(QStringLiteral("label")) : QHostInfo::localHostName();
    Result<SyncService::Joined> joined =
        SyncService::join(profileDir(p), p.value(QStringLiteral("server")), p.value(QStringLiteral("code")),
                          p.value(QStringLiteral("user")), readSecret("DOUDI_PASSWORD"), label, p.isSet(QStringLiteral("again")));
    if (!joined)
        return fail(joined.error());
    QJsonObject out{{QStringLiteral("county"), joined->county},
                    {QStringLiteral("device_id"), joined->deviceId},
                    {QStringLiteral("user"), joined->user},
                    {QStringLiteral("role"), joined->role},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(joined->scopes)},
                    {QStringLiteral("created_profile"), joined->createdProfile},
                    {QStringLiteral("credential_store"), joined->credentialStore}};
    if (!joined->credentialNote.isEmpty())
        out.insert(QStringLiteral("credential_note"), joined->credentialNote);
    if (!joined->recoveryCode.isEmpty()) // a new profile's: shown this once
        out.insert(QStringLiteral("recovery_code"), joined->recoveryCode);
    return printJson(out);
}

int runSync(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("(nothing) to sync now, status, or signin (the user signs in to the "
                                                         "county again: the county password from DOUDI_COUNTY_PASSWORD or "
                                                         "standard input)"));
    p.addOption({QStringLiteral("server"), tr("The county server's new address (its certificate must stay the same)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("accept-county-state"),
                 tr("After the county was restored from an older backup: sync on with the county's state, which drops "
                    "what only this laptop has (make a backup of it first).")});
    if (int rc = parse(p, args, tr("Syncs with the county server: pushes this laptop's changes, then pulls the county's."));
        rc >= 0)
        return rc;
    return withSession(p, [&](Session &session) -> int {
        SyncService sync(session);
        if (p.isSet(QStringLiteral("server"))) {
            if (Status st = sync.setServerAddress(p.value(QStringLiteral("server"))); !st)
                return fail(st.error());
        }
        if (p.positionalArguments().value(0) == QLatin1String("signin")) {
            if (Status st = sync.signIn(readSecret("DOUDI_COUNTY_PASSWORD")); !st)
                return fail(st.error());
            return printJson(QJsonObject{{QStringLiteral("signed_in"), session.user()}});
        }
        if (p.positionalArguments().value(0) == QLatin1String("status")) {
            Result<QJsonObject> status = sync.status();
            return status ? printJson(*status) : fail(status.error());
        }
        if (p.isSet(QStringLiteral("accept-county-state"))) {
            if (Status st = sync.acceptCountyState(); !st)
                return fail(st.error());
        }
        Result<SyncReport> report = sync.syncNow();
        if (!report && report.error().code() == ErrorCode::Stale) // the county went back: what to type here
            return fail(Error(ErrorCode::Stale,
                              report.error().message() + u' ' +
                                  tr("Make the backup with doudi-cli backup; to go on with the county's state, run "
                                     "doudi-cli sync --accept-county-state."),
                              report.error().detail()));
        return report ? printJson(reportJson(*report)) : fail(report.error());
    });
}

int runBundle(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("export --out FILE, or import FILE"));
    p.addOption({QStringLiteral("out"), tr("export: the bundle file to write (on the USB stick)."), QStringLiteral("file")});
    if (int rc = parse(p, args,
                       tr("USB bundles for a village without any network. export writes this laptop's changes (sealed to "
                          "the county, signed by this laptop) for the township to import at the county (doudi-server "
                          "bundle import); import reads the county's answer back. The laptop must have synced over the "
                          "network once. Exit 3: not an answer for this laptop; 6: changed or forged."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!((action == QLatin1String("export") && pos.size() == 1 && p.isSet(QStringLiteral("out"))) ||
          (action == QLatin1String("import") && pos.size() == 2))) {
        (void)fail(Error(ErrorCode::InvalidInput, tr("Use: bundle export --out FILE, or bundle import FILE.")));
        return Usage;
    }
    return withSession(p, [&](Session &session) -> int {
        SyncService sync(session);
        if (action == QLatin1String("import")) {
            Result<SyncReport> report = sync.importAnswer(pos.at(1));
            return report ? printJson(reportJson(*report)) : fail(report.error());
        }
        Result<SyncService::BundleWritten> written = sync.exportBundle(p.value(QStringLiteral("out")));
        if (!written)
            return fail(written.error());
        return printJson(QJsonObject{{QStringLiteral("seq"), double(written->seq)},
                                     {QStringLiteral("ops"), written->ops},
                                     {QStringLiteral("bytes"), double(written->bytes)},
                                     {QStringLiteral("file"), p.value(QStringLiteral("out"))}});
    });
}

int runConflicts(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("all"), tr("list: the decided ones too.")});
    p.addPositionalArgument(QStringLiteral("action"), tr("list, or resolve <id> --keep theirs|mine"));
    p.addOption({QStringLiteral("keep"),
                 tr("resolve: theirs keeps the county's value; mine puts this laptop's value back "
                    "(a changed field of a household's records: an edit that syncs)."),
                 QStringLiteral("side")});
    if (int rc = parse(p, args,
                       tr("Conflicts: the same field changed on two devices; the county's value stays until "
                          "someone decides."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != QLatin1String("list") && !(action == QLatin1String("resolve") && pos.size() == 2))
        return usage(p);
    return withSession(p, [&](Session &session) -> int {
        SyncService sync(session);
        if (action == QLatin1String("resolve")) {
            const QString keep = p.value(QStringLiteral("keep"));
            if (keep != QLatin1String("theirs") && keep != QLatin1String("mine"))
                return fail(Error(ErrorCode::InvalidInput, tr("Say --keep theirs or --keep mine.")));
            Status st =
                keep == QLatin1String("mine") ? sync.keepMine(pos[1].toLongLong()) : sync.acceptTheirs(pos[1].toLongLong());
            return st ? printJson(QJsonObject{{QStringLiteral("resolving"), pos[1].toLongLong()}}) : fail(st.error());
        }
        Result<QList<protocol::Conflict>> list = sync.conflicts(!p.isSet(QStringLiteral("all")));
        if (!list)
            return fail(list.error());
        QJsonArray out;
        for (const protocol::Conflict &c : *list)
            out << c.toJson();
        return printJson(out);
    });
}

} // namespace doudi::cli
