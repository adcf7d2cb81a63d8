#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace doudi::core {

// The key file beside an encrypted database (DESIGN §5, the LUKS idea): the random 256-bit
// database key K exists on disk only wrapped, once per local user (a key from the user's
// password, PBKDF2-HMAC-SHA256) and once for the recovery code. AES-256-GCM wraps K; the
// slot's kind and user are authenticated with it, so a slot cannot be moved to another user.
//
// Failed attempts are counted in the file and answered with exponential back-off.
class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)
public:
    static constexpr int kDefaultIterations = 600000;
    // What a key file may ask for: below the minimum a slot is damaged, not weak; above the
    // maximum (seconds of PBKDF2 on a village laptop) it is damaged, not slow.
    static constexpr int kMinIterations = 1000;
    static constexpr int kMaxIterations = 5000000;

    struct Slot
    {
        QString kind; // "password" or "recovery"
        QString user; // empty for the recovery slot
        QByteArray salt;
        int iterations = kDefaultIterations;
        QByteArray nonce;
        QByteArray wrapped;
    };

    // A new key file: wraps key for the first user and for a new recovery code, which is
    // returned (formatted) and never stored in the clear.
    static Result<KeySlots> create(const QByteArray &key, const QString &user, const QString &password,
                                   QString *recoveryCode, const QString &cipher,
                                   int iterations = kDefaultIterations);
    static Result<KeySlots> load(const QString &path);
    Status save(const QString &path) const;
    static Result<KeySlots> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Unwraps K. A wrong password or code counts as a failure; while backing off, refuses
    // at once with LockedOut and says how long to wait. The caller saves the file after.
    Result<QByteArray> unlockWithPassword(const QString &user, const QString &password);
    Result<QByteArray> unlockWithRecoveryCode(const QString &code);

    // Adds or replaces a user's password slot (K comes from an unlocked session).
    Status setPassword(const QByteArray &key, const QString &user, const QString &password);
    // A new recovery code for K, replacing the old one; returns the formatted code.
    Result<QString> renewRecoveryCode(const QByteArray &key);
    // Adds a slot that opens K with an existing code, beside the current recovery slot (a
    // rekey in progress: the new code opens the profile before and after the swap).
    Status addRecoveryCode(const QByteArray &key, const QString &code);

    QStringList users() const;
    // The profile this key file belongs to (not secret; empty in files of 0.1), so that a
    // backup of another profile is not restored over this one by mistake.
    const QString &profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }
    QString cipher() const { return m_cipher; }
    int iterations() const { return m_iterations; }
    int failures() const { return m_failures; }
    // Milliseconds to wait before the next attempt is accepted (0: now).
    qint64 waitMsecs() const;
    static qint64 backoffMsecs(int failures);

    static Status checkPassword(const QString &password);

private:
    Result<Slot> wrap(const QByteArray &key, const QString &kind, const QString &user,
                      const QByteArray &secret, int iterations) const;
    Result<QByteArray> tryUnwrap(const Slot &slot, const QByteArray &secret) const;
    Result<QByteArray> attempt(const QList<const Slot *> &slots, const QByteArray &secret);
    static QByteArray aad(const Slot &slot);

    QList<Slot> m_slots;
    QString m_profileId;
    QString m_cipher = QStringLiteral("aes-256-cbc");
    int m_iterations = kDefaultIterations;
    int m_failures = 0;
    qint64 m_lastFailureMsecs = 0;
};

} // namespace doudi::core
