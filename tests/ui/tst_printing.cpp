#include "documents/formdocument.h"
#include "ui/messagebox.h"
#include "ui/printing.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace doudi;
using namespace doudi::core;

// 打印到文件 — the print dialog's "print to a file" — writes a PDF like 另存为 PDF does: after
// the same warning that it holds personal data, readable by its owner only (DESIGN §5), and
// never for a sheet that holds a secret.
class TestPrinting : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_messages;

    static FormDocument notice()
    {
        return FormDocument(
            QStringLiteral(
                "<p align=\"center\" class=\"title\">社会救助确认通知书</p><p>张桂英（身份证号：11010519491231002X）：</p>"),
            QImage(), QPageLayout::Portrait, QStringLiteral("notice"));
    }

    static bool privateFile(const QString &path)
    {
        return (QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) ==
               QFile::Permissions();
    }

    static QString text(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    template <typename T> std::unique_ptr<QTimer> whenShown(const std::function<void(T *)> &look)
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(20);
        QTimer *t = timer.get();
        connect(t, &QTimer::timeout, this, [t, look] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                    t->stop();
                    look(dialog);
                    if (dialog->isVisible())
                        dialog->reject();
                    return;
                }
            }
        });
        t->start();
        return timer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        umask(022); // what a desktop session has: a file made the ordinary way would be 0644
        ui::MessageBox::setMessageSink(&m_messages);
    }

    void printToFile_warnsThenWritesAFileOnlyItsOwnerReads()
    {
        const QString path = m_tmp.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        ui::MessageBox::setNextAnswer(true);
        QVERIFY(ui::preparePrintToFile(nullptr, printer));
        QVERIFY(FormDocument::paintAll({notice()}, &printer).ok());
        QVERIFY(QFile::exists(path));
        QVERIFY2(privateFile(path), qPrintable(QString::number(int(QFile::permissions(path)), 16)));
        QVERIFY(text(path).contains(QStringLiteral("社会救助确认通知书")));
    }

    void printToFile_overAnOpenFileMakesItPrivate()
    {
        const QString path = m_tmp.filePath(QStringLiteral("old.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(!privateFile(path));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        ui::MessageBox::setNextAnswer(true);
        QVERIFY(ui::preparePrintToFile(nullptr, printer));
        QVERIFY(privateFile(path)); // before a byte of the form is written
        QVERIFY(FormDocument::paintAll({notice()}, &printer).ok());
        QVERIFY(privateFile(path));
    }

    void printToFile_declinedWritesNothing()
    {
        const QString path = m_tmp.filePath(QStringLiteral("declined.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        ui::MessageBox::setNextAnswer(false);
        QVERIFY(!ui::preparePrintToFile(nullptr, printer));
        QVERIFY(!QFile::exists(path));
    }

    void printToFile_ofASheetHoldingASecretIsRefused()
    {
        const QString path = m_tmp.filePath(QStringLiteral("secret.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        m_messages.clear();
        QVERIFY(!ui::preparePrintToFile(nullptr, printer, false));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_messages.size(), 1);
    }

    void realPrinter_isNotAsked()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat); // to a device, not a named file
        QVERIFY(ui::preparePrintToFile(nullptr, printer, false));
    }

    // The whole way, as a person goes: preview, 打印, a file name; with no printer installed,
    // Qt's preview prints to a PDF file.
    void previewPrintedToAFile_isPrivateAndWarnedAbout()
    {
        if (!QPrinterInfo::availablePrinterNames().isEmpty())
            QSKIP("a print queue is installed: the preview would print to it");
        const QString path = m_tmp.filePath(QStringLiteral("from-preview.pdf"));
        const auto printFromPreview = [&](bool answer) {
            bool printed = false;
            auto preview = whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
                QTRY_VERIFY(dialog->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
                QAction *print = nullptr;
                for (QAction *a : dialog->findChildren<QAction *>()) {
                    if (a->text() == QCoreApplication::translate("QPrintPreviewDialog", "Print"))
                        print = a;
                }
                QVERIFY(print);
                // Qt asks where with its print dialog ("print to file", the only choice without a
                // queue), or on some platforms with a file dialog.
                auto printDialog = whenShown<QPrintDialog>([&](QPrintDialog *d) {
                    QLineEdit *name = d->findChild<QLineEdit *>(QStringLiteral("filename"));
                    QVERIFY(name);
                    name->setText(path);
                    d->accept();
                });
                auto file = whenShown<QFileDialog>([&](QFileDialog *f) {
                    f->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
                    static_cast<QDialog *>(f)->accept();
                });
                ui::MessageBox::setNextAnswer(answer); // the personal-data warning
                print->trigger();
                printed = true;
            });
            ui::previewForms(nullptr, {notice()}, QStringLiteral("notice"));
            return printed;
        };
        // Warned, and declined: nothing is written.
        QVERIFY(printFromPreview(false));
        QVERIFY(!QFile::exists(path));
        // Warned, and agreed: the file, its owner's only.
        QVERIFY(printFromPreview(true));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY2(privateFile(path), qPrintable(QString::number(int(QFile::permissions(path)), 16)));
        QVERIFY(text(path).contains(QStringLiteral("张桂英")));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
