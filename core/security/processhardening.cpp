#include "security/processhardening.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace doudi::core {

namespace {
Error refused(const char *what)
{
    return Error(ErrorCode::Internal,
                 ProcessHardening::tr("The system refused to protect this program's memory; the database key "
                                      "may be exposed to other programs."),
                 QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))));
}
} // namespace

Status ProcessHardening::apply()
{
#if defined(Q_OS_UNIX)
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        return refused("setrlimit(RLIMIT_CORE)");
#endif
#if defined(Q_OS_LINUX)
    // Also keeps core files off where RLIMIT_CORE is ignored (a core_pattern pipe to a
    // crash collector), and makes /proc/PID/{mem,environ} root's.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return refused("prctl(PR_SET_DUMPABLE)");
#endif
    // Elsewhere (macOS PT_DENY_ATTACH, a Windows DACL) nothing yet: Doudi ships for Linux.
    return {};
}

bool ProcessHardening::isDumpable()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}

} // namespace doudi::core
