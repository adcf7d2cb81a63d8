#pragma once

#include "common/result.h"
#include "security/secretbytes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace doudi::core {

// How a key slot turns a password or the recovery code into the key that wraps K (ADR 0008).
// New slots use Argon2id, whose memory makes each guess cost an attacker as much as it costs
// the laptop; PBKDF2-HMAC-SHA256 slots of earlier versions are still read, and rewrapped with
// Argon2id when they next open. The parameters are stored per slot, so a slot made with
// other ones (another cost, a later default) keeps opening.
struct Kdf
{
    Q_DECLARE_TR_FUNCTIONS(Kdf)
public:
    enum class Algorithm
    {
        Pbkdf2Sha256,
        Argon2id
    };

    // Argon2id for a slot made at the default cost: 128 MiB, 4 passes, one lane, about 0.5 s
    // on a 2-core machine (measured in ADR 0008). One lane: libargon2 gained nothing from two.
    static constexpr int kArgon2MemoryKiB = 128 * 1024;
    static constexpr int kArgon2Passes = 4;
    static constexpr int kArgon2Lanes = 1;

    // A profile's cost knob (ProfileSetup::iterations, doudi-cli init --kdf-iterations). It
    // was PBKDF2's round count and keeps its scale, so that files and scripts of earlier
    // versions mean the same: the default gives the Argon2id above, and memory scales with it.
    static constexpr int kDefaultCost = 600000;
    static constexpr int kMinCost = 1000; // tests only: a few hundred KiB
    static constexpr int kMaxCost = 5000000;

    // What a key file may ask for. Out of bounds a slot is damaged: not weak (below), not
    // minutes of work or gigabytes of memory (above); checked before anything is allocated.
    static constexpr int kMinArgon2MemoryKiB = 64;
    static constexpr int kMaxArgon2MemoryKiB = 1024 * 1024;
    static constexpr int kMaxArgon2Passes = 16;
    static constexpr int kMaxArgon2Lanes = 4;
    static constexpr qint64 kMaxArgon2WorkKiB = qint64(4) * kMaxArgon2MemoryKiB; // memory × passes, ~4 s
    static constexpr int kMinPbkdf2Iterations = 1000;
    static constexpr int kMaxPbkdf2Iterations = 5000000;

    Algorithm algorithm = Algorithm::Argon2id;
    int iterations = kArgon2Passes;   // Argon2 passes, or PBKDF2 rounds
    int memoryKiB = kArgon2MemoryKiB; // Argon2 only
    int lanes = kArgon2Lanes;         // Argon2 only

    static Kdf forCost(int cost);
    static Kdf pbkdf2(int iterations);

    bool isWithinBounds() const;
    bool isLegacy() const { return algorithm == Algorithm::Pbkdf2Sha256; }
    // The key for secret and salt; an out-of-bounds Kdf is refused as damaged, never run.
    Result<SecretBytes> derive(const SecretBytes &secret, const QByteArray &salt) const;

    // Stored in the slot's JSON object: "kdf", "iterations", and for Argon2id "memory_kib"
    // and "parallelism". A slot without "kdf" is PBKDF2 (key files of format 1).
    void writeTo(QJsonObject &slot) const;
    // Empty for an unknown algorithm or a parameter out of bounds.
    static std::optional<Kdf> readFrom(const QJsonObject &slot);

    bool operator==(const Kdf &o) const
    {
        return algorithm == o.algorithm && iterations == o.iterations && memoryKiB == o.memoryKiB && lanes == o.lanes;
    }
};

} // namespace doudi::core
