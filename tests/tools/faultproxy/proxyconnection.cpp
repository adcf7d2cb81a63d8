#include "proxyconnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

#include <cmath>

namespace faultproxy {

namespace {
// Read in chunks of this much, and hold at most kHighWater bytes of a direction (queued in its
// flow and in the receiving socket's write buffer) before reading more: past that the sender
// waits on TCP's flow control, as it would behind a slow link, rather than the proxy buffering
// an unbounded stream.
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 256 * 1024;

// abort() alone sends FIN when nothing is unread; a zero linger makes close() send RST, so the
// peer sees "connection reset" whatever state the socket is in.
void resetSocket(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        const linger zero{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &zero, sizeof zero);
    }
    socket->abort();
}
} // namespace

ProxyConnection::ProxyConnection(quint64 number, QTcpSocket *client, const Fault &fault, const QRandomGenerator &delays,
                                 const FaultPlan *plan, qint64 bandwidth, const QHostAddress &target, quint16 targetPort,
                                 QObject *parent)
    : QObject(parent), m_number(number), m_client(client), m_target(new QTcpSocket(this)), m_fault(fault), m_delays(delays),
      m_plan(plan), m_targetAddress(target), m_targetPort(targetPort), m_up(Direction::Up), m_down(Direction::Down)
{
    m_clock.start();
    m_client->setParent(this);
    m_up.from = m_client;
    m_up.to = m_target;
    m_down.from = m_target;
    m_down.to = m_client;
    for (Side *s : {&m_up, &m_down}) {
        s->flow.setBandwidth(bandwidth);
        s->timer.setSingleShot(true);
        s->timer.setTimerType(Qt::PreciseTimer);
        connect(&s->timer, &QTimer::timeout, this, [this, s] { pump(*s); });
        // A bounded read buffer lets TCP's flow control reach the sender when fill() stops.
        s->from->setReadBufferSize(kChunk);
    }
    if (m_fault.kind != Fault::None)
        (m_fault.direction == Direction::Up ? m_up : m_down).flow.setCut(m_fault.offset);

    // Small delayed chunks must not wait on Nagle as well.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_client, &QTcpSocket::readyRead, this, [this] { pump(m_up); });
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        shutdownClientAfterTruncation();
        pump(m_down);
    });
    connect(m_client, &QTcpSocket::disconnected, this, [this] { sourceClosed(m_up); });

    connect(m_target, &QTcpSocket::connected, this, [this] {
        m_targetConnected = true;
        m_target->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pump(m_up);
    });
    connect(m_target, &QTcpSocket::readyRead, this, [this] { pump(m_down); });
    connect(m_target, &QTcpSocket::bytesWritten, this, [this] { pump(m_up); });
    connect(m_target, &QTcpSocket::disconnected, this, [this] { sourceClosed(m_down); });
    connect(m_target, &QTcpSocket::errorOccurred, this, [this] {
        // Once connected, a closed or reset target arrives as disconnected(). Before that the
        // target cannot be reached: the client sees a reset, as a refused connection through
        // a real middlebox would look.
        if (!m_targetConnected && !m_done) {
            QObject::disconnect(m_client, nullptr, this, nullptr);
            resetSocket(m_client);
            finish();
        }
    });
}

void ProxyConnection::start()
{
    m_target->connectToHost(m_targetAddress, m_targetPort);
    pump(m_up);
}

double ProxyConnection::now() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void ProxyConnection::disarm()
{
    if (m_done || m_fault.kind == Fault::None)
        return;
    m_fault = {};
    m_up.flow.setCut(-1);
    m_down.flow.setCut(-1);
    pump(m_up);
    if (!m_done)
        pump(m_down);
}

void ProxyConnection::pump(Side &s)
{
    // Reading frees room to write and writing frees room to read: go on while either moves.
    while (!m_done) {
        const bool read = fill(s);
        const bool wrote = drain(s);
        if (!read && !wrote)
            break;
    }
    if (m_done)
        return;
    if (m_fault.kind != Fault::None && s.direction == m_fault.direction && s.flow.atCut(now())) {
        fire(s);
        return;
    }
    if (s.sourceClosed && s.from->bytesAvailable() == 0 && s.flow.queued() == 0 &&
        s.to->state() == QAbstractSocket::ConnectedState) {
        // All the closed peer sent has gone on: close the other side too, after its writes.
        s.to->disconnectFromHost();
        return;
    }
    scheduleNext(s);
}

