#include "storage/profilelock.h"

#include "storage/privatefiles.h"

#include <QFile>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace doudi::core {

namespace {
constexpr long kProfileByte = 0; // shared: in use; exclusive: files being replaced
constexpr long kKeyFileByte = 1; // exclusive while the key file is read, changed and written
} // namespace

QString ProfileLock::path(const QString &dir)
{
    return dir + QStringLiteral("/doudi.lock");
}

bool ProfileLock::setLock(int fd, short type, long start, bool wait)
{
    struct flock fl = {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = start;
    fl.l_len = 1;
    int rc;
    do {
        rc = ::fcntl(fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &fl);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

Error ProfileLock::busy(Mode wanted)
{
    return Error(ErrorCode::Busy,
                 wanted == Mode::Exclusive
                     ? tr("The profile is being used by another Doudi program. Close the other Doudi windows and "
                          "commands on this computer, then try again.")
                     : tr("The profile is being used by another Doudi program, which is changing its key or "
                          "restoring a backup. Wait until it has finished, then try again."));
}

Result<ProfileLock> ProfileLock::acquire(const QString &dir, Mode mode, int waitMsecs)
{
    if (Status st = PrivateFiles::ensureDirectory(dir); !st)
        return st.error();
    ProfileLock lock;
    lock.m_fd = ::open(QFile::encodeName(path(dir)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock.m_fd < 0)
        return Error(ErrorCode::Io, tr("The profile's lock file could not be opened."), path(dir));
    lock.m_mode = mode;
    const short type = mode == Mode::Exclusive ? F_WRLCK : F_RDLCK;
    for (int waited = 0;; waited += 50) {
        if (setLock(lock.m_fd, type, kProfileByte, false))
            return lock;
        if (errno != EAGAIN && errno != EACCES)
            return Error(ErrorCode::Io, tr("The profile's lock file could not be locked."), path(dir));
        if (mode == Mode::Exclusive || waited >= waitMsecs)
            return busy(mode);
        QThread::msleep(50);
    }
}

ProfileLock::ProfileLock(ProfileLock &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)), m_mode(other.m_mode) {}

ProfileLock &ProfileLock::operator=(ProfileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_mode = other.m_mode;
    }
    return *this;
}

ProfileLock::~ProfileLock()
{
    release();
}

Status ProfileLock::upgrade()
{
    if (m_fd < 0)
        return Error(ErrorCode::Internal, tr("The profile is not locked."));
    if (m_mode == Mode::Exclusive)
        return {};
    if (!setLock(m_fd, F_WRLCK, kProfileByte, false))
        return busy(Mode::Exclusive);
    m_mode = Mode::Exclusive;
    return {};
}

void ProfileLock::downgrade()
{
    if (m_fd >= 0 && m_mode == Mode::Exclusive && setLock(m_fd, F_RDLCK, kProfileByte, false))
        m_mode = Mode::Shared;
}

void ProfileLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the description releases its locks
    m_fd = -1;
}

ProfileLock::KeyFileGuard::KeyFileGuard(int fd) : m_fd(fd)
{
    if (m_fd >= 0)
        setLock(m_fd, F_WRLCK, kKeyFileByte, true);
}

ProfileLock::KeyFileGuard::~KeyFileGuard()
{
    if (m_fd >= 0)
        setLock(m_fd, F_UNLCK, kKeyFileByte, false);
}

} // namespace doudi::core
