#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace doudi::core {

// A library Doudi is built on, as the About box lists them (issue 15): the
// version running where the library can say (Qt, SQLCipher, OpenSSL), otherwise the version
// built against; its licence as an SPDX expression; what Doudi uses it for.
struct LibraryInUse
{
    QString name;
    QString version;
    QString licence;
    QString use;
};

class Libraries
{
    Q_DECLARE_TR_FUNCTIONS(Libraries)
public:
    static QList<LibraryInUse> inUse();
    // Doudi's own licence, for the About box: an SPDX expression and a short notice.
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); }
    static QString licenceNotice();
};

} // namespace doudi::core
