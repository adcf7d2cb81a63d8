#pragma once

#include "common/result.h"
#include "security/kdf.h"
#include "security/secretbytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace doudi::core {

// The key file beside an encrypted database (DESIGN §5, the LUKS idea): the random 256-bit
// database key K exists on disk only wrapped, once per local user (a key from the user's
// password, Argon2id; see Kdf and ADR 0008) and once for the recovery code. AES-256-GCM wraps
// K; the slot's kind and user are authenticated with it, so a slot cannot be moved to another
// user. A slot of an older KDF (PBKDF2) is rewrapped with today's when it opens.
//
// Failed password attempts are counted in the file and answered with exponential back-off.
// The recovery code is not: 120 random bits need no back-off, and it must open a profile
// that wrong passwords have locked.
class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)
public:
    // The profile's KDF cost for new slots (Kdf::forCost), on the scale of the PBKDF2 round
    // count it once was; the names stay for the callers that set it.
    static constexpr int kDefaultIterations = Kdf::kDefaultCost;
    static constexpr int kMinIterations = Kdf::kMinCost;
    static constexpr int kMaxIterations = Kdf::kMaxCost;

    struct Slot
    {
        QString kind; // "password" or "recovery"
        QString user; // empty for the recovery slot
        QByteArray salt;
        Kdf kdf;
        QByteArray nonce;
        QByteArray wrapped;
    };

    // A new key file: wraps key for the first user and for a new recovery code, which is
    // returned (formatted) and never stored in the clear.
    static Result<KeySlots> create(const QByteArray &key, const QString &user, const QString &password, QString *recoveryCode,
                                   const QString &cipher, int iterations = kDefaultIterations);
    static Result<KeySlots> load(const QString &path);
    Status save(const QString &path) const;
    static Result<KeySlots> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Unwraps K. A wrong password counts as a failure; while backing off, refuses at once
    // with LockedOut and says how long to wait. An unknown user costs the same KDF work as a
    // known one. A slot that opens with an older KDF is rewrapped with today's in place. The
    // caller saves the file after (under the key-file lock), which keeps the count and the
    // upgrade. K comes back as a QByteArray for the database layer, which wipes it.
    Result<QByteArray> unlockWithPassword(const QString &user, const QString &password);
    Result<QByteArray> unlockWithRecoveryCode(const QString &code);

    // Adds or replaces a user's password slot (K comes from an unlocked session).
    Status setPassword(const QByteArray &key, const QString &user, const QString &password);
    // The user's password no longer opens the profile (a disabled user). False if there was none.
    bool removePassword(const QString &user);
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
    // What new and upgraded slots get: Argon2id for the cost above.
    Kdf kdfForNewSlots() const { return Kdf::forCost(m_iterations); }
    // Each slot's KDF, in file order (for tests and diagnostics).
    QList<Kdf> slotKdfs() const;
    int failures() const { return m_failures; }
    // Milliseconds to wait before the next attempt is accepted (0: now).
    qint64 waitMsecs() const;
    static qint64 backoffMsecs(int failures);

    // Only the length: a slot also wraps an existing password again (rekey). Whether a new
    // password is good enough is PasswordQuality's, asked by whoever sets it (Profile::create,
    // ProfileService, UserService).
    static Status checkPassword(const QString &password);

private:
    Result<Slot> wrap(QByteArrayView key, const QString &kind, const QString &user, const SecretBytes &secret) const;
    Result<SecretBytes> tryUnwrap(const Slot &slot, const SecretBytes &secret) const;
    // Tries the slots at these indexes; on success upgrades the one that opened.
    Result<SecretBytes> attempt(const QList<qsizetype> &slots, const SecretBytes &secret);
    void recordFailure();
    static QByteArray aad(const Slot &slot);

    QList<Slot> m_slots;
    QString m_profileId;
    QString m_cipher = QStringLiteral("aes-256-cbc");
    int m_iterations = kDefaultIterations;
    int m_failures = 0;
    qint64 m_lastFailureMsecs = 0;
};

} // namespace doudi::core
