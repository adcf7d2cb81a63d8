#include "sync/httpstransport.h"

#include "sync/compression.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace doudi::core {

HttpsTransport::HttpsTransport(QUrl server, const QString &pin, int timeoutMs)
    : m_server(std::move(server)), m_pin(pin.toLower()), m_timeoutMs(timeoutMs), m_nam(std::make_unique<QNetworkAccessManager>())
{
}

// A request on its way: its reply, and whether the certificate was refused.
struct HttpsTransport::Pending
{
    QString path;
    Headers headers;
    QNetworkReply *reply = nullptr;
    qsizetype sent = 0;
    bool mismatch = false;
    ~Pending()
    {
        if (reply && !reply->isFinished())
            reply->abort();
        if (reply)
            reply->deleteLater();
    }
};

HttpsTransport::~HttpsTransport()
{
    m_prefetched.reset(); // before the manager its reply belongs to
}

void HttpsTransport::prefetch(const QString &path, const Headers &headers)
{
    m_prefetched = start(path, {}, headers);
}

Result<SyncTransport::Reply> HttpsTransport::request(const QString &path, const QByteArray &body, const Headers &headers)
{
    std::unique_ptr<Pending> pending = std::move(m_prefetched);
    if (!pending || !body.isEmpty() || pending->path != path || pending->headers != headers)
        pending = start(path, body, headers); // (a prefetch not asked for is dropped)
    return finish(*pending);
}

std::unique_ptr<HttpsTransport::Pending> HttpsTransport::start(const QString &path, const QByteArray &body,
                                                               const Headers &headers)
{
    auto pending = std::make_unique<Pending>();
    pending->path = path;
    pending->headers = headers;
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    bool typed = false; // a body of its own type (a photo's bytes) goes as it is
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    // The server of this protocol version reads what this side offers (docs/sync-protocol.md §1).
    const compression::Coding coding =
        typed ? compression::Coding::Identity : compression::choose(body.size(), compression::accepted());
    const QByteArray payload = compression::encode(body, coding);
    if (coding != compression::Coding::Identity)
        request.setRawHeader("Content-Encoding", compression::token(coding));
    if (!typed)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Asked for explicitly, so that the bytes counted are the bytes sent; decoded here.
    request.setRawHeader("Accept-Encoding", compression::accepted());
    QNetworkReply *reply = body.isEmpty() ? m_nam->get(request) : m_nam->post(request, payload);
    pending->reply = reply;
    pending->sent = payload.size();
    // The pin is checked on every connection before anything is sent: at the handshake, for a
    // certificate the system trusts as for a self-signed one.
    Pending *p = pending.get();
    auto check = [this, reply] {
        m_seen = QString::fromLatin1(reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex());
        return !m_pin.isEmpty() && m_seen.startsWith(m_pin);
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [p, reply, check](const QList<QSslError> &errors) {
        // The certificate is self-signed: trusted by its fingerprint alone.
        if (check())
            reply->ignoreSslErrors(errors);
        else
            p->mismatch = true;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [p, reply, check] {
        if (!check()) {
            p->mismatch = true;
            reply->abort();
        }
    });
    return pending;
}

Result<SyncTransport::Reply> HttpsTransport::finish(Pending &pending)
{
    QNetworkReply *reply = pending.reply;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer watch; // for the stop flag, which another thread sets
        if (m_stop) {
            QObject::connect(&watch, &QTimer::timeout, reply, [this, reply] {
                if (m_stop->load())
                    reply->abort();
            });
            watch.start(100);
            if (m_stop->load())
                reply->abort();
        }
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const bool mismatch = pending.mismatch;
    pending.reply = nullptr; // finished: deleted below, not aborted
    ++m_counters.requests;
    m_counters.bytesUp += pending.sent;
    const QByteArray length = reply->rawHeader("Content-Length");
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    m_counters.bytesDown += length.isEmpty() ? out.body.size() : length.toLongLong();
    // A transfer the network cut short (a reset or a closed connection midway, a timeout) is
    // the network's trouble even when the status line had come: the body is only a part, and
    // inflating it would call it damaged (Corrupt) rather than "sync again later".
    const QNetworkReply::NetworkError failure = reply->error();
    const bool cut = failure != QNetworkReply::NoError && failure < QNetworkReply::ContentAccessDenied &&
                     failure != QNetworkReply::SslHandshakeFailedError && !mismatch;
    if (cut)
        out.status = 0;
    if (!cut) {
        Result<QByteArray> inflated = compression::decode(out.body, reply->rawHeader("Content-Encoding"), 64 * 1024 * 1024);
        if (!inflated) {
            reply->deleteLater();
            return inflated.error();
        }
        out.body = std::move(*inflated);
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (mismatch || error == QNetworkReply::SslHandshakeFailedError)
        return Error(ErrorCode::NotAllowed,
                     tr("The server at %1 is not the county server this laptop joined (its certificate is different). "
                        "Do not sync; tell the county.")
                         .arg(m_server.host()),
                     m_seen);
    if (out.status == 0)
        return Error(ErrorCode::Busy,
                     tr("The county server cannot be reached (%1). Work goes on offline; sync again later.").arg(m_server.host()),
                     errorText);
    return out;
}

} // namespace doudi::core
