#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// Which processes may use a profile at once (ADR 0004). Every process that has the profile
// unlocked (the app, each CLI command, a backup, the sync worker) holds it shared for as long
// as it is unlocked; rekey and restore, which replace its files, hold it exclusive. A second
// small lock serialises read-modify-write of the key file (failure counts, passwords).
//
// Open file description locks (fcntl F_OFD_SETLK) on <dir>/doudi.lock: released by the
// kernel when the process dies, never inherited wrongly by a child, and converted between
// shared and exclusive atomically (flock may drop the lock while converting).
class ProfileLock
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLock)
public:
    enum class Mode
    {
        Shared,
        Exclusive
    };

    ProfileLock() = default;
    ProfileLock(ProfileLock &&other) noexcept;
    ProfileLock &operator=(ProfileLock &&other) noexcept;
    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;
    ~ProfileLock();

    // Refused at once, with a message for the person, when another process holds the
    // profile in a conflicting mode (shared waits up to waitMsecs for a short exclusive
    // holder, such as a process that is finishing an interrupted rekey).
    static Result<ProfileLock> acquire(const QString &dir, Mode mode, int waitMsecs = 3000);

    bool isHeld() const { return m_fd >= 0; }
    Mode mode() const { return m_mode; }
    // Shared → exclusive without letting anyone in between; refused while others hold it.
    Status upgrade();
    void downgrade();
    void release();

    // Holds the key-file lock for the lifetime of the returned guard.
    class KeyFileGuard
    {
    public:
        explicit KeyFileGuard(int fd);
        ~KeyFileGuard();
        KeyFileGuard(const KeyFileGuard &) = delete;
        KeyFileGuard &operator=(const KeyFileGuard &) = delete;

    private:
        int m_fd;
    };
    KeyFileGuard lockKeyFile() const { return KeyFileGuard(m_fd); }

    static QString path(const QString &dir);

private:
    static bool setLock(int fd, short type, long start, bool wait);
    static Error busy(Mode wanted);

    int m_fd = -1;
    Mode m_mode = Mode::Shared;
};

} // namespace doudi::core
