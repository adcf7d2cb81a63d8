#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace doudi::core {

// How sync messages reach the county: HTTPS (HttpsTransport) or, for tests, anything else.
// A request is a path and, for POST, a JSON body; the reply its HTTP status and body.
class SyncTransport
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    struct Counters
    {
        qint64 requests = 0;
        qint64 bytesUp = 0;   // as sent (compressed)
        qint64 bytesDown = 0; // as received (compressed)
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    virtual ~SyncTransport() = default;
    // An empty body is a GET. A transport error (no connection, a reset, a timeout) is an
    // error; an HTTP error status is a reply.
    virtual Result<Reply> request(const QString &path, const QByteArray &body, const Headers &headers) = 0;
    // Starts a GET of path now; the request() for the same path and headers that follows takes
    // its reply. A pull asks for its next page so before it writes this one, and the two
    // overlap (issue 11). A transport that cannot does nothing: the request() goes as usual.
    virtual void prefetch(const QString &path, const Headers &headers)
    {
        Q_UNUSED(path);
        Q_UNUSED(headers);
    }
    virtual Counters counters() const = 0;
};

} // namespace doudi::core