bool ProxyConnection::fill(Side &s)
{
    // A socket aborted by a fault is closed: reading it would only warn.
    if (!s.from->isOpen())
        return false;
    if (s.discard) {
        if (s.from->bytesAvailable() > 0)
            s.from->readAll();
        return false;
    }
    bool any = false;
    while (s.from->bytesAvailable() > 0) {
        const qint64 held = s.flow.queued() + (s.to->isOpen() ? s.to->bytesToWrite() : 0);
        if (held >= kHighWater)
            break;
        const QByteArray chunk = s.from->read(kChunk);
        if (chunk.isEmpty())
            break;
        s.flow.push(chunk, now() + m_plan->delayMs(m_delays));
        any = true;
    }
    return any;
}

bool ProxyConnection::drain(Side &s)
{
    // Before the target has answered, the client's bytes wait in the flow.
    if (s.to->state() != QAbstractSocket::ConnectedState)
        return false;
    bool any = false;
    const double t = now();
    for (QByteArray out = s.flow.take(t); !out.isEmpty(); out = s.flow.take(t)) {
        s.to->write(out);
        Q_EMIT forwarded(s.direction, out.size());
        any = true;
    }
    return any;
}

void ProxyConnection::scheduleNext(Side &s)
{
    const double next = s.flow.nextEventMs();
    if (next < 0 || s.to->state() != QAbstractSocket::ConnectedState) {
        s.timer.stop();
        return;
    }
    s.timer.start(std::max(0, int(std::ceil(next - now()))));
}

void ProxyConnection::sourceClosed(Side &s)
{
    if (m_done)
        return;
    s.sourceClosed = true;
    // The closed socket was the other direction's destination: nothing more can reach it.
    Side &o = other(s);
    o.discard = true;
    o.flow.clear();
    o.timer.stop();
    pump(s);
    finishIfClosed();
}

void ProxyConnection::fire(Side &s)
{
    const Fault fault = m_fault;
    m_fault = {};
    Q_EMIT faultFired(m_number, fault);
    if (fault.kind == Fault::Reset) {
        // What was written so far goes out if it can; RST then drops what the kernel still
        // holds, so the peer has at most `offset` bytes of the direction.
        s.to->flush();
        resetBoth();
        return;
    }
    // Truncation: the target is dropped, the client gets what came before the offset and then
    // a clean EOF; what the client still sends is read and dropped, so it sees no reset.
    QObject::disconnect(m_target, nullptr, this, nullptr);
    m_target->abort();
    for (Side *side : {&m_up, &m_down}) {
        side->discard = true;
        side->flow.clear();
        side->timer.stop();
    }
    m_clientShutdownPending = true;
    shutdownClientAfterTruncation();
    finishIfClosed();
}

void ProxyConnection::shutdownClientAfterTruncation()
{
    if (!m_clientShutdownPending || m_client->bytesToWrite() > 0 || m_client->state() != QAbstractSocket::ConnectedState)
        return;
    m_clientShutdownPending = false;
    // QTcpSocket cannot half-close: shutdown() on its descriptor sends FIN after the bytes
    // already written, and reading goes on until the client closes in turn.
    ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
}

void ProxyConnection::resetBoth()
{
    QObject::disconnect(m_client, nullptr, this, nullptr);
    QObject::disconnect(m_target, nullptr, this, nullptr);
    resetSocket(m_client);
    resetSocket(m_target);
    finish();
}

void ProxyConnection::finishIfClosed()
{
    if (m_client->state() == QAbstractSocket::UnconnectedState && m_target->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void ProxyConnection::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_up.timer.stop();
    m_down.timer.stop();
    Q_EMIT finished();
}

} // namespace faultproxy
