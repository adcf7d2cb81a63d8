#pragma once

#include "common/result.h"
#include "security/keyslots.h"
#include "storage/changelog.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

namespace doudi::core {

struct ProfileSetup
{
    QString user;
    QString displayName;
    QString password;
    QString role = QStringLiteral("township");
    QString scope;                                // 12-digit area code of the area of work
    QString cipher = QStringLiteral("aes-256-cbc"); // or "sm4-cbc" where the county chooses SM4
    int iterations = KeySlots::kDefaultIterations;
};

// A device profile: one encrypted database (doudi.db) and its key file (doudi.keys) in a
// folder. Unlocked, it holds the database key in memory; lock() forgets it.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    static QString defaultDirectory();
    static QString databasePath(const QString &dir);
    static QString keyFilePath(const QString &dir);
    static bool exists(const QString &dir);

    // Creates the folder's profile; fails if one exists. recoveryCode receives the code to
    // show once.
    static Result<std::unique_ptr<Profile>> create(const QString &dir, const ProfileSetup &setup,
                                                   QString *recoveryCode);
    static Result<std::unique_ptr<Profile>> unlock(const QString &dir, const QString &user, const QString &password);
    // For a forgotten password: unlocked as no user; set a new password next.
    static Result<std::unique_ptr<Profile>> unlockWithRecoveryCode(const QString &dir, const QString &code);

    ~Profile();
    void lock();
    bool isUnlocked() const { return m_db != nullptr; }

    Database &database() { return *m_db; }
    ChangeLog &changes() { return *m_changes; }
    const QString &directory() const { return m_dir; }
    const QString &user() const { return m_user; }
    // The unlocked user's role and area scopes (empty after a recovery-code unlock).
    const QString &role() const { return m_role; }
    const QStringList &scopes() const { return m_scopes; }
    QString cipher() const { return m_slots.cipher(); }

    Status setPassword(const QString &user, const QString &newPassword);

    // Another connection to the same database, for reading on a worker thread: open it on
    // the thread that uses it, and close it there.
    Result<std::unique_ptr<Database>> openReader() const;

    // An encrypted backup file holding the database and its key slots: it opens with the
    // passwords and recovery code that were valid when it was made.
    Status backup(const QString &file);
    // Replaces the profile in dir with a backup, after checking that credentials open it.
    static Status restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                          bool secretIsRecoveryCode);

    struct RekeyResult
    {
        QString recoveryCode;     // the new code: the old one no longer works
        QStringList droppedUsers; // other users need a new password from an administrator
    };
    // A new database key: the file is re-encrypted, the current user's slot rewrapped
    // (password needed to prove it is them), a new recovery code made.
    Result<RekeyResult> rekey(const QString &password);

private:
    Profile() = default;
    static Result<std::unique_ptr<Profile>> openWithKey(const QString &dir, KeySlots slots, QByteArray key,
                                                        const QString &user);
    // Installs <dir>/doudi.db.pending and doudi.keys.pending in place of the live files.
    static Status completePendingSwap(const QString &dir);

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
