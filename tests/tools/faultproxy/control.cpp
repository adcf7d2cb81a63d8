#include "control.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace faultproxy {

namespace {
sigset_t terminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}
} // namespace

void printLine(FILE *stream, const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void Control::holdTerminationSignals()
{
    const sigset_t set = terminationSignals();
    sigprocmask(SIG_BLOCK, &set, nullptr);
}

Control::Control(QObject *parent) : QObject(parent) {}

Control::~Control()
{
    if (m_signalFd != -1)
        ::close(m_signalFd);
}

bool Control::start()
{
    const sigset_t set = terminationSignals();
    m_signalFd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_signalFd == -1)
        return false;
    m_signals = new QSocketNotifier(m_signalFd, QSocketNotifier::Read, this);
    connect(m_signals, &QSocketNotifier::activated, this, &Control::readSignal);

    // stdin is optional: closed, it is left alone; at its end the notifier is switched off
    // and the proxy runs on until a signal.
    if (fcntl(STDIN_FILENO, F_GETFD) != -1) {
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &Control::readStdin);
    }
    return true;
}

void Control::readSignal()
{
    signalfd_siginfo info;
    while (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
    }
    Q_EMIT terminationRequested();
}

void Control::readStdin()
{
    // One read per notification, so it never blocks: stdin is not made non-blocking, since
    // its file description may be shared with the parent (a terminal).
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_stdin->setEnabled(false);
        if (!m_pending.trimmed().isEmpty())
            Q_EMIT command(m_pending.trimmed());
        m_pending.clear();
        return;
    }
    m_pending.append(buffer, n);
    // Commands are short words: a line longer than this is no command, and is not kept.
    if (m_pending.size() > 4096 && !m_pending.contains('\n')) {
        printLine(stderr, "doudi-faultproxy: stdin line too long, dropped");
        m_pending.clear();
    }
    for (qsizetype end = m_pending.indexOf('\n'); end != -1; end = m_pending.indexOf('\n')) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.isEmpty())
            Q_EMIT command(line);
    }
}

} // namespace faultproxy
