#pragma once

#include "common/result.h"
#include "server/serverstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace doudi::server {

// Answers that may go out only once what they report is on disk: a push commits without
// waiting for the disk, and a pull page may hand out such a push. A serve process that waited
// for each fsync itself would sit idle for it, with its devices' requests queued behind (issue
// 11): it hands the answer here and serves the next request. A thread of its own, with its own
// connection, makes one barrier (ServerStore::makeDurable()) for every answer handed over
// since its last one began, and gives them back to the serve's thread in the order they came.
class Durability : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(const core::Status &durable)>;

    explicit Durability(ServerStore::Connection connection);
    ~Durability() override;
    Durability(const Durability &) = delete;
    Durability &operator=(const Durability &) = delete;

    // Opens the thread's connection: an error when the database cannot be reached.
    core::Status start();
    // Calls answer on this object's thread once every transaction committed before this call is
    // on disk, or with the error that kept the store from making sure of it.
    void after(Answer answer);

private:
    void run();

    ServerStore::Connection m_connection;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Answer> m_waiting; // under m_mutex
    bool m_stopping = false; // under m_mutex
};

} // namespace doudi::server
