#include "server/durability.h"

#include <QLoggingCategory>
#include <QSemaphore>

namespace doudi::server {

using namespace doudi::core;

namespace {
Q_LOGGING_CATEGORY(lcDurability, "doudi.server.durability")
} // namespace

Durability::Durability(ServerStore::Connection connection) : m_connection(std::move(connection)) {}

Durability::~Durability()
{
    if (!m_thread)
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeOne();
    m_thread->wait();
    delete m_thread;
}

Status Durability::start()
{
    // The connection belongs to the thread that opens it (Qt SQL): the thread opens it and says
    // how that went before it waits for answers.
    QSemaphore opened;
    Status outcome;
    m_thread = QThread::create([this, &opened, &outcome] {
        Result<std::unique_ptr<ServerStore>> store = ServerStore::open(m_connection);
        outcome = store ? Status() : Status(store.error());
        opened.release();
        if (!store)
            return;
        for (;;) {
            QList<Answer> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_waiting.isEmpty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_stopping)
                    return;
                batch.swap(m_waiting);
            }
            // Every answer of the batch was handed over after its transaction committed, so
            // before this barrier began: one wait for the disk covers them all.
            const Result<qint64> durable = (*store)->makeDurable();
            const Status status = durable ? Status() : Status(durable.error());
            if (!durable) // the database's own words, with no values in them
                qCWarning(lcDurability) << "barrier failed:" << durable.error().detail();
            for (Answer &answer : batch)
                QMetaObject::invokeMethod(
                    this, [answer = std::move(answer), status] { answer(status); }, Qt::QueuedConnection);
        }
    });
    m_thread->start();
    opened.acquire();
    if (!outcome) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return outcome;
}

void Durability::after(Answer answer)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_waiting.append(std::move(answer));
    }
    m_wake.wakeOne();
}

} // namespace doudi::server
