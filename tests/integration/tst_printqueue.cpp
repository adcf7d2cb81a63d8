#include "i18n.h"
#include "services/documentservice.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace doudi;
using namespace doudi::core;

// Printing to a real CUPS queue: the test starts cupsd (no init system here) with a cups-pdf
// printer, prints a form through QPrinter as doudi does, and waits for the job to complete.
class TestPrintQueue : public QObject
{
    Q_OBJECT
    const QString m_queue = QStringLiteral("DoudiTest");
    bool m_startedCups = false;

    static QString run(const QString &program, const QStringList &args, int *rc = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(30000);
        if (rc)
            *rc = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }

    static bool cupsRunning()
    {
        // lpstat exits 0 either way: its words say whether the scheduler runs.
        return run(QStringLiteral("lpstat"), {QStringLiteral("-r")}).contains(QLatin1String("scheduler is running"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        if (!cupsRunning()) {
            QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/cupsd")), "cupsd is missing: run scripts/setup");
            QCOMPARE(QProcess::execute(QStringLiteral("/usr/sbin/cupsd"), {}), 0);
            m_startedCups = true;
            QTRY_VERIFY_WITH_TIMEOUT(cupsRunning(), 15000);
        }
        int rc = 0;
        const QString out = run(QStringLiteral("lpadmin"),
                                {QStringLiteral("-p"), m_queue, QStringLiteral("-v"), QStringLiteral("cups-pdf:/"),
                                 QStringLiteral("-m"), QStringLiteral("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"), QStringLiteral("-E")},
                                &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }

    void form_printsToACupsQueueAndTheJobCompletes()
    {
        const QString before =
            run(QStringLiteral("lpstat"), {QStringLiteral("-W"), QStringLiteral("completed"), QStringLiteral("-o"), m_queue});
        const auto sheet =
            DocumentService::recoverySheet(QStringLiteral("ABCD-EFGH-2345-6789-JKMN-PQRS"), QStringLiteral("wangfang"),
                                           QString::fromUtf8("南麻街道"), QDate(2026, 11, 27));
        QVERIFY(sheet.ok());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(m_queue);
        QVERIFY2(printer.isValid(), "Qt does not see the CUPS queue");
        printer.setDocName(QStringLiteral("doudi-print-test"));
        QVERIFY(FormDocument::paintAll({*sheet}, &printer).ok());
        // The job leaves the queue completed (cups-pdf wrote its PDF).
        QElapsedTimer waited;
        waited.start();
        QString after;
        while (waited.elapsed() < 60000) {
            after =
                run(QStringLiteral("lpstat"), {QStringLiteral("-W"), QStringLiteral("completed"), QStringLiteral("-o"), m_queue});
            if (after.count(u'\n') > before.count(u'\n'))
                break;
            QTest::qWait(250);
        }
        QVERIFY2(after.count(u'\n') > before.count(u'\n'), qPrintable(QStringLiteral("no completed job: ") + after +
                                                                      run(QStringLiteral("lpstat"), {QStringLiteral("-o")})));
        const QString pending = run(QStringLiteral("lpstat"), {QStringLiteral("-o"), m_queue});
        QVERIFY2(pending.trimmed().isEmpty(), qPrintable(pending));
        // cups-pdf's output: one A4 page (its text is Ghostscript's, so only the page is checked).
        QString written;
        for (const QString &dir : {QDir::homePath() + QStringLiteral("/PDF"), QStringLiteral("/var/spool/cups-pdf")}) {
            QDirIterator it(dir, {QStringLiteral("doudi-print-test*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                written = it.next();
        }
        QVERIFY2(!written.isEmpty(), "cups-pdf wrote no file");
        const QString info = run(QStringLiteral("pdfinfo"), {written});
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch() &&
                     info.contains(QStringLiteral("(A4)")),
                 qPrintable(info));
        QFile::remove(written);
    }

    void cleanupTestCase()
    {
        run(QStringLiteral("lpadmin"), {QStringLiteral("-x"), m_queue});
        if (m_startedCups) {
            QFile pid(QStringLiteral("/run/cups/cupsd.pid"));
            if (pid.open(QIODevice::ReadOnly))
                QProcess::execute(QStringLiteral("kill"), {QString::fromLatin1(pid.readAll().trimmed())});
        }
    }
};

QTEST_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
