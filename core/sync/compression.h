#pragma once

#include "common/result.h"

#include <QByteArray>

namespace doudi::core {

// HTTP "deflate" bodies (zlib format, RFC 1950) both ways. Inflating stops at a limit, so a
// small compressed body cannot expand into gigabytes (a zip bomb) on either side.
namespace compression {

QByteArray deflate(const QByteArray &data);
Result<QByteArray> inflate(const QByteArray &data, qsizetype maxBytes);

} // namespace compression
} // namespace doudi::core
