#include "server/apiserver.h"

#include "security/publickey.h"
#include "server/auditheads.h"
#include "server/blobstore.h"
#include "server/countydata.h"
#include "server/duplicates.h"
#include "server/durability.h"
#include "server/enrolment.h"
#include "server/pullfeed.h"
#include "server/pushmerge.h"
#include "server/requestauth.h"
#include "server/serverdevices.h"
#include "server/serverstore.h"
#include "server/snapshots.h"
#include "server/tlsidentity.h"
#include "sync/compression.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QUrlQuery>

#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace doudi::server {

using namespace doudi::core;

namespace {

Q_LOGGING_CATEGORY(lcApi, "doudi.server.api")

using Status_ = QHttpServerResponder::StatusCode;

// Tries of a push that PostgreSQL rolled back for a deadlock before the device is told to
// come back later (503).
constexpr int kPushAttempts = 3;

Status_ httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return Status_::BadRequest;
    case ErrorCode::WrongCredentials:
        return Status_::Unauthorized;
    case ErrorCode::NotAllowed:
        return Status_::Forbidden;
    case ErrorCode::NotFound:
        return Status_::NotFound;
    case ErrorCode::Busy:
        return Status_::ServiceUnavailable;
    case ErrorCode::Stale:
        return Status_::Conflict;
    case ErrorCode::Corrupt:
        return Status_::UnprocessableEntity; // a photo that arrived damaged (BlobStore)
    default:
        return Status_::InternalServerError;
    }
}

// `accepted`: the request's Accept-Encoding.
QHttpServerResponse json(const QJsonObject &body, Status_ status, const QByteArray &accepted = {})
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const compression::Coding coding = compression::choose(bytes.size(), accepted);
    QHttpServerResponse r(QByteArrayLiteral("application/json"), compression::encode(bytes, coding), status);
    if (coding != compression::Coding::Identity)
        r.setHeader(QByteArrayLiteral("Content-Encoding"), compression::token(coding));
    return r;
}

} // namespace

