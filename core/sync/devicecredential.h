#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace doudi::core {

class SecretStore;
class SyncState;

// Where this laptop keeps the credential the county gave its device (DESIGN §5): in the system
// keychain under a key of the device's own, the profile noting only that it is there; or, where
// the keychain is absent or refuses, in the encrypted profile itself, as every profile enrolled
// before the keychain did. sync_state "credential_store" says which ("keychain" or "profile";
// absent in those older profiles, which keep it in "credential").
class DeviceCredential
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCredential)
public:
    enum class Store
    {
        Keychain,
        Profile
    };
    struct Placed
    {
        Store store = Store::Profile;
        // In the profile: why not in the keychain, for the person enrolling (translated).
        QString note;
    };

    DeviceCredential(SyncState &state, SecretStore &secrets) : m_state(state), m_secrets(secrets) {}

    // The keychain entry of a device, under the service "Doudi": one per device, so that several
    // profiles on one computer account do not overwrite each other's.
    static QString keychainKey(const QString &deviceId);
    static QString storeName(Store store);

    // At enrolment, before the profile records it: into the keychain, if the keychain takes it.
    Placed place(const QString &deviceId, const QString &credential);
    // Records where it went (in the profile, the credential too); inside the enrolment's
    // transaction.
    Status record(const Placed &placed, const QString &credential);
    // The enrolment did not complete after place(): its keychain entry goes again.
    void undo(const Placed &placed, const QString &deviceId);

    // "keychain" or "profile"; empty when the profile has not joined a county server.
    Result<QString> where();
    // The credential, from where the profile says. A keychain that does not have it or does not
    // answer is an ErrorCode::Keychain error that says what happened and what to do.
    Result<QString> read(const QString &deviceId);

private:
    SyncState &m_state;
    SecretStore &m_secrets;
};

} // namespace doudi::core
