#pragma once

#include <QString>

class QTranslator;

namespace doudi {

// Installs the translation for language ("zh_CN", "en"), or when empty for DOUDI_LANG or
// the system locale. Chinese is the default: a C/POSIX locale (servers, CI) gets zh_CN.
// Returns the language in force.
QString installTranslations(const QString &language = {});

// While alive, translations come from this language (e.g. official forms are filled in
// simplified Chinese whatever the screen's language). Nothing happens when it is already the
// language in force. Use on the UI thread.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QTranslator *m_translator = nullptr;
};

} // namespace doudi
