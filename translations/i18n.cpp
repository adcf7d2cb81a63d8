#include "i18n.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace doudi {

namespace {

// The translator a ScopedLanguage chose for this thread; none outside one.
thread_local const QTranslator *t_language = nullptr;

// The source strings are English: "en" answers with them, so that an English form can be made
// under a Chinese screen.
class SourceText : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override { return QString::fromUtf8(source); }
    bool isEmpty() const override { return false; }
};

// Installed once, searched first: it answers from this thread's ScopedLanguage, and with nothing
// (so the screen's translation answers) elsewhere.
class ThreadLanguage : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        return t_language ? t_language->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
};

ThreadLanguage &threadLanguage()
{
    static ThreadLanguage translator;
    return translator;
}

// Searched before the screen's translators, which are installed after it (installTranslations
// puts it back in front).
void installThreadLanguage()
{
    QCoreApplication::removeTranslator(&threadLanguage());
    QCoreApplication::installTranslator(&threadLanguage());
}
// At the start of every program that links this, before any widget exists to be told.
Q_COREAPP_STARTUP_FUNCTION(installThreadLanguage)

// Each language's translation, loaded once and kept for the life of the program; null for a
// language without one.
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        std::shared_ptr<QTranslator> t;
        if (language.startsWith(QLatin1String("en"))) {
            t = std::make_shared<SourceText>();
        } else {
            t = std::make_shared<QTranslator>();
            if (!t->load(QStringLiteral(":/i18n/doudi_") + language + QStringLiteral(".qm")))
                t.reset();
        }
        it = loaded.insert(language, t);
    }
    return it->get();
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
    if (lang.startsWith(QLatin1String("en")))
        return QStringLiteral("en"); // the source strings are English
    if (translator.load(QStringLiteral(":/i18n/doudi_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    installThreadLanguage();
    return lang;
}

ScopedLanguage::ScopedLanguage(const QString &language) : m_previous(t_language)
{
    if (const QTranslator *t = translatorFor(language))
        t_language = t;
}

ScopedLanguage::~ScopedLanguage()
{
    t_language = m_previous;
}

} // namespace doudi
