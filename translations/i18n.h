#pragma once

#include <QString>

namespace doudi {

// Installs the translation for language ("zh_CN", "en"), or when empty for DOUDI_LANG or
// the system locale. Chinese is the default: a C/POSIX locale (servers, CI) gets zh_CN.
// Returns the language in force.
QString installTranslations(const QString &language = {});

} // namespace doudi
