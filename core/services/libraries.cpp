#include "services/libraries.h"

#include "spreadsheet/spreadsheetreader.h"
#include "spreadsheet/spreadsheetwriter.h"
#include "storage/sqlcipherdriver.h"

#include <openssl/crypto.h>

namespace doudi::core {

QList<LibraryInUse> Libraries::inUse()
{
    // The versions without a run-time query come from the build (core/services/CMakeLists.txt).
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         tr("windows, printing, network, database access")},
        {QStringLiteral("SQLCipher"),
         tr("%1 (SQLite %2)").arg(SqlCipherDriver::cipherVersion(), SqlCipherDriver::sqliteVersion()),
         QStringLiteral("BSD-3-Clause"), tr("the encrypted profile")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), QStringLiteral("Apache-2.0"),
         tr("encryption, TLS, signatures")},
        {QStringLiteral("libargon2"), QStringLiteral(DOUDI_ARGON2_VERSION), QStringLiteral("CC0-1.0 OR Apache-2.0"),
         tr("deriving keys from passwords")},
        {QStringLiteral("libpwquality"), QStringLiteral(DOUDI_PWQUALITY_VERSION),
         QStringLiteral("BSD-3-Clause OR GPL-2.0-or-later"), tr("checking that passwords are strong")},
        {QStringLiteral("QtKeychain"), QStringLiteral(DOUDI_QTKEYCHAIN_VERSION), QStringLiteral("BSD-2-Clause"),
         tr("keeping the laptop's server credential in the desktop keychain")},
        {QStringLiteral("libqrencode"), QStringLiteral(DOUDI_QRENCODE_VERSION), QStringLiteral("LGPL-2.1-or-later"),
         tr("QR codes on printed forms")},
        {QStringLiteral("zlib"), QStringLiteral(DOUDI_ZLIB_VERSION), QStringLiteral("Zlib"), tr("compressing sync data")},
        {QStringLiteral("liblzma (XZ Utils)"), QStringLiteral(DOUDI_LZMA_VERSION), QStringLiteral("0BSD"),
         tr("compressing sync data")},
        {QStringLiteral("minizip"), QStringLiteral(DOUDI_MINIZIP_VERSION), QStringLiteral("Zlib"), tr("reading .xlsx rosters")},
        {QStringLiteral("FreeXL"), SpreadsheetReader::freexlVersion(),
         QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"), tr("reading .xls rosters")},
        {QStringLiteral("libxlsxwriter"), SpreadsheetWriter::libraryVersion(), QStringLiteral("BSD-2-Clause"),
         tr("writing lists and reports as .xlsx")},
    };
}

QString Libraries::licenceNotice()
{
    return tr("Doudi is free software: you can redistribute it and/or modify it under the terms of the GNU "
              "General Public License as published by the Free Software Foundation, either version 3 of the "
              "License, or (at your option) any later version. It is distributed in the hope that it will be "
              "useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or "
              "FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.");
}

} // namespace doudi::core