ApiServer::ApiServer(ServerStore &store, Durability &durability, QString county)
    : m_store(store), m_durability(durability), m_auth(store), m_county(std::move(county))
{
    using Method = QHttpServerRequest::Method;
    // Any version may ask which protocol the server speaks.
    route(QStringLiteral("/v1/status"), Method::Get, [this](const QHttpServerRequest &request) {
        count(request);
        QJsonObject o = status();
        o.insert(QStringLiteral("server_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return json(o, Status_::Ok);
    });
    route(QStringLiteral("/v1/enrol"), Method::Post, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &, const QByteArray &body) -> Result<QJsonObject> {
            Result<protocol::EnrolRequest> in = protocol::EnrolRequest::fromJson(body);
            if (!in)
                return in.error();
            return Enrolment::enrol(m_store, *in, m_county).transform(&protocol::EnrolResponse::toJson);
        });
    });
    route(QStringLiteral("/v1/signin"), Method::Post, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &r, const QByteArray &body) -> Result<QJsonObject> {
            Result<Caller> device = m_auth.device(r);
            if (!device)
                return device.error();
            Result<protocol::SignInRequest> in = protocol::SignInRequest::fromJson(body);
            if (!in)
                return in.error();
            return Enrolment::signIn(m_store, device->deviceId, *in).transform(&protocol::SignInResponse::toJson);
        });
    });
    route(QStringLiteral("/v1/push"), Method::Post, [this](const QHttpServerRequest &request) {
        return serveAfterDisk(request, [this](const QHttpServerRequest &r, const QByteArray &body) -> Result<Answer> {
            Result<Caller> caller = m_auth.user(r);
            if (!caller)
                return caller.error();
            const Result<qint64> seenBefore = seen(r, 0);
            if (!seenBefore)
                return seenBefore.error();
            Result<protocol::PushRequest> in = protocol::PushRequest::fromJson(body);
            if (!in)
                return in.error();
            // Two batches on the same records may deadlock (PostgreSQL rolls one back): again.
            Result<PushMerge::Applied> applied = PushMerge(m_store, *caller, m_county).apply(in->ops, *seenBefore);
            for (int attempt = 1; !applied && applied.error().code() == ErrorCode::Busy && attempt < kPushAttempts; ++attempt)
                applied = PushMerge(m_store, *caller, m_county).apply(in->ops, *seenBefore);
            if (!applied)
                return applied.error();
            // One ID number in two households: looked for once the batch is in (not in its
            // transaction: a push holds the change counter as briefly as it can). The batch is
            // in either way; a look that failed is logged, not the device's trouble.
            if (Status found = Duplicates(m_store).find(in->ops); !found)
                qCWarning(lcApi) << "duplicates not looked for after a push:" << Error::codeName(found.error().code());
            protocol::PushResponse answer = protocol::PushResponse::answering(
                in->ops, applied->results, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            answer.seq = applied->seq;
            return Answer{answer.toJson(), true}; // the batch committed without waiting for the disk
        });
    });
    route(QStringLiteral("/v1/pull"), Method::Get, [this](const QHttpServerRequest &request) {
        return serveAfterDisk(request, [this](const QHttpServerRequest &r, const QByteArray &) -> Result<Answer> {
            Result<Caller> caller = m_auth.user(r);
            if (!caller)
                return caller.error();
            const QUrlQuery query = r.query();
            bool sinceOk = false, limitOk = true;
            const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk);
            const QString limitText = query.queryItemValue(QStringLiteral("limit"));
            const int limit = limitText.isEmpty() ? protocol::kMaxChangesPerPull : limitText.toInt(&limitOk);
            if (!sinceOk || since < 0 || !limitOk)
                return Error(ErrorCode::InvalidInput, tr("A pull must name the change it continues from (since=N)."));
            const Result<qint64> seenBefore = seen(r, since);
            if (!seenBefore)
                return seenBefore.error();
            // The laptop's audit report is checked in the page's round trip.
            AuditHeads audit(m_store);
            const Result<QString> report = audit.statement(caller->deviceId, r.value("X-Doudi-Audit"));
            if (!report)
                return report.error();
            QList<QVariantList> reported;
            Result<protocol::PullResponse> page =
                PullFeed(m_store, *caller)
                    .page(since, limit, query.queryItemValue(QStringLiteral("rescan")) == QLatin1String("1"), *seenBefore,
                          *report, &reported);
            if (!page)
                return page.error();
            if (Status st = audit.conclude(reported.value(0)); !st)
                return st.error();
            // What it hands out may have been pushed a moment ago, not on disk yet.
            return Answer{page->toJson(), !page->changes.isEmpty() || !page->conflicts.isEmpty()};
        });
    });
    routeCountyData();
    routeBlobs();
    routeSnapshots();
    // One ID number in two households, in the caller's areas (either household's).
    route(QStringLiteral("/v1/duplicates"), Method::Get, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &r, const QByteArray &) -> Result<QJsonObject> {
            Result<Caller> caller = m_auth.user(r);
            if (!caller)
                return caller.error();
            return Duplicates(m_store).list(&*caller).transform(
                [](const QList<protocol::Duplicate> &list) { return protocol::DuplicateList{list}.toJson(); });
        });
    });
    // A device's key for USB bundles, given once (docs/sync-protocol.md §10): the county's in answer.
    route(QStringLiteral("/v1/device/key"), Method::Post, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &r, const QByteArray &body) -> Result<QJsonObject> {
            Result<Caller> device = m_auth.device(r);
            if (!device)
                return device.error();
            const QByteArray key = QJsonDocument::fromJson(body).object().value(QStringLiteral("key")).toString().toLatin1();
            if (Status st = ServerDevices(m_store).setBundleKey(device->deviceId, key); !st)
                return st.error();
            return QJsonObject{{QStringLiteral("county_key"), QString::fromLatin1(m_bundleKey)}};
        });
    });
}

