// Official forms are filled in simplified Chinese whatever the screen's language
// (ScopedLanguage). Issue 17: it installed a translator for each form, and every widget was
// sent LanguageChange twice; on a worker thread it changed the screen's strings meanwhile.
#include "i18n.h"

#include <QApplication>
#include <QEvent>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QWidget>

using namespace doudi;

namespace {
QString stopping()
{
    return QCoreApplication::translate("doudi::ui::BackgroundTask", "Stopping…");
}
const QString kChinese = QStringLiteral("正在停止…");
const QString kEnglish = QStringLiteral("Stopping…");

class Counting : public QWidget
{
public:
    int languageChanges = 0;

protected:
    void changeEvent(QEvent *e) override
    {
        if (e->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(e);
    }
};
} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void scopedLanguage_changesThisThreadsStrings_andTellsNoWidget()
    {
        Counting window;
        window.show();
        QCoreApplication::processEvents();
        window.languageChanges = 0;
        QCOMPARE(stopping(), kEnglish);
        {
            const ScopedLanguage chinese(QStringLiteral("zh_CN"));
            QCOMPARE(stopping(), kChinese);
            {
                const ScopedLanguage english(QStringLiteral("en")); // nests
                QCOMPARE(stopping(), kEnglish);
            }
            QCOMPARE(stopping(), kChinese);
        }
        QCOMPARE(stopping(), kEnglish);
        QCoreApplication::processEvents();
        QCOMPARE(window.languageChanges, 0);
    }

    void scopedLanguage_onAWorker_leavesTheScreenAlone()
    {
        QSemaphore inside, done;
        QString seenByWorker;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            const ScopedLanguage chinese(QStringLiteral("zh_CN"));
            seenByWorker = stopping();
            inside.release();
            done.acquire(); // holds its language while the screen's thread translates
        }));
        worker->start();
        inside.acquire();
        QCOMPARE(stopping(), kEnglish);
        done.release();
        QVERIFY(worker->wait(10000));
        QCOMPARE(seenByWorker, kChinese);
    }

    void screenInChinese_formInChinese_andBackToEnglish()
    {
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(stopping(), kChinese);
        {
            const ScopedLanguage english(QStringLiteral("en"));
            QCOMPARE(stopping(), kEnglish);
        }
        installTranslations(QStringLiteral("en"));
        QCOMPARE(stopping(), kEnglish);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
