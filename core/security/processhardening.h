#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace doudi::core {

// What both binaries do first thing in main(), before a password or key is in memory (issue
// 10, DESIGN §5 "no core dumps"), as KeePassXC's bootstrap does: no core file, which would
// hold the database key; and on Linux, not dumpable, so that no other process of the same
// user may ptrace this one or read /proc/PID/mem, environ or fd. What a platform cannot do
// is skipped; a refusal of the system is returned, and the program goes on.
class ProcessHardening
{
    Q_DECLARE_TR_FUNCTIONS(ProcessHardening)
public:
    static Status apply();
    // Whether this process may be dumped or traced by its user (true where unknown).
    static bool isDumpable();
};

} // namespace doudi::core