namespace {

// ?size=N: the blob's size, as the caller's attachment record gives it.
Result<qint64> blobSize(const QHttpServerRequest &request)
{
    bool ok = false;
    const qint64 size = request.query().queryItemValue(QStringLiteral("size")).toLongLong(&ok);
    if (!ok || size < 1)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ApiServer", "Say the photo's size (size=N)."));
    return size;
}

} // namespace

void ApiServer::routeBlobs()
{
    using Method = QHttpServerRequest::Method;
    auto answer = [](const QString &sha256, const BlobStore::State &s) -> QJsonObject {
        return {{QStringLiteral("sha256"), sha256},
                {QStringLiteral("size"), double(s.size)},
                {QStringLiteral("received"), double(s.received)},
                {QStringLiteral("complete"), s.complete}};
    };
    // How much of a blob the county holds: where an upload goes on from.
    route(
        QStringLiteral("/v1/blobs/<arg>"), Method::Get, [this, answer](const QString &sha256, const QHttpServerRequest &request) {
            return serve(request, [this, answer, sha256](const QHttpServerRequest &r, const QByteArray &) -> Result<QJsonObject> {
                Result<Caller> caller = m_auth.user(r);
                if (!caller)
                    return caller.error();
                Result<qint64> size = blobSize(r);
                if (!size)
                    return size.error();
                return BlobStore(m_store, *caller).state(sha256, *size).transform([&](const BlobStore::State &s) {
                    return answer(sha256, s);
                });
            });
        });
    // The next chunk, at ?offset=N: the bytes as they are (a photo does not compress).
    route(QStringLiteral("/v1/blobs/<arg>"), Method::Post,
          [this, answer](const QString &sha256, const QHttpServerRequest &request) {
              return serve(
                  request, [this, answer, sha256](const QHttpServerRequest &r, const QByteArray &body) -> Result<QJsonObject> {
                      Result<Caller> caller = m_auth.user(r);
                      if (!caller)
                          return caller.error();
                      bool ok = false;
                      const qint64 offset = r.query().queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
                      if (!ok || offset < 0)
                          return Error(ErrorCode::InvalidInput, tr("A piece of a photo must say where it goes (offset=N)."));
                      Result<qint64> size = blobSize(r);
                      if (!size)
                          return size.error();
                      Result<BlobStore::State> s = BlobStore(m_store, *caller).append(sha256, *size, offset, body);
                      if (!s)
                          return s.error();
                      // BlobStore's commit waits for the disk, and a piece another process committed is
                      // seen only once it is on disk: no barrier is needed before the answer.
                      return answer(sha256, *s);
                  });
          });
    // The bytes of a complete blob, or the part a Range (bytes=A- or bytes=A-B) asks for.
    route(QStringLiteral("/v1/blobs/<arg>/data"), Method::Get, [this](const QString &sha256, const QHttpServerRequest &request) {
        Caller caller;
        if (std::optional<QHttpServerResponse> refused = admitUser(request, &caller))
            return std::move(*refused);
        Result<QPair<qint64, qint64>> range = byteRange(request, protocol::kMaxBlobBytes);
        if (!range)
            return failure(request, range.error());
        BlobStore::State state;
        Result<QByteArray> bytes = BlobStore(m_store, caller).read(sha256, range->first, range->second, &state);
        if (!bytes)
            return failure(request, bytes.error());
        return byteAnswer(request, *bytes, range->first, state.size);
    });
}

