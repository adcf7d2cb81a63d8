#include "security/keyslots.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "security/crypto.h"
#include "security/passwordquality.h"
#include "security/recoverycode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace doudi::core {

namespace {
// Format 2: slots may be Argon2id ("kdf"); format 1 (PBKDF2 only) is still read.
constexpr int kFormat = 2;
constexpr int kOldestFormat = 1;
constexpr int kFreeAttempts = 3; // typos are free
constexpr qint64 kMaxBackoffMs = 15 * 60 * 1000;

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}
QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}
} // namespace

QByteArray KeySlots::aad(const Slot &slot)
{
    return "doudi-keyslot-v1|" + slot.kind.toUtf8() + '|' + slot.user.toUtf8();
}

Status KeySlots::checkPassword(const QString &password)
{
    return PasswordQuality::checkLength(password);
}

Result<KeySlots::Slot> KeySlots::wrap(QByteArrayView key, const QString &kind, const QString &user,
                                      const SecretBytes &secret) const
{
    Slot s;
    s.kind = kind;
    s.user = user;
    s.salt = RandomSource::bytes(16);
    s.kdf = kdfForNewSlots();
    const Result<SecretBytes> kek = s.kdf.derive(secret, s.salt);
    if (!kek)
        return kek.error();
    const Result<Crypto::Sealed> sealed = Crypto::seal(kek->view(), key, aad(s));
    if (!sealed)
        return sealed.error();
    s.nonce = sealed->nonce;
    s.wrapped = sealed->ciphertext;
    return s;
}

Result<SecretBytes> KeySlots::tryUnwrap(const Slot &slot, const SecretBytes &secret) const
{
    const Result<SecretBytes> kek = slot.kdf.derive(secret, slot.salt);
    if (!kek)
        return kek.error();
    return Crypto::open(kek->view(), {slot.nonce, slot.wrapped}, aad(slot));
}

Result<KeySlots> KeySlots::create(const QByteArray &key, const QString &user, const QString &password, QString *recoveryCode,
                                  const QString &cipher, int iterations)
{
    if (key.size() != Crypto::kKeyBytes)
        return Error(ErrorCode::Internal, tr("The database key has the wrong length."));
    KeySlots ks;
    ks.m_cipher = cipher;
    ks.m_iterations = iterations;
    if (Status st = ks.setPassword(key, user, password); !st)
        return st.error();
    Result<QString> code = ks.renewRecoveryCode(key);
    if (!code)
        return code.error();
    if (recoveryCode)
        *recoveryCode = *code;
    return ks;
}

Status KeySlots::setPassword(const QByteArray &key, const QString &user, const QString &password)
{
    if (user.trimmed().isEmpty() || user.size() > 40)
        return Error(ErrorCode::InvalidInput, tr("A user name of 1 to 40 characters is required."));
    if (Status st = checkPassword(password); !st)
        return st;
    Result<Slot> slot = wrap(key, QStringLiteral("password"), user, SecretBytes::fromUtf8(password));
    if (!slot)
        return slot.error();
    m_slots.removeIf([&](const Slot &s) { return s.kind == QLatin1String("password") && s.user == user; });
    m_slots.append(*slot);
    return {};
}

bool KeySlots::removePassword(const QString &user)
{
    return m_slots.removeIf([&](const Slot &s) { return s.kind == QLatin1String("password") && s.user == user; }) > 0;
}

Result<QString> KeySlots::renewRecoveryCode(const QByteArray &key)
{
    const QString code = RecoveryCode::generate();
    Result<Slot> slot = wrap(key, QStringLiteral("recovery"), {}, SecretBytes::fromUtf8(RecoveryCode::normalize(code)));
    if (!slot)
        return slot.error();
    m_slots.removeIf([](const Slot &s) { return s.kind == QLatin1String("recovery"); });
    m_slots.append(*slot);
    return code;
}

