// The proxy: listens on 127.0.0.1, plans each accepted connection's fault, and keeps the
// counters printed on "stats" and at exit.
#pragma once

#include "faultplan.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace faultproxy {

struct Counters
{
    quint64 connections = 0;
    quint64 resets = 0;
    quint64 truncations = 0;
    quint64 bytesUp = 0;   // written to the target
    quint64 bytesDown = 0; // written to clients
};

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // With `logFaults`, each fault as it fires is a JSON line on stderr.
    FaultProxy(const Settings &settings, const QHostAddress &target, quint16 targetPort, bool logFaults,
               QObject *parent = nullptr);

    bool listen(quint16 port);
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }

    // Off: no fault for new connections and none still to fire on open ones; delays and the
    // bandwidth stay. On: new connections draw faults again.
    void setInjecting(bool on);

    // {"connections": N, "resets": N, "truncations": N, "bytes_up": N, "bytes_down": N}
    QByteArray countersLine() const;

private:
    void accept();
    void faultFired(quint64 number, const Fault &fault);

    Settings m_settings;
    FaultPlan m_plan;
    QHostAddress m_target;
    quint16 m_targetPort;
    bool m_logFaults;
    bool m_injecting = true;
    Counters m_counters;
    QTcpServer m_server;
};

} // namespace faultproxy
