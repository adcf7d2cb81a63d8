// The process's control channel: SIGTERM and SIGINT through a signalfd, command lines on
// stdin, and JSON lines out. All of it on the one event loop, with no thread and no
// async-signal-safety to think about.
#pragma once

#include <QByteArray>
#include <QObject>

#include <cstdio>

class QSocketNotifier;

namespace faultproxy {

// One line on `stream`, flushed at once: a test reads it while the proxy goes on running.
void printLine(FILE *stream, const QByteArray &line);

class Control : public QObject
{
    Q_OBJECT
public:
    // Blocks SIGTERM and SIGINT so that they are only read from the signalfd. Call first in
    // main, before any thread exists: threads inherit the mask.
    static void holdTerminationSignals();

    explicit Control(QObject *parent = nullptr);
    ~Control() override;
    // False (errno set) if the signalfd cannot be made.
    bool start();

Q_SIGNALS:
    void terminationRequested();
    // A line of stdin, without its end and surrounding blanks.
    void command(const QByteArray &line);

private:
    void readSignal();
    void readStdin();

    int m_signalFd = -1;
    QSocketNotifier *m_signals = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_pending; // stdin read so far without its line end
};

} // namespace faultproxy
