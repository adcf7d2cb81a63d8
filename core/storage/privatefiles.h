#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace doudi::core {

// Files of a profile hold personal data (encrypted, but still nobody else's business): the
// folder is 0700 and every file 0600, whatever the umask. Replacements are atomic and on
// disk before they count (DESIGN §5; a power cut is an ordinary event in a village).
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    // Creates the folder if needed and makes it private.
    static Status ensureDirectory(const QString &dir);
    // Writes data to path through a temporary file and an atomic rename, synced to disk.
    static Status write(const QString &path, const QByteArray &data);
    // Creates an empty file readable by its owner only; fails if it exists.
    static Status createEmpty(const QString &path);
    static void restrict(const QString &path);
    // fsync of a file and of a folder (after a rename in it).
    static bool syncFile(const QString &path);
    static bool syncDirectory(const QString &dir);
    // rename(2): atomic replacement of to by from, then the folder synced.
    static Status replace(const QString &from, const QString &to);
};

} // namespace doudi::core