void ApiServer::routeSnapshots()
{
    using Method = QHttpServerRequest::Method;
    // The caller's snapshot (made when there is none recent enough): what to download.
    route(QStringLiteral("/v1/snapshot"), Method::Get, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &r, const QByteArray &) -> Result<QJsonObject> {
            Result<Caller> caller = m_auth.user(r);
            if (!caller)
                return caller.error();
            // The device gets these areas from now on: its pull from the snapshot's cursor is
            // not a change of areas.
            if (Result<bool> noted = PullFeed(m_store, *caller).noteScopes(); !noted)
                return noted.error();
            return Snapshots(m_store, *caller).current().transform(&protocol::SnapshotInfo::toJson);
        });
    });
    // Its bytes, a range at a time.
    route(QStringLiteral("/v1/snapshot/<arg>"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        Caller caller;
        if (std::optional<QHttpServerResponse> refused = admitUser(request, &caller))
            return std::move(*refused);
        if (request.value("Range").isEmpty()) // a range at a time: the laptop keeps each as it comes
            return failure(request, Error(ErrorCode::InvalidInput, tr("Ask for one range of bytes (bytes=A- or bytes=A-B).")));
        Result<QPair<qint64, qint64>> range = byteRange(request, std::numeric_limits<int>::max());
        if (!range)
            return failure(request, range.error());
        qint64 size = 0;
        Result<QByteArray> bytes = Snapshots(m_store, caller).read(id, range->first, range->second, &size);
        if (!bytes)
            return failure(request, bytes.error());
        return byteAnswer(request, *bytes, range->first, size);
    });
}

std::optional<QHttpServerResponse> ApiServer::admitUser(const QHttpServerRequest &request, Caller *caller)
{
    count(request);
    QByteArray ignored;
    if (std::optional<QHttpServerResponse> refused = admit(request, &ignored))
        return refused;
    Result<Caller> user = m_auth.user(request);
    if (!user)
        return failure(request, user.error());
    *caller = std::move(user).value();
    return std::nullopt;
}

Result<QPair<qint64, qint64>> ApiServer::byteRange(const QHttpServerRequest &request, qint64 whole)
{
    const QByteArray range = request.value("Range");
    if (range.isEmpty())
        return qMakePair(qint64(0), whole);
    static const QRegularExpression form(QStringLiteral("^bytes=(\\d{1,10})-(\\d{0,10})$"));
    const QRegularExpressionMatch m = form.match(QString::fromLatin1(range));
    if (!m.hasMatch())
        return Error(ErrorCode::InvalidInput, tr("Ask for one range of bytes (bytes=A- or bytes=A-B)."));
    const qint64 from = m.captured(1).toLongLong();
    const qint64 to = m.captured(2).isEmpty() ? whole : m.captured(2).toLongLong();
    if (to < from)
        return Error(ErrorCode::InvalidInput, tr("Ask for one range of bytes (bytes=A- or bytes=A-B)."));
    return qMakePair(from, to);
}

QHttpServerResponse ApiServer::byteAnswer(const QHttpServerRequest &request, const QByteArray &bytes, qint64 from, qint64 size)
{
    const bool part = !request.value("Range").isEmpty();
    QHttpServerResponse r(QByteArrayLiteral("application/octet-stream"), bytes, part ? Status_::PartialContent : Status_::Ok);
    r.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    if (part)
        r.setHeader(QByteArrayLiteral("Content-Range"),
                    QStringLiteral("bytes %1-%2/%3").arg(from).arg(from + bytes.size() - 1).arg(size).toLatin1());
    return r;
}

void ApiServer::routeCountyData()
{
    // What the county published for its laptops, the newest of a kind (policy, areas): a
    // laptop asks when a last pull page names another hash than the one it holds.
    route(QStringLiteral("/v1/county"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        return serve(request, [this](const QHttpServerRequest &r, const QByteArray &) -> Result<QJsonObject> {
            Result<Caller> caller = m_auth.user(r);
            if (!caller)
                return caller.error();
            const QString kind = r.query().queryItemValue(QStringLiteral("kind"));
            if (!protocol::CountyDocument::isKind(kind))
                return Error(ErrorCode::InvalidInput, tr("Ask for kind=policy or kind=areas."));
            Result<std::optional<protocol::CountyDocument>> newest = CountyData(m_store, m_county).newest(kind);
            if (!newest)
                return newest.error();
            if (!*newest)
                return Error(ErrorCode::NotFound, kind == QLatin1String("policy")
                                                      ? tr("The county has not published its policy yet.")
                                                      : tr("The county has not published its area list yet."));
            return (*newest)->toJson();
        });
    });
}

