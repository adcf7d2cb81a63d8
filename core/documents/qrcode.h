#pragma once

#include <QByteArray>
#include <QImage>

namespace doudi::core {

// A QR code (libqrencode, error correction M) as a black-and-white image, each module
// moduleSize pixels with a four-module quiet zone. Null when the text does not fit.
QImage qrCode(const QByteArray &text, int moduleSize = 8);

} // namespace doudi::core
