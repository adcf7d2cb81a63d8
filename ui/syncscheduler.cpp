#include "ui/syncscheduler.h"

#include "services/profileservice.h"
#include "services/syncservice.h"

#include <atomic>
#include <mutex>

namespace doudi::ui {

// Lives in the scheduler's thread: opens its own session on the profile for each round (so
// that the key can change between rounds), syncs, and closes it.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    std::atomic_bool stop{false};
    std::mutex busy; // held for a whole round

    // On the worker thread, while the UI thread waits (the main session cannot lock meanwhile).
    // secrets: the device's credential, read on the UI thread (the keychain answers there, and
    // the UI thread may wait for this one: SyncScheduler::stop).
    void open(const core::Session &main, core::Result<std::unique_ptr<core::SecretStore>> secrets)
    {
        if (!secrets) {
            m_openError = secrets.error();
            return;
        }
        m_secrets = std::move(secrets).value();
        core::Result<std::unique_ptr<core::Session>> sibling = core::ProfileService::openSibling(main);
        if (sibling)
            m_session = std::move(sibling).value();
        else
            m_openError = sibling.error();
    }

    void round()
    {
        const std::lock_guard<std::mutex> held(busy);
        SyncScheduler::Outcome out;
        if (m_session) {
            core::Result<core::SyncReport> report =
                core::SyncService(*m_session, *m_secrets).syncNow(&stop, [this](const core::SyncProgress &p) {
                    Q_EMIT progressed(int(p.stage), p.done, p.total);
                });
            out.ok = bool(report);
            if (report)
                out.report = *report;
            else {
                out.error = report.error().message();
                out.code = report.error().code();
            }
        } else {
            out.error = m_openError.message();
            out.code = m_openError.code();
        }
        m_session.reset(); // the connection closes on the thread that opened it
        m_secrets.reset();
        out.at = QDateTime::currentDateTimeUtc();
        Q_EMIT done(out);
    }

Q_SIGNALS:
    void done(const doudi::ui::SyncScheduler::Outcome &outcome);
    void progressed(int stage, qint64 done, qint64 total);

private:
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<core::SecretStore> m_secrets;
    core::Error m_openError{core::ErrorCode::Locked, QString()};
};

SyncScheduler::SyncScheduler(core::Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    qRegisterMetaType<Outcome>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::runRound);
    m_worker = new SyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::done, this, &SyncScheduler::finished);
    connect(m_worker, &SyncWorker::progressed, this, [this](int stage, qint64 done, qint64 total) {
        if (m_running)
            Q_EMIT roundProgress(core::SyncProgress{core::SyncProgress::Stage(stage), done, total});
    });
    m_thread.setObjectName(QStringLiteral("doudi-sync"));
    m_thread.start(QThread::LowPriority);
}

SyncScheduler::~SyncScheduler()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool SyncScheduler::joined() const
{
    const core::Result<QString> server = core::SyncService(m_session).serverAddress();
    return server && !server->isEmpty();
}

void SyncScheduler::start(int firstDelayMs)
{
    if (!joined())
        return;
    m_started = true;
    m_worker->stop = false;
    schedule(firstDelayMs);
}

void SyncScheduler::stop()
{
    m_started = false;
    m_timer.stop();
    m_worker->stop = true;
    // The round under way ends at its next request (within a tenth of a second, or its
    // database work); what it holds closes on its thread before it lets go.
    if (m_running) {
        const std::lock_guard<std::mutex> ended(m_worker->busy);
        m_running = false;
    }
}

void SyncScheduler::syncNow()
{
    if (!m_started)
        start(0);
    if (m_running)
        m_again = true;
    else
        schedule(0);
}

void SyncScheduler::noteLocalChange()
{
    if (m_started && !m_running && (!m_timer.isActive() || m_timer.remainingTime() > kAfterChange))
        schedule(kAfterChange);
}

int SyncScheduler::retryDelay(int failures)
{
    // 1, 2, 5, 10, then every 15 minutes: a village without network is not asked every minute.
    static const int kMinutes[] = {1, 2, 5, 10, 15};
    return kMinutes[qBound(0, failures - 1, int(std::size(kMinutes)) - 1)] * 60 * 1000;
}

void SyncScheduler::schedule(int delayMs)
{
    m_timer.start(delayMs);
}

void SyncScheduler::runRound()
{
    if (!m_started || m_running || !m_session.isUnlocked())
        return;
    m_running = true;
    m_again = false;
    Q_EMIT roundStarted();
    // Opened on the worker thread while this one waits: the main session stays unlocked
    // until the worker has its own (a few milliseconds).
    auto secrets =
        std::make_shared<core::Result<std::unique_ptr<core::SecretStore>>>(core::SyncService(m_session).credentialForWorker());
    QMetaObject::invokeMethod(
        m_worker, [this, secrets] { m_worker->open(m_session, std::move(*secrets)); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::round, Qt::QueuedConnection);
}

void SyncScheduler::finished(const Outcome &outcome)
{
    if (!m_running)
        return; // stopped meanwhile: the app is locking
    m_running = false;
    m_failures = outcome.ok ? 0 : m_failures + 1;
    Q_EMIT roundFinished(outcome);
    if (!m_started)
        return;
    schedule(m_again ? 0 : outcome.ok ? kQuietInterval : retryDelay(m_failures));
}

} // namespace doudi::ui

#include "syncscheduler.moc"
