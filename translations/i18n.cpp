#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace doudi {

QString installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("DOUDI_LANG");
    if (lang.isEmpty()) {
        const QLocale system;
        lang = system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    }
    if (lang.startsWith(QLatin1String("en")))
        return QStringLiteral("en"); // the source strings are English
    static QTranslator translator;
    static QTranslator qtTranslator; // Qt's own buttons and dialogs (package qt6-translations-l10n)
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
    if (translator.load(QStringLiteral(":/i18n/doudi_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    return lang;
}

} // namespace doudi
