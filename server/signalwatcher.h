#pragma once

#include <QObject>

class QSocketNotifier;

namespace doudi::server {

// SIGTERM and SIGINT as a Qt signal (the self-pipe trick), so that serve stops its HTTP
// listener and its PostgreSQL cluster in order instead of dying with them running.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace doudi::server