Status KeySlots::addRecoveryCode(const QByteArray &key, const QString &code)
{
    Result<Slot> slot = wrap(key, QStringLiteral("recovery"), {}, SecretBytes::fromUtf8(RecoveryCode::normalize(code)));
    if (!slot)
        return slot.error();
    m_slots.append(*slot);
    return {};
}

QList<Kdf> KeySlots::slotKdfs() const
{
    QList<Kdf> out;
    for (const Slot &s : m_slots)
        out << s.kdf;
    return out;
}

QStringList KeySlots::users() const
{
    QStringList out;
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("password"))
            out << s.user;
    }
    return out;
}

qint64 KeySlots::backoffMsecs(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 20);
    return std::min<qint64>(qint64(1000) << doublings, kMaxBackoffMs);
}

qint64 KeySlots::waitMsecs() const
{
    // A failure "in the future" (the clock was wrong then, or is wrong now) counts as now:
    // never a lock-out that lasts until the clock catches up.
    const qint64 now = Clock::nowMsecs();
    const qint64 until = std::min(m_lastFailureMsecs, now) + backoffMsecs(m_failures);
    return std::max<qint64>(0, until - now);
}

void KeySlots::recordFailure()
{
    ++m_failures;
    m_lastFailureMsecs = Clock::nowMsecs();
}

Result<SecretBytes> KeySlots::attempt(const QList<qsizetype> &slots, const SecretBytes &secret)
{
    for (qsizetype i : slots) {
        Result<SecretBytes> key = tryUnwrap(m_slots[i], secret);
        if (!key) {
            if (key.error().code() != ErrorCode::WrongCredentials)
                return key.error();
            continue;
        }
        m_failures = 0;
        m_lastFailureMsecs = 0;
        // Rewrapped now, while the secret is at hand: the only moment an old slot can be.
        // Should it fail, the old slot stays and still opens.
        if (m_slots[i].kdf.isLegacy()) {
            if (Result<Slot> upgraded = wrap(key->view(), m_slots[i].kind, m_slots[i].user, secret))
                m_slots[i] = std::move(upgraded).value();
        }
        return key;
    }
    return Error(ErrorCode::WrongCredentials, QString());
}

Result<QByteArray> KeySlots::unlockWithPassword(const QString &user, const QString &password)
{
    if (const qint64 wait = waitMsecs(); wait > 0)
        return Error(ErrorCode::LockedOut,
                     tr("Too many failed attempts. Please wait %1 seconds and try again.").arg((wait + 999) / 1000));
    const SecretBytes secret = SecretBytes::fromUtf8(password);
    QList<qsizetype> slots;
    const Slot *sample = nullptr; // a password slot whose KDF an unknown user pays for
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].kind != QLatin1String("password"))
            continue;
        if (!sample)
            sample = &m_slots[i];
        if (m_slots[i].user == user)
            slots << i;
    }
    if (slots.isEmpty()) {
        // An unknown user costs the KDF of a known one and a failure like a wrong password,
        // so neither the time taken nor the answer tells which user names exist.
        const Kdf kdf = sample ? sample->kdf : kdfForNewSlots();
        const Result<SecretBytes> ignored = kdf.derive(secret, sample ? sample->salt : RandomSource::bytes(16));
        Q_UNUSED(ignored);
    } else {
        Result<SecretBytes> key = attempt(slots, secret);
        if (key)
            return key->toByteArray();
        if (key.error().code() != ErrorCode::WrongCredentials)
            return key.error();
    }
    recordFailure();
    return Error(ErrorCode::WrongCredentials, tr("The user name or password is not correct."));
}

Result<QByteArray> KeySlots::unlockWithRecoveryCode(const QString &code)
{
    // No back-off and no count: guessing 120 random bits at a KDF per guess is hopeless, and
    // the code is what opens a profile locked by wrong passwords.
    const QString normalized = RecoveryCode::normalize(code);
    QList<qsizetype> slots;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].kind == QLatin1String("recovery") && !normalized.isEmpty())
            slots << i;
    }
    Result<SecretBytes> key = attempt(slots, SecretBytes::fromUtf8(normalized));
    if (key)
        return key->toByteArray();
    if (key.error().code() == ErrorCode::WrongCredentials)
        return Error(ErrorCode::WrongCredentials, tr("The recovery code is not correct."));
    return key.error();
}

