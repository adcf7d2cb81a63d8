#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>

namespace doudi::server {

class ServerStore;
class TlsIdentity;

// The HTTPS face of the server: the routes of docs/sync-protocol.md. Every answer is JSON
// and carries the server's time and protocol version.
class ApiServer
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
public:
    static constexpr int kProtocolVersion = 1;

    ApiServer(ServerStore &store, QString county);
    // Starts listening with TLS; the port actually bound (port 0 picks a free one).
    core::Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsIdentity &tls);

private:
    QJsonObject status() const;

    ServerStore &m_store;
    QString m_county;
    QHttpServer m_http;
};

} // namespace doudi::server
