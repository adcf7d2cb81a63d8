#include "sync/httpstransport.h"

#include "sync/compression.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace doudi::core {

HttpsTransport::HttpsTransport(QUrl server, QString pin, int timeoutMs)
    : m_server(std::move(server)), m_pin(pin.toLower()), m_timeoutMs(timeoutMs),
      m_nam(std::make_unique<QNetworkAccessManager>())
{
}

HttpsTransport::~HttpsTransport() = default;

Result<SyncTransport::Reply> HttpsTransport::request(const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload = body;
    if (payload.size() > 1024) {
        payload = compression::deflate(body);
        request.setRawHeader("Content-Encoding", "deflate");
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Asked for explicitly, so that the bytes counted are the bytes sent; inflated here.
    request.setRawHeader("Accept-Encoding", "deflate");
    QNetworkReply *reply = body.isEmpty() ? m_nam->get(request) : m_nam->post(request, payload);
    // The pin is checked on every connection before anything is sent: at the handshake, for a
    // certificate the system trusts as for a self-signed one.
    bool mismatch = false;
    auto check = [&] {
        m_seen = QString::fromLatin1(reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex());
        return !m_pin.isEmpty() && m_seen.startsWith(m_pin);
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        // The certificate is self-signed: trusted by its fingerprint alone.
        if (check())
            reply->ignoreSslErrors(errors);
        else
            mismatch = true;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        if (!check()) {
            mismatch = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    ++m_counters.requests;
    m_counters.bytesUp += payload.size();
    const QByteArray length = reply->rawHeader("Content-Length");
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    m_counters.bytesDown += length.isEmpty() ? out.body.size() : length.toLongLong();
    if (reply->rawHeader("Content-Encoding") == "deflate") {
        Result<QByteArray> inflated = compression::inflate(out.body, 64 * 1024 * 1024);
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
        return Error(ErrorCode::Busy, tr("The county server cannot be reached (%1). Work goes on offline; sync again later.")
                                          .arg(m_server.host()),
                     errorText);
    return out;
}

} // namespace doudi::core
