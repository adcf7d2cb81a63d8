#include "sync/compression.h"

#include <QCoreApplication>

#include <zlib.h>

namespace doudi::core::compression {

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    // Level 9: JSON of records shrinks 5–10 times; 9 takes about 5 % off what 6 left, for
    // 0.1 s per 3 MB of JSON (issue 11: on a rural link a byte is worth far more).
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                  uLong(data.size()), 9)
        != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

Result<QByteArray> inflate(const QByteArray &data, qsizetype maxBytes)
{
    // Damaged (Corrupt) apart from too large (InvalidInput): the server answers 400 and 413.
    const Error bad(ErrorCode::Corrupt,
                    QCoreApplication::translate("doudi::core::compression", "A compressed sync message could not be read."));
    z_stream z = {};
    if (inflateInit(&z) != Z_OK)
        return bad;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (out.size() >= maxBytes) {
            inflateEnd(&z);
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("doudi::core::compression", "A sync message is too large."));
        }
        const qsizetype chunk = qMin<qsizetype>(256 * 1024, maxBytes - out.size() + 1);
        const qsizetype at = out.size();
        out.resize(at + chunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + at);
        z.avail_out = uInt(chunk);
        rc = ::inflate(&z, Z_NO_FLUSH);
        out.resize(at + chunk - qsizetype(z.avail_out));
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break; // input ended before the stream did
    }
    // Bytes after the end of the stream make the body malformed, not ignorable (fuzzing, issue
    // 11: "{}" deflated and followed by anything was taken as "{}").
    const bool trailing = rc == Z_STREAM_END && z.avail_in != 0;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || trailing)
        return bad;
    if (out.size() > maxBytes)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("doudi::core::compression", "A sync message is too large."));
    return out;
}

} // namespace doudi::core::compression