void ApiServer::enableBenchCounters()
{
    m_counting = true;
    route(QStringLiteral("/_bench/stats"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) {
        QJsonObject counts;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            counts.insert(it.key(), it.value());
        return json(QJsonObject{{QStringLiteral("reqStats"), counts}}, Status_::Ok);
    });
    route(QStringLiteral("/_bench/reset"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &) {
        m_requests.clear();
        return json(QJsonObject{{QStringLiteral("ok"), true}}, Status_::Ok);
    });
}

void ApiServer::count(const QHttpServerRequest &request)
{
    if (!m_counting)
        return;
    const QString method = request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    ++m_requests[method + u' ' + request.url().path()];
}

QHttpServerResponse ApiServer::failure(const QHttpServerRequest &request, const Error &error)
{
    return failure(request.value("Accept-Encoding"), error);
}

QHttpServerResponse ApiServer::failure(const QByteArray &accepted, const Error &error)
{
    return json(protocol::errorJson(Error::codeName(error.code()), error.message()), httpStatusOf(error.code()), accepted);
}

void ApiServer::route(const QString &path, QHttpServerRequest::Method method, const View &view)
{
    m_http.route(path, method, [this, view](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        give(request, std::move(responder), view(request));
    });
}

void ApiServer::route(const QString &path, QHttpServerRequest::Method method, const ViewOf &view)
{
    m_http.route(path, method,
                 [this, view](const QString &captured, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     give(request, std::move(responder), view(captured, request));
                 });
}

void ApiServer::give(const QHttpServerRequest &request, QHttpServerResponder &&responder, Reply &&reply)
{
    QTcpSocket *connection = responder.socket();
    const auto waiting = m_waiting.find(connection);
    if (!reply.awaitsDisk && waiting == m_waiting.end()) {
        reply.response.write(std::move(responder));
        return;
    }
    if (waiting == m_waiting.end())
        m_waiting.insert(connection, 1);
    else
        ++*waiting;
    struct Held
    {
        QHttpServerResponder responder;
        QHttpServerResponse response;
        QPointer<QTcpSocket> socket; // the responder's, which it does not watch
        QByteArray accepted;
    };
    auto held = std::make_shared<Held>(
        Held{std::move(responder), std::move(reply.response), connection, request.value("Accept-Encoding")});
    m_durability.after([this, held, connection](const Status &durable) {
        // Counted by the pointer alone: a connection that ended meanwhile is still counted down.
        if (const auto it = m_waiting.find(connection); it != m_waiting.end() && --*it == 0)
            m_waiting.remove(connection);
        if (!held->socket || held->socket->state() != QAbstractSocket::ConnectedState)
            return; // the device went away: it asks again, and what it sent is applied once
        if (durable)
            held->response.write(std::move(held->responder));
        else
            failure(held->accepted, durable.error()).write(std::move(held->responder));
    });
}

