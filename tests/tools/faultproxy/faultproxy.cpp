#include "faultproxy.h"

#include "control.h"
#include "proxyconnection.h"

#include <QTcpSocket>

namespace faultproxy {

FaultProxy::FaultProxy(const Settings &settings, const QHostAddress &target, quint16 targetPort, bool logFaults, QObject *parent)
    : QObject(parent), m_settings(settings), m_plan(settings), m_target(target), m_targetPort(targetPort), m_logFaults(logFaults)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen(quint16 port)
{
    // Loopback only: the proxy breaks connections on purpose and must never be reachable
    // from another machine.
    return m_server.listen(QHostAddress::LocalHost, port);
}

void FaultProxy::setInjecting(bool on)
{
    m_injecting = on;
    if (on)
        return;
    const QList<ProxyConnection *> open = findChildren<ProxyConnection *>(Qt::FindDirectChildrenOnly);
    for (ProxyConnection *c : open)
        c->disarm();
}

QByteArray FaultProxy::countersLine() const
{
    // Written out by hand to keep the documented key order.
    return "{\"connections\": " + QByteArray::number(m_counters.connections) +
           ", \"resets\": " + QByteArray::number(m_counters.resets) +
           ", \"truncations\": " + QByteArray::number(m_counters.truncations) +
           ", \"bytes_up\": " + QByteArray::number(m_counters.bytesUp) +
           ", \"bytes_down\": " + QByteArray::number(m_counters.bytesDown) + '}';
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const quint64 number = ++m_counters.connections;
        QRandomGenerator delays;
        const Fault fault = m_plan.faultFor(number, m_injecting, &delays);
        auto *c = new ProxyConnection(number, client, fault, delays, &m_plan, m_settings.bandwidth, m_target, m_targetPort, this);
        connect(c, &ProxyConnection::forwarded, this, [this](Direction d, qint64 bytes) {
            (d == Direction::Up ? m_counters.bytesUp : m_counters.bytesDown) += quint64(bytes);
        });
        connect(c, &ProxyConnection::faultFired, this, &FaultProxy::faultFired);
        connect(c, &ProxyConnection::finished, c, &QObject::deleteLater);
        c->start();
    }
}

void FaultProxy::faultFired(quint64 number, const Fault &fault)
{
    const bool reset = fault.kind == Fault::Reset;
    ++(reset ? m_counters.resets : m_counters.truncations);
    if (m_logFaults)
        printLine(stderr, "{\"connection\": " + QByteArray::number(number) + ", \"fault\": \"" + (reset ? "reset" : "truncate") +
                              "\", \"direction\": \"" + directionName(fault.direction) +
                              "\", \"offset\": " + QByteArray::number(fault.offset) + '}');
}

} // namespace faultproxy
