#pragma once

#include "common/result.h"
#include "services/session.h"
#include "services/syncservice.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace doudi::ui {

class SyncWorker;

// Background sync (issue 12): while the app is unlocked and the profile has joined a county,
// a round runs soon after unlocking, then every few minutes, sooner after a change here, and
// at once on "sync now"; after a failure it waits longer each time. Each round runs on a
// worker thread over a connection of its own (ProfileService::openSibling), so typing never
// waits for the network. Stopped (and its connection closed) before the app locks.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QDateTime at;
        bool ok = false;
        core::SyncReport report;
        QString error; // the message for the person
        core::ErrorCode code = core::ErrorCode::Storage;
    };

    explicit SyncScheduler(core::Session &session, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Whether this profile has joined a county server (read again: a join may have just happened).
    bool joined() const;
    // Starts the schedule (if joined); the first round runs after firstDelayMs.
    void start(int firstDelayMs = 3000);
    // Ends the schedule and waits for a round under way to end; the worker's connection closes.
    void stop();
    bool isRunning() const { return m_running; }
    // A round now (or right after the one under way).
    void syncNow();
    // Something changed here: a round soon, so that it reaches the county without a click.
    void noteLocalChange();

    // How long a quiet laptop waits between rounds, and after failures (ms).
    static constexpr int kQuietInterval = 5 * 60 * 1000;
    static constexpr int kAfterChange = 20 * 1000;
    static int retryDelay(int failures);

Q_SIGNALS:
    void roundStarted();
    // Where the round under way stands (on the application's thread).
    void roundProgress(const doudi::core::SyncProgress &progress);
    void roundFinished(const doudi::ui::SyncScheduler::Outcome &outcome);

private:
    void schedule(int delayMs);
    void runRound();
    void finished(const Outcome &outcome);

    core::Session &m_session;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false; // "sync now" while a round runs
    bool m_started = false;
    int m_failures = 0;
};

} // namespace doudi::ui
