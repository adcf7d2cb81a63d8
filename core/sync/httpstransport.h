#pragma once

#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace doudi::core {

// HTTPS to the county server with its certificate pinned: the server's certificate is trusted
// when its SHA-256 is the one stored at enrolment (or, while enrolling, begins with the bytes
// the enrolment code carries), and for no other reason. Keep-alive, deflate both ways, a
// timeout per request. Blocking: runs its own event loop, so call it from the CLI or a worker
// thread, never the UI thread.
class HttpsTransport : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpsTransport)
public:
    // pin: the full fingerprint (64 hex digits), or a prefix of it while enrolling.
    HttpsTransport(QUrl server, const QString &pin, int timeoutMs = 30000);
    ~HttpsTransport() override;

    Result<Reply> request(const QString &path, const QByteArray &body, const Headers &headers) override;
    void prefetch(const QString &path, const Headers &headers) override;
    Counters counters() const override { return m_counters; }
    // The full fingerprint of the certificate the server showed (after the first request).
    const QString &seenFingerprint() const { return m_seen; }
    // Set from another thread to end the request under way at once (the app is locking): it
    // and every later one fail as the network's trouble. The flag must outlive the transport.
    void setStopFlag(const std::atomic_bool *stop) { m_stop = stop; }

private:
    struct Pending;
    std::unique_ptr<Pending> start(const QString &path, const QByteArray &body, const Headers &headers);
    Result<Reply> finish(Pending &pending);

    QUrl m_server;
    QString m_pin;
    int m_timeoutMs;
    QString m_seen;
    Counters m_counters;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Pending> m_prefetched; // a GET started by prefetch(), not yet asked for
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace doudi::core
