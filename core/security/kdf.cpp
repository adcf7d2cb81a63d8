#include "security/kdf.h"

#include "security/crypto.h"

#include <algorithm>

namespace doudi::core {

namespace {
const QString kArgon2Name = QStringLiteral("argon2id");
const QString kPbkdf2Name = QStringLiteral("pbkdf2-sha256");
} // namespace

Kdf Kdf::forCost(int cost)
{
    const qint64 c = std::clamp(cost, kMinCost, kMaxCost);
    Kdf k;
    k.memoryKiB = int(std::clamp<qint64>(qint64(kArgon2MemoryKiB) * c / kDefaultCost, kMinArgon2MemoryKiB, kMaxArgon2MemoryKiB));
    return k;
}

Kdf Kdf::pbkdf2(int iterations)
{
    Kdf k;
    k.algorithm = Algorithm::Pbkdf2Sha256;
    k.iterations = iterations;
    k.memoryKiB = 0;
    k.lanes = 0;
    return k;
}

bool Kdf::isWithinBounds() const
{
    if (algorithm == Algorithm::Pbkdf2Sha256)
        return iterations >= kMinPbkdf2Iterations && iterations <= kMaxPbkdf2Iterations;
    // Argon2 needs 8 KiB per lane at least; the floor here is higher anyway.
    return iterations >= 1 && iterations <= kMaxArgon2Passes && lanes >= 1 && lanes <= kMaxArgon2Lanes &&
           memoryKiB >= std::max(kMinArgon2MemoryKiB, 8 * lanes) && memoryKiB <= kMaxArgon2MemoryKiB &&
           qint64(memoryKiB) * iterations <= kMaxArgon2WorkKiB;
}

Result<SecretBytes> Kdf::derive(const SecretBytes &secret, const QByteArray &salt) const
{
    if (!isWithinBounds())
        return Error(ErrorCode::Corrupt, tr("The key file of this profile is damaged."),
                     QStringLiteral("KDF parameters out of bounds"));
    if (algorithm == Algorithm::Pbkdf2Sha256)
        return Crypto::pbkdf2Sha256(secret, salt, iterations);
    return Crypto::argon2id(secret, salt, iterations, memoryKiB, lanes);
}

void Kdf::writeTo(QJsonObject &slot) const
{
    slot.insert(QStringLiteral("kdf"), algorithm == Algorithm::Argon2id ? kArgon2Name : kPbkdf2Name);
    slot.insert(QStringLiteral("iterations"), iterations);
    if (algorithm == Algorithm::Argon2id) {
        slot.insert(QStringLiteral("memory_kib"), memoryKiB);
        slot.insert(QStringLiteral("parallelism"), lanes);
    }
}

std::optional<Kdf> Kdf::readFrom(const QJsonObject &slot)
{
    // toInt() of a number beyond int, a fraction or a string is 0 (or the fallback): out of bounds.
    const QString name = slot.value(QStringLiteral("kdf")).toString(kPbkdf2Name);
    Kdf k;
    if (name == kPbkdf2Name) {
        k = pbkdf2(slot.value(QStringLiteral("iterations")).toInt());
    } else if (name == kArgon2Name) {
        k.iterations = slot.value(QStringLiteral("iterations")).toInt();
        k.memoryKiB = slot.value(QStringLiteral("memory_kib")).toInt();
        k.lanes = slot.value(QStringLiteral("parallelism")).toInt();
    } else {
        return std::nullopt;
    }
    if (!k.isWithinBounds())
        return std::nullopt;
    return k;
}

} // namespace doudi::core
