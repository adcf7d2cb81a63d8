#include "services/syncservice.h"

#include "security/keychainsecretstore.h"
#include "services/authorization.h"
#include "services/countyareas.h"
#include "services/householdservice.h"
#include "services/profileservice.h"
#include "services/sessionaccess.h"
#include "sync/bundle.h"
#include "sync/devicecredential.h"
#include "sync/enrolmentcode.h"
#include "sync/httpstransport.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace doudi::core {

namespace {

Q_LOGGING_CATEGORY(lcSync, "doudi.sync")

Result<QJsonObject> post(HttpsTransport &transport, const QString &path, const QJsonObject &body,
                         const SyncTransport::Headers &headers)
{
    Result<SyncTransport::Reply> reply = transport.request(path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return SyncEngine::replyError(*reply);
    return QJsonDocument::fromJson(reply->body).object();
}

} // namespace

SyncService::SyncService(Session &session) : m_session(session), m_ownSecrets(systemSecretStore()), m_secrets(m_ownSecrets.get())
{
}

Result<SyncService::Joined> SyncService::join(const QString &dir, const QString &serverUrl, const QString &code,
                                              const QString &user, const QString &password, const QString &deviceLabel,
                                              bool again)
{
    const std::unique_ptr<SecretStore> secrets = systemSecretStore();
    return join(dir, serverUrl, code, user, password, deviceLabel, *secrets, again);
}

Result<SyncService::Joined> SyncService::join(const QString &dir, const QString &serverUrl, const QString &code,
                                              const QString &user, const QString &password, const QString &deviceLabel,
                                              SecretStore &secrets, bool again)
{
    Result<EnrolmentCode> parsed = EnrolmentCode::parse(code);
    if (!parsed)
        return parsed.error();
    const QUrl url(serverUrl);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The server address must start with https://, e.g. https://10.1.2.3:8443."));
    const bool exists = ProfileService::exists(dir);
    // Everything that can be checked here is checked before the code is spent.
    std::unique_ptr<Session> session;
    if (exists) {
        Result<std::unique_ptr<Session>> unlocked = ProfileService::unlock(dir, user, password);
        if (!unlocked)
            return unlocked.error();
        session = std::move(*unlocked);
        Result<bool> joined = SyncState(SessionAccess::profile(*session).database()).isJoined();
        if (!joined)
            return joined.error();
        if (*joined && !again)
            return Error(ErrorCode::AlreadyExists, tr("This profile has joined a county server already."));
        if (!*joined && again)
            return Error(ErrorCode::NotFound, tr("This profile has not joined a county server yet: join it."));
    } else if (Status st = ProfileService::checkPassword(password, {user, {}, {}}); !st) {
        return st.error();
    }

    HttpsTransport transport(url, QString::fromLatin1(parsed->fingerprintPrefix.toHex()));
    Result<QJsonObject> enrolled = post(transport, QStringLiteral("/v1/enrol"),
                                        protocol::EnrolRequest{code, deviceLabel}.toJson(), SyncEngine::headers({}, {}));
    if (!enrolled)
        return enrolled.error();
    Result<protocol::EnrolResponse> device = protocol::EnrolResponse::fromJson(QJsonDocument(*enrolled).toJson());
    if (!device)
        return device.error();
    const QString fingerprint = transport.seenFingerprint();
    Result<QJsonObject> signedIn = post(transport, QStringLiteral("/v1/signin"), protocol::SignInRequest{user, password}.toJson(),
                                        SyncEngine::headers(device->deviceId, device->credential));
    if (!signedIn)
        return signedIn.error();
    Result<protocol::SignInResponse> account = protocol::SignInResponse::fromJson(QJsonDocument(*signedIn).toJson());
    if (!account)
        return account.error();

    Joined out{device->county, device->deviceId, account->user, account->role, account->scopes, !exists, {}, {}, {}};
    if (!exists) {
        ProfileSetup setup;
        setup.user = account->user;
        setup.displayName = account->displayName;
        setup.password = password;
        setup.role = account->role;
        setup.scope = account->scopes.value(0);
        Result<std::unique_ptr<Session>> created = ProfileService::create(dir, setup, &out.recoveryCode);
        if (!created)
            return created.error();
        session = std::move(*created);
    } else if (session->role() != account->role) {
        return Error(
            ErrorCode::InvalidInput,
            tr("On this laptop %1 has the role %2, at the county %3: ask the county.").arg(user, session->role(), account->role));
    }
    Database &db = SessionAccess::profile(*session).database();
    SyncState state(db);
    Result<QString> before = state.value(QStringLiteral("county"));
    if (!before)
        return before.error();
    if (again && *before != device->county)
        return Error(ErrorCode::InvalidInput,
                     tr("This profile belongs to county %1; the code is for county %2.").arg(*before, device->county));
    DeviceCredential credential(state, secrets);
    const DeviceCredential::Placed placed = credential.place(device->deviceId, device->credential);
    out.credentialStore = DeviceCredential::storeName(placed.store);
    out.credentialNote = placed.note;
    Status st = db.transaction([&]() -> Status {
        const QList<QPair<QString, QString>> values{{QStringLiteral("server_url"), url.toString()},
                                                    {QStringLiteral("fingerprint"), fingerprint},
                                                    {QStringLiteral("county"), device->county},
                                                    {QStringLiteral("device_id"), device->deviceId},
                                                    {QStringLiteral("token:") + account->user, account->token},
                                                    {QStringLiteral("cursor"), QStringLiteral("0")}};
        for (const auto &[key, value] : values) {
            if (Status s = state.setValue(key, value); !s)
                return s;
        }
        // Joined anew: another device to the county. What the old one was told and gave (where
        // its pull stood, its keys for bundles, its audit reports) is not this one's; the work
        // and the outbox stay, and the pull reads the county's state from the start.
        if (again) {
            for (const char *key : {"county_seen", "county_behind", "audit_reported", "bundle_key", "county_bundle_key",
                                    "bundle_answered", "snapshot", "snapshot_pending", "duplicates_at"}) {
                if (Status s = state.setValue(QLatin1String(key), QString()); !s)
                    return s;
            }
        }
        if (Status s = credential.record(placed, device->credential); !s)
            return s;
        return state.adoptScopes(SessionAccess::profile(*session).changes(), account->user, account->scopes);
    });
    if (!st) {
        credential.undo(placed, device->deviceId);
        return st.error();
    }
    // The keys for USB bundles, while the laptop is at the township's network: a laptop bound
    // for a village without any may never sync otherwise. Not done now, every round tries again.
    if (Status keys =
            SyncEngine(db, SessionAccess::profile(*session).changes(), transport, secrets, account->user).exchangeBundleKeys();
        !keys)
        qCInfo(lcSync) << "USB bundle keys not exchanged at joining (the next sync does it):"
                       << Error::codeName(keys.error().code());
    return out;
}

Result<std::unique_ptr<HttpsTransport>> SyncService::countyTransport()
{
    SyncState state(SessionAccess::profile(m_session).database());
    Result<QString> url = state.value(QStringLiteral("server_url"));
    Result<QString> fingerprint = state.value(QStringLiteral("fingerprint"));
    if (!url || !fingerprint)
        return Error(ErrorCode::Storage, tr("The sync settings of this profile cannot be read."));
    if (url->isEmpty())
        return Error(ErrorCode::NotFound, tr("This profile has not joined a county server yet."));
    return std::make_unique<HttpsTransport>(QUrl(*url), *fingerprint);
}

Result<SyncReport> SyncService::syncNow()
{
    return syncNow(nullptr);
}

Result<SyncReport> SyncService::syncNow(const std::atomic_bool *stop, std::function<void(const SyncProgress &)> progress)
{
    Profile &profile = SessionAccess::profile(m_session);
    Result<std::unique_ptr<HttpsTransport>> transport = countyTransport();
    if (!transport)
        return transport.error();
    (*transport)->setStopFlag(stop);
    SyncEngine engine(profile.database(), profile.changes(), **transport, *m_secrets, m_session.user());
    engine.setProgress(std::move(progress));
    Result<SyncReport> report = engine.run();
    if (report && report->areasUpdated)
        useCountyAreas(profile.database());
    if (Status kept = remember(report); !kept)
        return kept.error();
    return report;
}

QJsonObject SyncService::Run::toJson() const
{
    QJsonObject o{{QStringLiteral("at"), at.toString(Qt::ISODate)}, {QStringLiteral("ok"), ok}};
    if (ok) {
        o.insert(QStringLiteral("pushed"), pushed);
        o.insert(QStringLiteral("pulled"), pulled);
        o.insert(QStringLiteral("conflicts"), conflicts);
        o.insert(QStringLiteral("refused"), refused);
        o.insert(QStringLiteral("blobs_sent"), blobsSent);
    } else {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("code"), errorCode);
    }
    return o;
}