Result<KeySlots> KeySlots::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The key file of this profile is missing."), path);
    return fromJson(f.read(1 << 20));
}

Result<KeySlots> KeySlots::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    const Error damaged(ErrorCode::Corrupt, tr("The key file of this profile is damaged."));
    const int format = o.value(QStringLiteral("format")).toInt();
    if (pe.error != QJsonParseError::NoError || format < kOldestFormat || format > kFormat)
        return damaged;
    KeySlots ks;
    ks.m_cipher = o.value(QStringLiteral("cipher")).toString(QStringLiteral("aes-256-cbc"));
    ks.m_profileId = o.value(QStringLiteral("profile")).toString();
    // The cost new slots get (Kdf::forCost): out of bounds (a damaged or hostile file) means
    // the default.
    ks.m_iterations = o.value(QStringLiteral("iterations")).toInt(kDefaultIterations);
    if (ks.m_iterations < kMinIterations || ks.m_iterations > kMaxIterations)
        ks.m_iterations = kDefaultIterations;
    ks.m_failures = o.value(QStringLiteral("failures")).toInt();
    ks.m_lastFailureMsecs = qint64(o.value(QStringLiteral("last_failure_ms")).toDouble());
    // A failure in the future counts as now, and is saved so with the next attempt.
    ks.m_lastFailureMsecs = std::min(ks.m_lastFailureMsecs, Clock::nowMsecs());
    const QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue &v : slots) {
        const QJsonObject so = v.toObject();
        Slot s;
        s.kind = so.value(QStringLiteral("kind")).toString();
        s.user = so.value(QStringLiteral("user")).toString();
        s.salt = unb64(so.value(QStringLiteral("salt")));
        const std::optional<Kdf> kdf = Kdf::readFrom(so);
        s.nonce = unb64(so.value(QStringLiteral("nonce")));
        s.wrapped = unb64(so.value(QStringLiteral("wrapped")));
        if ((s.kind != QLatin1String("password") && s.kind != QLatin1String("recovery")) || !kdf || s.salt.size() < 16 ||
            s.nonce.size() != Crypto::kNonceBytes || s.wrapped.size() != Crypto::kKeyBytes + Crypto::kTagBytes)
            return damaged;
        s.kdf = *kdf;
        ks.m_slots.append(s);
    }
    if (ks.m_slots.isEmpty())
        return damaged;
    return ks;
}

Status KeySlots::save(const QString &path) const
{
    QSaveFile f(path);
    const QByteArray json = toJson();
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(json) != json.size() || !f.commit())
        return Error(ErrorCode::Io, tr("The key file could not be written."), path);
    return {};
}

QByteArray KeySlots::toJson() const
{
    QJsonArray slots;
    for (const Slot &s : m_slots) {
        QJsonObject so{{QStringLiteral("kind"), s.kind},
                       {QStringLiteral("user"), s.user},
                       {QStringLiteral("salt"), b64(s.salt)},
                       {QStringLiteral("nonce"), b64(s.nonce)},
                       {QStringLiteral("wrapped"), b64(s.wrapped)}};
        s.kdf.writeTo(so);
        slots.append(so);
    }
    const QJsonObject o{{QStringLiteral("format"), kFormat},      {QStringLiteral("cipher"), m_cipher},
                        {QStringLiteral("profile"), m_profileId}, {QStringLiteral("iterations"), m_iterations},
                        {QStringLiteral("failures"), m_failures}, {QStringLiteral("last_failure_ms"), double(m_lastFailureMsecs)},
                        {QStringLiteral("slots"), slots}};
    return QJsonDocument(o).toJson();
}

} // namespace doudi::core
