#pragma once

#include "common/result.h"
#include "security/keyslots.h"
#include "security/profilesetup.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/profilelock.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace doudi::core {

// A device profile: one encrypted database (doudi.db) and its key file (doudi.keys) in a
// folder. Unlocked, it holds the database key in memory and the profile lock shared
// (ProfileLock); lock() forgets the key and lets the lock go.
//
// Rekey and restore replace both files the LUKS way (ADR 0004): the new files are written
// beside the live ones, a rename of the new key file to doudi.keys.committed is the one
// commit point, and whoever next holds the profile exclusively rolls a committed swap
// forward or an uncommitted one back.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    static QString defaultDirectory();
    static QString databasePath(const QString &dir);
    static QString keyFilePath(const QString &dir);
    static bool exists(const QString &dir);

    // Creates the folder's profile; fails if one exists or if the first user's password is
    // not good enough (PasswordQuality, against the user and display name). recoveryCode
    // receives the code to show once.
    static Result<std::unique_ptr<Profile>> create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode);
    static Result<std::unique_ptr<Profile>> unlock(const QString &dir, const QString &user, const QString &password);
    // For a forgotten password: unlocked as no user; set a new password next.
    static Result<std::unique_ptr<Profile>> unlockWithRecoveryCode(const QString &dir, const QString &code);

    ~Profile();
    // Forgets the key and closes the database; the Database and ChangeLog objects stay, so that
    // whoever kept a reference to them (a service, a page) gets a Locked error, not a dangling
    // object. A locked profile is not unlocked again: unlock() makes a new one.
    void lock();
    bool isUnlocked() const { return m_db && m_db->isOpen(); }

    // Never null, locked or not (created by create() and unlock(), kept to the destructor).
    Database &database() { return *m_db; }
    ChangeLog &changes() { return *m_changes; }
    const QString &directory() const { return m_dir; }
    const QString &user() const { return m_user; }
    // The unlocked user's role and area scopes (empty after a recovery-code unlock).
    const QString &role() const { return m_role; }
    const QStringList &scopes() const { return m_scopes; }
    QString cipher() const { return m_slots.cipher(); }

    Status setPassword(const QString &user, const QString &newPassword);
    // Drops the user's password slot (the user was disabled).
    Status removePassword(const QString &user);

    // Another connection to the same database, for reading on a worker thread: open it on
    // the thread that uses it, and close it there. While one is open the key cannot be
    // changed (its closing would delete the new file's WAL by name).
    Result<std::unique_ptr<Database>> openReader() const;

    // The same unlocked profile over a connection of its own, for a worker thread (background
    // sync): made on the thread that uses it, and destroyed there. It holds the profile shared
    // itself, so it stays safe to use while this one locks, and counts as a reader: the key
    // cannot change while it is open.
    Result<std::unique_ptr<Profile>> openSibling() const;

    // An encrypted backup file holding the database and its key slots: it opens with the
    // passwords and recovery code that were valid when it was made. Its header names the
    // schema, the database's size and hash, and the head of the audit chain.
    Status backup(const QString &file);
    // Replaces the profile in dir with a backup. Everything is checked before anything live
    // is touched: that the credentials open it, its size and hash against its header, the
    // database's integrity, schema and audit chain. The restored profile gets a new device
    // node (it is now another device as far as sync and document numbers go). Refused while
    // another process has the profile open.
    // mayRestore is asked with the role the signing-in user has in the backup ("" for the
    // recovery code) before anything is replaced; the decision is the services' (Authorization).
    static Status restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                          bool secretIsRecoveryCode, const std::function<Status(const QString &role)> &mayRestore = {});

    // A new database key, in two steps so that the new recovery code is shown before anything
    // depends on it. beginRekey() takes the profile exclusively (refused while another process
    // has it open) and adds the new code to the live key file, where it opens the old key, so
    // from then on it works whatever happens; the old password and code keep working too.
    // commitRekey() re-encrypts the file, swaps the key file (the old code stops working; other
    // users' slots go, ADR 0002) and reopens. abandonRekey() takes the new code back (the
    // person did not confirm it); lock() without either leaves it working beside the old one.
    Result<RekeyResult> beginRekey(const QString &password);
    Status commitRekey();
    void abandonRekey();
    bool isRekeying() const { return m_rekey != nullptr; }
    // Both steps at once (tests, scripts that show the code some other way).
    Result<RekeyResult> rekey(const QString &password);

private:
    Profile() = default;
    static Result<std::unique_ptr<Profile>> openWithKey(const QString &dir, ProfileLock lock, KeySlots slots, QByteArray key,
                                                        const QString &user);
    // Shared for use; first exclusive, if it can be had, to finish what a killed process left.
    static Result<ProfileLock> lockForUse(const QString &dir);
    template <typename Unwrap>
    static Result<std::unique_ptr<Profile>> unlockWith(const QString &dir, const QString &user, Unwrap unwrap);
    // With the profile held exclusively: a committed swap is rolled forward, an uncommitted one
    // back, and temporary files of interrupted writes are removed.
    static Status recover(const QString &dir);
    Result<KeySlots> reloadSlots() const;
    // Reads the key file under its lock, applies change, writes it back and keeps it.
    Status changeSlots(const std::function<Status(KeySlots &)> &change);

    struct PendingRekey;
    std::unique_ptr<PendingRekey> m_rekey;
    std::shared_ptr<std::atomic_int> m_readers = std::make_shared<std::atomic_int>(0);
    ProfileLock m_lock;
    QString m_dir;
    QString m_user;
    QString m_role;
    QStringList m_scopes;
    QByteArray m_key;
    KeySlots m_slots;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
};

} // namespace doudi::core