SyncService::Run SyncService::Run::fromJson(const QJsonObject &o)
{
    Run r;
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.pushed = o.value(QStringLiteral("pushed")).toInt();
    r.pulled = o.value(QStringLiteral("pulled")).toInt();
    r.conflicts = o.value(QStringLiteral("conflicts")).toInt();
    r.refused = o.value(QStringLiteral("refused")).toInt();
    r.blobsSent = o.value(QStringLiteral("blobs_sent")).toInt();
    r.error = o.value(QStringLiteral("error")).toString();
    r.errorCode = o.value(QStringLiteral("code")).toString();
    return r;
}

Status SyncService::remember(const Result<SyncReport> &report)
{
    Run run;
    run.at = QDateTime::currentDateTimeUtc();
    run.ok = bool(report);
    if (report) {
        run.pushed = report->pushed;
        run.pulled = report->pulled;
        run.conflicts = report->conflicts;
        run.refused = report->refused;
        run.blobsSent = report->blobsSent;
    } else {
        run.error = report.error().message();
        run.errorCode = Error::codeName(report.error().code());
    }
    Result<QList<Run>> before = history();
    QJsonArray list{run.toJson()};
    for (const Run &r : before.valueOr(QList<Run>())) {
        if (list.size() == kHistoryLength)
            break;
        list << r.toJson();
    }
    return SyncState(SessionAccess::profile(m_session).database())
        .setValue(QStringLiteral("history"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

Result<QList<SyncService::Run>> SyncService::history()
{
    Result<QString> text = SyncState(SessionAccess::profile(m_session).database()).value(QStringLiteral("history"));
    if (!text)
        return text.error();
    QList<Run> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array())
        out << Run::fromJson(v.toObject());
    return out;
}

Result<QByteArray> SyncService::fetchAttachment(const QString &attachmentId)
{
    Profile &profile = SessionAccess::profile(m_session);
    Result<std::unique_ptr<HttpsTransport>> transport = countyTransport();
    if (!transport)
        return transport.error();
    return SyncEngine(profile.database(), profile.changes(), **transport, *m_secrets, m_session.user())
        .fetchAttachment(attachmentId);
}

Result<SyncService::BundleWritten> SyncService::exportBundle(const QString &path)
{
    Profile &profile = SessionAccess::profile(m_session);
    Result<std::unique_ptr<HttpsTransport>> transport = countyTransport(); // not used: no request is made
    if (!transport)
        return transport.error();
    BundleWritten out;
    Result<QByteArray> file = SyncEngine(profile.database(), profile.changes(), **transport, *m_secrets, m_session.user())
                                  .writeBundle(&out.seq, &out.ops);
    if (!file)
        return file.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        f.write(*file) != file->size() || !f.commit())
        return Error(ErrorCode::Io, tr("The bundle could not be written to %1: %2").arg(path, f.errorString()));
    out.bytes = file->size();
    return out;
}

Result<SyncReport> SyncService::importAnswer(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("%1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > Bundle::kMaxFileBytes)
        return Error(ErrorCode::InvalidInput, tr("This file is too large to be a Doudi bundle."));
    Profile &profile = SessionAccess::profile(m_session);
    Result<std::unique_ptr<HttpsTransport>> transport = countyTransport();
    if (!transport)
        return transport.error();
    return SyncEngine(profile.database(), profile.changes(), **transport, *m_secrets, m_session.user()).readAnswer(f.readAll());
}

Status SyncService::signIn(const QString &password)
{
    Database &db = SessionAccess::profile(m_session).database();
    SyncState state(db);
    Result<QString> device = state.value(QStringLiteral("device_id"));
    if (!device)
        return device.error();
    if (device->isEmpty())
        return Error(ErrorCode::NotFound, tr("This profile has not joined a county server yet."));
    Result<QString> credential = DeviceCredential(state, *m_secrets).read(*device);
    if (!credential)
        return credential.error();
    Result<std::unique_ptr<HttpsTransport>> transport = countyTransport();
    if (!transport)
        return transport.error();
    Result<QJsonObject> signedIn =
        post(**transport, QStringLiteral("/v1/signin"), protocol::SignInRequest{m_session.user(), password}.toJson(),
             SyncEngine::headers(*device, *credential));
    if (!signedIn)
        return signedIn.error();
    Result<protocol::SignInResponse> account = protocol::SignInResponse::fromJson(QJsonDocument(*signedIn).toJson());
    if (!account)
        return account.error();
    if (account->role != m_session.role())
        return Error(ErrorCode::InvalidInput, tr("On this laptop %1 has the role %2, at the county %3: ask the county.")
                                                  .arg(m_session.user(), m_session.role(), account->role));
    return db.transaction([&]() -> Status {
        if (Status st = state.setValue(QStringLiteral("token:") + account->user, account->token); !st)
            return st;
        return state.adoptScopes(SessionAccess::profile(m_session).changes(), account->user, account->scopes);
    });
}

Status SyncService::acceptCountyState()
{
    // A person decided (after a backup of this laptop): the county's state as it is now wins,
    // read again from the start; what only this laptop had goes at the rescan.
    Database &db = SessionAccess::profile(m_session).database();
    SyncState state(db);
    return db.transaction([&]() -> Status {
        for (const char *key : {"county_behind", "county_seen"}) {
            if (Status st = state.setValue(QLatin1String(key), QString()); !st)
                return st;
        }
        return state.setValue(QStringLiteral("cursor"), QStringLiteral("0"));
    });
}

Result<QJsonObject> SyncService::status()
{
    SyncState state(SessionAccess::profile(m_session).database());
    QJsonObject out;
    for (const char *key : {"server_url", "county", "device_id", "cursor", "last_success", "scopes", "county_behind"}) {
        Result<QString> v = state.value(QLatin1String(key));
        if (!v)
            return v.error();
        out.insert(QLatin1String(key), *v);
    }
    Result<QString> credentialStore = DeviceCredential(state, *m_secrets).where();
    if (!credentialStore)
        return credentialStore.error();
    out.insert(QStringLiteral("credential_store"), *credentialStore);
    Result<SyncState::Waiting> waiting = state.waiting(m_session.user());
    if (!waiting)
        return waiting.error();
    out.insert(QStringLiteral("waiting"), waiting->toSend);
    out.insert(QStringLiteral("waiting_other"), waiting->other);
    Result<QJsonArray> refused = state.refusals(100);
    if (!refused)
        return refused.error();
    out.insert(QStringLiteral("refused"), *refused);
    Result<QList<SyncState::MovedOut>> moved = state.movedOut(m_session.user());
    if (!moved)
        return moved.error();
    QJsonArray movedOut;
    for (const SyncState::MovedOut &m : std::as_const(*moved))
        movedOut.append(QJsonObject{{QStringLiteral("household_id"), m.householdId},
                                    {QStringLiteral("head_name"), m.headName},
                                    {QStringLiteral("area_code"), m.areaCode},
                                    {QStringLiteral("cases"), m.cases},
                                    {QStringLiteral("at"), m.at.toString(Qt::ISODate)}});
    out.insert(QStringLiteral("moved_out"), movedOut);
    // Only for a user who may read households (asked of the table, so that an administrator's
    // look at the sync state is no refusal in the audit log).
    if (Authorization::roleMay(m_session.role(), Permission::ReadHouseholds)) {
        Result<QList<protocol::Duplicate>> duplicates = HouseholdService(m_session).duplicates();
        if (!duplicates)
            return duplicates.error();
        out.insert(QStringLiteral("duplicates"),
                   protocol::DuplicateList{*duplicates}.toJson().value(QStringLiteral("duplicates")));
    }
    return out;
}

Result<QString> SyncService::serverAddress()
{
    return SyncState(SessionAccess::profile(m_session).database()).value(QStringLiteral("server_url"));
}

Result<int> SyncService::waitingCount()
{
    Result<SyncState::Waiting> waiting = SyncState(SessionAccess::profile(m_session).database()).waiting(m_session.user());
    if (!waiting)
        return waiting.error();
    return waiting->toSend;
}

Result<std::unique_ptr<SecretStore>> SyncService::credentialForWorker()
{
    SyncState state(SessionAccess::profile(m_session).database());
    Result<QString> device = state.value(QStringLiteral("device_id"));
    if (!device)
        return device.error();
    auto copy = std::make_unique<MemorySecretStore>();
    if (device->isEmpty())
        return std::unique_ptr<SecretStore>(std::move(copy));
    Result<QString> credential = DeviceCredential(state, *m_secrets).read(*device);
    if (!credential)
        return credential.error();
    if (Status st = copy->write(DeviceCredential::keychainKey(*device), credential->toUtf8()); !st)
        return st.error();
    return std::unique_ptr<SecretStore>(std::move(copy));
}

Status SyncService::setServerAddress(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The server address must start with https://, e.g. https://10.1.2.3:8443."));
    SyncState state(SessionAccess::profile(m_session).database());
    Result<bool> joined = state.isJoined();
    if (!joined)
        return joined.error();
    if (!*joined)
        return Error(ErrorCode::NotFound, tr("This profile has not joined a county server yet."));
    return state.setValue(QStringLiteral("server_url"), parsed.toString());
}

Result<QList<protocol::Conflict>> SyncService::conflicts(bool openOnly)
{
    return SyncState(SessionAccess::profile(m_session).database()).conflicts(openOnly);
}

Status SyncService::acceptTheirs(qint64 conflictId)
{
    return SyncState(SessionAccess::profile(m_session).database()).markResolving(conflictId);
}

Status SyncService::keepMine(qint64 conflictId)
{
    Result<QList<protocol::Conflict>> open = conflicts(true);
    if (!open)
        return open.error();
    const auto it = std::find_if(open->cbegin(), open->cend(), [&](const protocol::Conflict &c) { return c.id == conflictId; });
    if (it == open->cend())
        return Error(ErrorCode::NotFound, tr("That conflict is decided already."));
    const protocol::Conflict &c = *it;
    // Where each record of a household is in its JSON (the records' own fields).
    static const QHash<QString, QString> kArrays{{QStringLiteral("person"), QStringLiteral("members")},
                                                 {QStringLiteral("income"), QStringLiteral("incomes")},
                                                 {QStringLiteral("asset"), QStringLiteral("assets")},
                                                 {QStringLiteral("expenditure"), QStringLiteral("expenditures")},
                                                 {QStringLiteral("obligor"), QStringLiteral("obligors")}};
    const bool householdRecord = c.recordType == QLatin1String("household") || kArrays.contains(c.recordType);
    if (c.kind != QLatin1String("field") || !householdRecord || c.field.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("This conflict is not one changed field of a household: decide it by "
                                                 "changing the record again on the household's page."));
    HouseholdService households(m_session);
    Result<Household> household = households.get(c.householdId);
    if (!household)
        return household.error();
    QJsonObject json = household->toJson();
    if (c.recordType == QLatin1String("household")) {
        json.insert(c.field, c.mine);
    } else {
        const QString key = kArrays.value(c.recordType);
        QJsonArray records = json.value(key).toArray();
        bool found = false;
        for (qsizetype i = 0; i < records.size() && !found; ++i) {
            QJsonObject r = records.at(i).toObject();
            if (r.value(QStringLiteral("id")).toString() != c.recordId)
                continue;
            r.insert(c.field, c.mine);
            records[i] = r;
            found = true;
        }
        if (!found)
            return Error(ErrorCode::NotFound, tr("The record of this conflict is no longer in the household."));
        json.insert(key, records);
    }
    // The household as it would be, checked as any edit; then the decision, together.
    Database &db = SessionAccess::profile(m_session).database();
    return db.transaction([&]() -> Status {
        Result<Household> saved = households.update(c.householdId, json, {tr("Kept this device's value in a conflict"), {}});
        if (!saved)
            return saved.error();
        return SyncState(db).markResolving(conflictId);
    });
}

} // namespace doudi::core
