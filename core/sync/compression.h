#pragma once

#include "common/result.h"

#include <QByteArray>

namespace doudi::core {

// Sync bodies, compressed both ways (docs/sync-protocol.md §1): "xz" (LZMA2 in the .xz
// format) for large bodies, "deflate" (zlib, RFC 1950) for small ones, as is below 1 KB.
// Decoding stops at a limit, so a small compressed body cannot expand into gigabytes (a bomb)
// on either side.
namespace compression {

enum class Coding
{
    Identity,
    Deflate,
    Xz
};

// The Content-Encoding token of a coding ("" for identity).
QByteArray token(Coding coding);

// How a body of `size` bytes goes to a receiver whose Accept-Encoding is `accepted`.
Coding choose(qsizetype size, const QByteArray &accepted);
// What a sender offers in its own Accept-Encoding.
QByteArray accepted();

QByteArray encode(const QByteArray &data, Coding coding);
// A body as sent with Content-Encoding `token`; a token none of the three is "could not be read".
Result<QByteArray> decode(const QByteArray &data, const QByteArray &token, qsizetype maxBytes);

QByteArray deflate(const QByteArray &data);
Result<QByteArray> inflate(const QByteArray &data, qsizetype maxBytes);
QByteArray xz(const QByteArray &data);
Result<QByteArray> unxz(const QByteArray &data, qsizetype maxBytes);

} // namespace compression
} // namespace doudi::core
