#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace doudi::core {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

Status PrivateFiles::ensureDirectory(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    return {};
}

Status PrivateFiles::write(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly) && f.setPermissions(kOwnerOnly) && f.write(data) == data.size() &&
                    f.commit(); // commit() flushes to disk before it renames
    if (!ok)
        return Error(ErrorCode::Io, tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)), f.errorString());
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Status PrivateFiles::createEmpty(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(errno == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                     tr("The file %1 could not be created.").arg(QDir::toNativeSeparators(path)));
    ::close(fd);
    return {};
}

void PrivateFiles::restrict(const QString &path)
{
    ::chmod(QFile::encodeName(path).constData(), 0600);
}

bool PrivateFiles::syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

bool PrivateFiles::syncDirectory(const QString &dir)
{
    return syncPath(dir, O_RDONLY | O_DIRECTORY);
}

Status PrivateFiles::replace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error(ErrorCode::Io, tr("The file %1 could not be replaced.").arg(QDir::toNativeSeparators(to)));
    syncDirectory(QFileInfo(to).absolutePath());
    return {};
}

} // namespace doudi::core