std::optional<QHttpServerResponse> ApiServer::admit(const QHttpServerRequest &request, QByteArray *body)
{
    const QByteArray accepted = request.value("Accept-Encoding");
    const QByteArray version = request.value("X-Doudi-Protocol");
    if (version != QByteArray::number(protocol::kVersion))
        return json(protocol::errorJson(QStringLiteral("upgrade"),
                                        tr("This version of Doudi is too old for the county server (protocol %1, the "
                                           "server speaks %2): please update Doudi.")
                                            .arg(QString::fromLatin1(version.isEmpty() ? QByteArray("?") : version))
                                            .arg(protocol::kVersion)),
                    Status_::UpgradeRequired, accepted);
    if (request.body().size() > kMaxCompressedBody)
        return json(protocol::errorJson(QStringLiteral("too_large"), tr("The request is too large.")), Status_::PayloadTooLarge,
                    accepted);
    Result<QByteArray> decoded = compression::decode(request.body(), request.value("Content-Encoding"), protocol::kMaxBodyBytes);
    if (!decoded) {
        const bool damaged = decoded.error().code() == ErrorCode::Corrupt;
        return json(protocol::errorJson(damaged ? QStringLiteral("invalid_input") : QStringLiteral("too_large"),
                                        decoded.error().message()),
                    damaged ? Status_::BadRequest : Status_::PayloadTooLarge, accepted);
    }
    *body = std::move(*decoded);
    return std::nullopt;
}

QHttpServerResponse ApiServer::serve(const QHttpServerRequest &request, const Handler &handler)
{
    return std::move(serveAfterDisk(request, [&handler](const QHttpServerRequest &r, const QByteArray &body) {
                         return handler(r, body).transform([](const QJsonObject &o) { return Answer{o}; });
                     }).response);
}

ApiServer::Reply ApiServer::serveAfterDisk(const QHttpServerRequest &request, const HandlerAfterDisk &handler)
{
    count(request);
    QByteArray body;
    if (std::optional<QHttpServerResponse> refused = admit(request, &body))
        return std::move(*refused);
    Result<Answer> out = handler(request, body);
    if (!out)
        return failure(request, out.error());
    QJsonObject o = out->body;
    o.insert(QStringLiteral("server_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return {json(o, Status_::Ok, request.value("Accept-Encoding")), out->awaitsDisk};
}

Result<qint64> ApiServer::seen(const QHttpServerRequest &request, qint64 since)
{
    const QByteArray header = request.value("X-Doudi-Cursor");
    bool ok = true;
    const qint64 cursor = header.isEmpty() ? 0 : header.toLongLong(&ok);
    if (!ok)
        return Error(ErrorCode::InvalidInput, tr("The device's sync position could not be read."));
    return qMax(since, cursor);
}

QJsonObject ApiServer::status() const
{
    return {{QStringLiteral("protocol_version"), protocol::kVersion},
            {QStringLiteral("county"), m_county},
            {QStringLiteral("schema_version"), m_store.schemaVersion()}};
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls, bool sharePort)
{
    // The county's key for USB bundles is its TLS key: laptops get its public half over TLS.
    Result<QByteArray> bundleKey = PublicKey::publicOfCertificate(tls.certificate().toPem());
    if (!bundleKey)
        return bundleKey.error();
    m_bundleKey = *bundleKey;
    const Error busy(
        ErrorCode::Busy,
        tr("The server cannot listen on %1:%2 (in use, or not an address of this machine).").arg(address.toString()).arg(port));
    // The listening socket is made here rather than by QHttpServer::listen, for two options:
    // SO_REUSEPORT, so that several serve processes of the same user share one port and the
    // kernel spreads connections over them (serve --processes), and TCP_NODELAY, which accepted
    // sockets inherit on Linux (a reply's headers and body go in separate writes, and the second
    // must not wait for the client's delayed ACK).
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return busy;
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (sharePort)
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_storage storage = {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        memcpy(&a->sin6_addr, &raw, sizeof raw);
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 1024) != 0) {
        ::close(fd);
        return busy;
    }
    auto *server = new QSslServer;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(tls.certificate());
    config.setPrivateKey(tls.key());
    server->setSslConfiguration(config);
    if (!server->setSocketDescriptor(fd)) {
        delete server;
        ::close(fd);
        return busy;
    }
    m_http.bind(server); // the HTTP server owns it from here
    return server->serverPort();
}

} // namespace doudi::server
