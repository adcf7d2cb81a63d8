#include "server/apiserver.h"

#include "server/serverstore.h"
#include "server/tlsidentity.h"

#include <QDateTime>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

ApiServer::ApiServer(ServerStore &store, QString county) : m_store(store), m_county(std::move(county))
{
    m_http.route(QStringLiteral("/v1/status"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &) { return QHttpServerResponse(status()); });
}

QJsonObject ApiServer::status() const
{
    return {{QStringLiteral("protocol_version"), kProtocolVersion},
            {QStringLiteral("county"), m_county},
            {QStringLiteral("server_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("schema_version"), m_store.schemaVersion()}};
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls)
{
    m_http.sslSetup(tls.certificate(), tls.key());
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return Error(ErrorCode::Busy, tr("The server cannot listen on %1:%2 (in use, or not an address of this machine).")
                                          .arg(address.toString())
                                          .arg(port));
    return bound;
}

} // namespace doudi::server
