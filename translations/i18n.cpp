#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace doudi {

namespace {
QString &current()
{
    static QString language = QStringLiteral("en"); // the source strings, until one is installed
    return language;
}
} // namespace

QString installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("DOUDI_LANG");
    if (lang.isEmpty()) {
        const QLocale system;
        lang = system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    }
    static QTranslator translator;
    static QTranslator qtTranslator; // Qt's own buttons and dialogs (package qt6-translations-l10n)
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
    if (lang.startsWith(QLatin1String("en"))) {
        current() = QStringLiteral("en");
        return current(); // the source strings are English
    }
    if (translator.load(QStringLiteral(":/i18n/doudi_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    current() = lang;
    return lang;
}

ScopedLanguage::ScopedLanguage(const QString &language)
{
    if (language == current())
        return;
    auto *translator = new QTranslator;
    if (translator->load(QStringLiteral(":/i18n/doudi_") + language + QStringLiteral(".qm"))
        && QCoreApplication::installTranslator(translator))
        m_translator = translator;
    else
        delete translator;
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
}

} // namespace doudi
