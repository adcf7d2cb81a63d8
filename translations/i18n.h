#pragma once

#include <QString>

class QTranslator;

namespace doudi {

// Installs the translation for language ("zh_CN", "en"), or when empty for DOUDI_LANG or
// the system locale. Chinese is the default: a C/POSIX locale (servers, CI) gets zh_CN.
// Returns the language in force.
QString installTranslations(const QString &language = {});

// While alive, translations on this thread come from this language (official forms are
// filled in simplified Chinese whatever the screen's language). Nothing is installed or
// removed: one translator, installed when the application starts, answers from the language a
// ScopedLanguage set for the calling thread. So no LanguageChange reaches the widgets, and a
// form made on a worker thread leaves the screen's strings alone. Nests.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    const QTranslator *m_previous = nullptr;
};

} // namespace doudi
