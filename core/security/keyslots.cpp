#include "security/keyslots.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "security/crypto.h"
#include "security/recoverycode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace doudi::core {

namespace {
constexpr int kFormat = 1;
constexpr int kFreeAttempts = 3;            // typos are free
constexpr qint64 kMaxBackoffMs = 15 * 60 * 1000;
constexpr int kMinPasswordLength = 8;

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
    if (password.size() < kMinPasswordLength)
        return Error(ErrorCode::InvalidInput,
                     tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Result<KeySlots::Slot> KeySlots::wrap(const QByteArray &key, const QString &kind, const QString &user,
                                      const QByteArray &secret, int iterations) const
{
    Slot s;
    s.kind = kind;
    s.user = user;
    s.salt = RandomSource::bytes(16);
    s.iterations = iterations;
    const Result<QByteArray> kek = Crypto::pbkdf2Sha256(secret, s.salt, iterations);
    if (!kek)
        return kek.error();
    const Result<Crypto::Sealed> sealed = Crypto::seal(*kek, key, aad(s));
    if (!sealed)
        return sealed.error();
    s.nonce = sealed->nonce;
    s.wrapped = sealed->ciphertext;
    return s;
}

Result<QByteArray> KeySlots::tryUnwrap(const Slot &slot, const QByteArray &secret) const
{
    const Result<QByteArray> kek = Crypto::pbkdf2Sha256(secret, slot.salt, slot.iterations);
    if (!kek)
        return kek.error();
    return Crypto::open(*kek, {slot.nonce, slot.wrapped}, aad(slot));
}

Result<KeySlots> KeySlots::create(const QByteArray &key, const QString &user, const QString &password,
                                  QString *recoveryCode, const QString &cipher, int iterations)
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
    Result<Slot> slot = wrap(key, QStringLiteral("password"), user, password.toUtf8(), m_iterations);
    if (!slot)
        return slot.error();
    m_slots.removeIf([&](const Slot &s) { return s.kind == QLatin1String("password") && s.user == user; });
    m_slots.append(*slot);
    return {};
}

Result<QString> KeySlots::renewRecoveryCode(const QByteArray &key)
{
    const QString code = RecoveryCode::generate();
    Result<Slot> slot = wrap(key, QStringLiteral("recovery"), {}, RecoveryCode::normalize(code).toLatin1(),
                             m_iterations);
    if (!slot)
        return slot.error();
    m_slots.removeIf([](const Slot &s) { return s.kind == QLatin1String("recovery"); });
    m_slots.append(*slot);
    return code;
}

Status KeySlots::addRecoveryCode(const QByteArray &key, const QString &code)
{
    Result<Slot> slot = wrap(key, QStringLiteral("recovery"), {}, RecoveryCode::normalize(code).toLatin1(), m_iterations);
    if (!slot)
        return slot.error();
    m_slots.append(*slot);
    return {};
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
    const qint64 until = m_lastFailureMsecs + backoffMsecs(m_failures);
    return std::max<qint64>(0, until - Clock::nowMsecs());
}

Result<QByteArray> KeySlots::attempt(const QList<const Slot *> &slots, const QByteArray &secret)
{
    if (const qint64 wait = waitMsecs(); wait > 0)
        return Error(ErrorCode::LockedOut,
                     tr("Too many failed attempts. Please wait %1 seconds and try again.").arg((wait + 999) / 1000));
    for (const Slot *s : slots) {
        Result<QByteArray> key = tryUnwrap(*s, secret);
        if (key) {
            m_failures = 0;
            m_lastFailureMsecs = 0;
            return key;
        }
        if (key.error().code() != ErrorCode::WrongCredentials)
            return key;
    }
    ++m_failures;
    m_lastFailureMsecs = Clock::nowMsecs();
    return Error(ErrorCode::WrongCredentials, tr("The user name or password is not correct."));
}

Result<QByteArray> KeySlots::unlockWithPassword(const QString &user, const QString &password)
{
    QList<const Slot *> slots;
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("password") && s.user == user)
            slots << &s;
    }
    // An unknown user costs a failure like a wrong password, and says nothing more.
    return attempt(slots, password.toUtf8());
}

Result<QByteArray> KeySlots::unlockWithRecoveryCode(const QString &code)
{
    const QString normalized = RecoveryCode::normalize(code);
    QList<const Slot *> slots;
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("recovery") && !normalized.isEmpty())
            slots << &s;
    }
    Result<QByteArray> key = attempt(slots, normalized.toLatin1());
    if (!key && key.error().code() == ErrorCode::WrongCredentials)
        return Error(ErrorCode::WrongCredentials, tr("The recovery code is not correct."));
    return key;
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
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != kFormat)
        return damaged;
    KeySlots ks;
    ks.m_cipher = o.value(QStringLiteral("cipher")).toString(QStringLiteral("aes-256-cbc"));
    ks.m_profileId = o.value(QStringLiteral("profile")).toString();
    // The count new slots get: out of bounds (a damaged or hostile file) means the default.
    ks.m_iterations = o.value(QStringLiteral("iterations")).toInt(kDefaultIterations);
    if (ks.m_iterations < kMinIterations || ks.m_iterations > kMaxIterations)
        ks.m_iterations = kDefaultIterations;
    ks.m_failures = o.value(QStringLiteral("failures")).toInt();
    ks.m_lastFailureMsecs = qint64(o.value(QStringLiteral("last_failure_ms")).toDouble());
    const QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue &v : slots) {
        const QJsonObject so = v.toObject();
        Slot s;
        s.kind = so.value(QStringLiteral("kind")).toString();
        s.user = so.value(QStringLiteral("user")).toString();
        s.salt = unb64(so.value(QStringLiteral("salt")));
        s.iterations = so.value(QStringLiteral("iterations")).toInt();
        s.nonce = unb64(so.value(QStringLiteral("nonce")));
        s.wrapped = unb64(so.value(QStringLiteral("wrapped")));
        if ((s.kind != QLatin1String("password") && s.kind != QLatin1String("recovery")) || s.iterations < kMinIterations || s.iterations > kMaxIterations
            || s.salt.size() < 16 || s.nonce.size() != Crypto::kNonceBytes
            || s.wrapped.size() != Crypto::kKeyBytes + Crypto::kTagBytes)
            return damaged;
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
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(json) != json.size() || !f.commit())
        return Error(ErrorCode::Io, tr("The key file could not be written."), path);
    return {};
}

QByteArray KeySlots::toJson() const
{
    QJsonArray slots;
    for (const Slot &s : m_slots) {
        slots.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("user"), s.user},
                                 {QStringLiteral("salt"), b64(s.salt)},
                                 {QStringLiteral("iterations"), s.iterations},
                                 {QStringLiteral("nonce"), b64(s.nonce)},
                                 {QStringLiteral("wrapped"), b64(s.wrapped)}});
    }
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("cipher"), m_cipher},
                        {QStringLiteral("profile"), m_profileId},
                        {QStringLiteral("iterations"), m_iterations},
                        {QStringLiteral("failures"), m_failures},
                        {QStringLiteral("last_failure_ms"), double(m_lastFailureMsecs)},
                        {QStringLiteral("slots"), slots}};
    return QJsonDocument(o).toJson();
}

} // namespace doudi::core
