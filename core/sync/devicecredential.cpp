#include "sync/devicecredential.h"

#include "security/secretstore.h"
#include "sync/syncstate.h"

namespace doudi::core {

namespace {
const QString kStoreKey = QStringLiteral("credential_store");
const QString kCredentialKey = QStringLiteral("credential");
} // namespace

QString DeviceCredential::keychainKey(const QString &deviceId)
{
    return QStringLiteral("sync-credential/") + deviceId;
}

QString DeviceCredential::storeName(Store store)
{
    return store == Store::Keychain ? QStringLiteral("keychain") : QStringLiteral("profile");
}

DeviceCredential::Placed DeviceCredential::place(const QString &deviceId, const QString &credential)
{
    const Status written = m_secrets.write(keychainKey(deviceId), credential.toUtf8());
    if (written)
        return {Store::Keychain, {}};
    return {Store::Profile, tr("This laptop's sync credential is kept in its encrypted profile, "
                               "not in the system keychain: %1")
                                .arg(written.error().message())};
}

Status DeviceCredential::record(const Placed &placed, const QString &credential)
{
    if (Status st = m_state.setValue(kStoreKey, storeName(placed.store)); !st)
        return st;
    return m_state.setValue(kCredentialKey, placed.store == Store::Profile ? credential : QString());
}

void DeviceCredential::undo(const Placed &placed, const QString &deviceId)
{
    // At worst the entry stays: the county keeps only a hash of a credential no profile names.
    if (placed.store == Store::Keychain)
        (void)m_secrets.remove(keychainKey(deviceId));
}

Result<QString> DeviceCredential::where()
{
    Result<QString> store = m_state.value(kStoreKey);
    if (!store || !store->isEmpty())
        return store;
    Result<bool> joined = m_state.isJoined();
    if (!joined)
        return joined.error();
    return *joined ? storeName(Store::Profile) : QString();
}

Result<QString> DeviceCredential::read(const QString &deviceId)
{
    Result<QString> store = where();
    if (!store)
        return store.error();
    if (store->isEmpty() || *store == storeName(Store::Profile))
        return m_state.value(kCredentialKey);
    if (*store != storeName(Store::Keychain))
        return Error(ErrorCode::Unsupported, tr("This profile keeps its sync credential in a place this version of "
                                                "Doudi does not know (%1): upgrade Doudi.")
                                                 .arg(*store));
    Result<QByteArray> secret = m_secrets.read(keychainKey(deviceId));
    if (secret)
        return QString::fromUtf8(*secret);
    if (secret.error().code() == ErrorCode::NotFound)
        return Error(ErrorCode::Keychain,
                     tr("This laptop's sync credential is missing from the system keychain: it "
                        "was deleted there, or this profile was copied from another computer or "
                        "user account. Ask the county for a new enrolment code for this laptop."),
                     secret.error().fullText());
    return Error(ErrorCode::Keychain,
                 tr("Sync cannot start: this laptop's sync credential is in the system "
                    "keychain, and the keychain did not give it out. %1 Unlock the keychain (sign "
                    "in to this computer's desktop, or open its password manager), then sync "
                    "again.")
                     .arg(secret.error().message()),
                 secret.error().detail());
}

} // namespace doudi::core
