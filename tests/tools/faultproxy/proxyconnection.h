// One accepted connection, forwarded to the target in both directions through a Flow each,
// with the fault its plan drew. Qt sockets have no half-close, so a peer's EOF ends the
// connection: what was read from it is still delivered, then the other side is closed cleanly.
#pragma once

#include "faultplan.h"
#include "flow.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class QTcpSocket;

namespace faultproxy {

class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    // Takes `client` (reparented); `plan` must outlive the connection.
    ProxyConnection(quint64 number, QTcpSocket *client, const Fault &fault, const QRandomGenerator &delays, const FaultPlan *plan,
                    qint64 bandwidth, const QHostAddress &target, quint16 targetPort, QObject *parent);

    // Connects to the target. Apart from the constructor so that the caller can connect to
    // the signals first: a refused target may be reported at once.
    void start();

    // Injection switched off: a fault that has not fired yet never will.
    void disarm();

Q_SIGNALS:
    void forwarded(faultproxy::Direction direction, qint64 bytes);
    void faultFired(quint64 number, const faultproxy::Fault &fault);
    // Both sockets are closed; the connection may be deleted.
    void finished();

private:
    struct Side
    {
        explicit Side(Direction d) : direction(d) {}
        Direction direction;
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        Flow flow;
        QTimer timer;
        bool sourceClosed = false;
        bool discard = false; // `to` is gone: whatever `from` sends is dropped
    };

    double now() const;
    Side &other(const Side &s) { return &s == &m_up ? m_down : m_up; }
    void pump(Side &s);
    bool fill(Side &s);
    bool drain(Side &s);
    void scheduleNext(Side &s);
    void sourceClosed(Side &s);
    void fire(Side &s);
    void resetBoth();
    void shutdownClientAfterTruncation();
    void finishIfClosed();
    void finish();

    quint64 m_number;
    QTcpSocket *m_client;
    QTcpSocket *m_target;
    Fault m_fault;
    QRandomGenerator m_delays;
    const FaultPlan *m_plan;
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QElapsedTimer m_clock;
    Side m_up;
    Side m_down;
    bool m_targetConnected = false;
    bool m_clientShutdownPending = false; // truncated: send the client FIN once its bytes are out
    bool m_done = false;
};

} // namespace faultproxy
