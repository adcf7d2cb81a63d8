#include "security/processhardening.h"

#include <QTest>

#include <cerrno>
#include <linux/capability.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace doudi::core;

namespace {
// Forks a child that is just another process of the same user, and has it try to trace its
// parent. Tests run as root in CI, and root's CAP_SYS_PTRACE passes any protection: the child
// clears its effective capabilities first (the permitted ones stay, since the kernel also
// refuses a tracer whose permitted set is smaller than its target's). Returns 0 when the
// attach worked, else its errno.
int attachToParent()
{
    const pid_t child = fork();
    if (child == 0) {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[2] = {};
        if (syscall(SYS_capget, &header, data) != 0)
            _exit(100);
        data[0].effective = data[1].effective = 0;
        if (syscall(SYS_capset, &header, data) != 0)
            _exit(101);
        // A seized process is not stopped; the child's exit detaches it again.
        _exit(ptrace(PTRACE_SEIZE, getppid(), nullptr, nullptr) == 0 ? 0 : errno);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}
} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One process, in order: what another process of the same user may do before hardening,
    // then after.
    void hardenedProcess_isNotDumpable_norTraceable()
    {
        const int before = attachToParent();
        if (before == EPERM)
            QSKIP("Even an ordinary process cannot be traced here (ptrace is restricted): the test could not tell.");
        QCOMPARE(before, 0);
        QVERIFY(ProcessHardening::isDumpable());

        QVERIFY(ProcessHardening::apply().ok());
        // PR_GET_DUMPABLE: mainline Linux prints no "Dumpable" line in /proc/self/status.
        QVERIFY(!ProcessHardening::isDumpable());
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(attachToParent(), EPERM);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
