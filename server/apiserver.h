#pragma once

#include "common/result.h"
#include "server/requestauth.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace doudi::server {

class Durability;
class ServerStore;
class TlsIdentity;

// The HTTPS face of the server: the routes of docs/sync-protocol.md. Every request names its
// protocol version; bodies may be deflate-compressed both ways and are bounded; every answer
// is JSON, an error as {"error": {"code", "message"}} with an HTTP status that says the same.
class ApiServer
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
public:
    static constexpr qsizetype kMaxCompressedBody = 8 * 1024 * 1024;

    ApiServer(ServerStore &store, Durability &durability, QString county);
    // For shared/syncbench: GET /_bench/stats and POST /_bench/reset report and clear the
    // requests served per "METHOD /path" (not counting themselves). Off unless asked for.
    void enableBenchCounters();
    // Starts listening with TLS; the port actually bound (port 0 picks a free one). sharePort:
    // the serve processes of one server share the port (serve --processes).
    core::Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls, bool sharePort = false);

private:
    // A route's answer, and whether it may go out only once what it reports is on disk.
    struct Reply
    {
        Reply(QHttpServerResponse &&r, bool afterDisk = false) : response(std::move(r)), awaitsDisk(afterDisk) {} // NOLINT
        QHttpServerResponse response;
        bool awaitsDisk;
    };
    // A protocol route's JSON answer, as for Reply.
    struct Answer
    {
        QJsonObject body;
        bool awaitsDisk = false;
    };
    using View = std::function<Reply(const QHttpServerRequest &request)>;
    using ViewOf = std::function<Reply(const QString &captured, const QHttpServerRequest &request)>;
    // Routes whose answers all go out through give().
    void route(const QString &path, QHttpServerRequest::Method method, const View &view);
    void route(const QString &path, QHttpServerRequest::Method method, const ViewOf &view);
    // Sends the answer now, or once what it reports is on disk (Durability). HTTP/1.1 answers a
    // connection's requests in order: behind an answer that waits, the next ones wait too.
    void give(const QHttpServerRequest &request, QHttpServerResponder &&responder, Reply &&reply);
    using Handler = std::function<core::Result<QJsonObject>(const QHttpServerRequest &request, const QByteArray &body)>;
    using HandlerAfterDisk = std::function<core::Result<Answer>(const QHttpServerRequest &request, const QByteArray &body)>;
    QHttpServerResponse serve(const QHttpServerRequest &request, const Handler &handler);
    Reply serveAfterDisk(const QHttpServerRequest &request, const HandlerAfterDisk &handler);
    // The checks every protocol request passes first (its version, size and compression): the
    // answer to give instead when one fails; else *body is the decoded body.
    std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request, QByteArray *body);
    static QHttpServerResponse failure(const QHttpServerRequest &request, const core::Error &error);
    // accepted: the request's Accept-Encoding.
    static QHttpServerResponse failure(const QByteArray &accepted, const core::Error &error);
    void routeCountyData();
    void routeBlobs();
    void routeSnapshots();
    // A route that answers bytes, not JSON (serve() checks those): the answer to give instead
    // when the request or its caller is refused, else *caller is the signed-in user.
    std::optional<QHttpServerResponse> admitUser(const QHttpServerRequest &request, Caller *caller);
    // The request's Range (bytes=A- or bytes=A-B) as first and last byte; 0..whole without one.
    static core::Result<QPair<qint64, qint64>> byteRange(const QHttpServerRequest &request, qint64 whole);
    // Bytes from `from` of a whole of `size`: 206 with Content-Range when a range was asked for.
    static QHttpServerResponse byteAnswer(const QHttpServerRequest &request, const QByteArray &bytes, qint64 from, qint64 size);
    QJsonObject status() const;
    void count(const QHttpServerRequest &request);
    // The highest change number the device says it has seen: the higher of its X-Doudi-Cursor
    // and since (ServerStore::notBehind checks it where the county's number is read anyway).
    static core::Result<qint64> seen(const QHttpServerRequest &request, qint64 since);

    ServerStore &m_store;
    Durability &m_durability;
    QHash<const QTcpSocket *, int> m_waiting; // per connection, its answers waiting for the disk
    RequestAuth m_auth;
    QString m_county;
    QHttpServer m_http;
    QByteArray m_bundleKey; // the county's public key for USB bundles (PEM)
    bool m_counting = false;
    QHash<QString, int> m_requests;
};

} // namespace doudi::server
