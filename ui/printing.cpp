#include "ui/printing.h"
#include "ui/screenfit.h"

#include "documents/formdocument.h"
#include "ui/backgroundtask.h"
#include "ui/messagebox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

#include <optional>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::ui", text); // the context lupdate gives this namespace-level tr()
}

// DESIGN §5: an exported PDF is written only after a warning that it holds personal data.
bool personalDataMayLeave(QWidget *parent)
{
    return MessageBox::ask(parent, tr("Save as PDF"),
                           tr("The PDF holds personal data (ID numbers, incomes, health) and is not encrypted. Save it "
                              "only where others cannot read it, and delete it once printed. Save it?"));
}

bool printsToFile(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
}

// Creates the file (or empties one that is there) readable by this user only: the printer then
// writes into it and its permissions stay.
Status makePrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner) ||
        !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}
} // namespace

bool preparePrintToFile(QWidget *parent, QPrinter &printer, bool allowSave)
{
    if (!printsToFile(printer))
        return true;
    if (!allowSave) {
        MessageBox::warn(parent, tr("Print to file"),
                         tr("This sheet is only printed on paper, never written to a file: choose a printer."));
        return false;
    }
    if (!personalDataMayLeave(parent))
        return false;
    if (Status st = makePrivateFile(printer.outputFileName()); !st) {
        MessageBox::warn(parent, tr("Print to file"), st.error().message());
        return false;
    }
    return true;
}

void previewForms(QWidget *parent, const QList<FormDocument> &forms, const QString &title, bool allowSave,
                  const IssueForms &issue)
{
    if (forms.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(forms.first().pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview: %1").arg(title));
    std::optional<Result<QList<FormDocument>>> issued;
    const auto final = [&]() -> Result<QList<FormDocument>> {
        if (!issue)
            return forms;
        if (!issued)
            issued = issue();
        return *issued;
    };
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *p) {
        // The preview paints into pictures; anything else is a real print run.
        const bool previewing = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Picture;
        // 打印到文件 is a PDF like 另存为 PDF: the same warning first, the same private file.
        if (!previewing && !preparePrintToFile(&preview, *p, allowSave))
            return; // nothing painted: no file is written and no number taken
        const Result<QList<FormDocument>> toPaint = previewing ? Result<QList<FormDocument>>(forms) : final();
        Status st = toPaint ? FormDocument::paintAll(*toPaint, p) : Status(toPaint.error());
        if (!st) {
            p->abort();
            QMessageBox::warning(&preview, title, st.error().message());
        }
        if (!previewing && printsToFile(*p))
            QFile::setPermissions(p->outputFileName(), QFile::ReadOwner | QFile::WriteOwner);
    });
    // Saving as PDF beside printing: the toolbar's own button writes the same PDF Doudi checks.
    if (auto *toolbar = allowSave ? preview.findChild<QToolBar *>() : nullptr) {
        toolbar->addSeparator();
        QAction *save = toolbar->addAction(tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        QObject::connect(save, &QAction::triggered, &preview, [&preview, final, title] {
            if (!personalDataMayLeave(&preview))
                return; // asked before a number is taken
            const Result<QList<FormDocument>> toSave = final();
            if (toSave)
                saveFormsAsPdf(&preview, *toSave, title, false);
            else
                QMessageBox::warning(&preview, title, toSave.error().message());
        });
    }
    fitToScreen(&preview, QSize(1000, 760));
    preview.exec();
}

bool printForms(QWidget *parent, const QList<FormDocument> &forms, const QString &title)
{
    if (forms.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(forms.first().pageLayout());
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted || !preparePrintToFile(parent, printer))
        return false;
    Status printed;
    // QPainter may paint on a printer from another thread (Qt's threading rules allow it).
    runInBackground(parent, tr("Printing %1…").arg(title), [&](TaskProgress &progress) {
        printed = FormDocument::paintAll(forms, &printer, [&](int done, int total) {
            progress.report(done, total);
            return !progress.cancelled();
        });
    });
    if (!printed && printed.error().code() != ErrorCode::Cancelled)
        QMessageBox::warning(parent, title, printed.error().message());
    if (printsToFile(printer))
        QFile::setPermissions(printer.outputFileName(), QFile::ReadOwner | QFile::WriteOwner);
    return printed.ok();
}

bool saveFormsAsPdf(QWidget *parent, const QList<FormDocument> &forms, const QString &suggestedName, bool warn)
{
    if (warn && !personalDataMayLeave(parent))
        return false;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(dir).exists())
        dir = QDir::homePath();
    QString file = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), dir + u'/' + suggestedName + QStringLiteral(".pdf"),
                                                tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return false;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    Result<QByteArray> pdf = Error(ErrorCode::Internal, QString());
    runInBackground(parent, tr("Writing the PDF…"), [&](TaskProgress &progress) {
        pdf = FormDocument::pdfOfAll(forms, suggestedName, [&](int done, int total) {
            progress.report(done, total);
            return !progress.cancelled();
        });
    });
    if (!pdf) {
        if (pdf.error().code() != ErrorCode::Cancelled)
            QMessageBox::warning(parent, tr("Save as PDF"), pdf.error().message());
        return false;
    }
    QFile f(file);
    // Readable by this user only, from the moment it is made: the file holds personal data.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner) ||
        !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(*pdf) != pdf->size()) {
        QMessageBox::warning(parent, tr("Save as PDF"), tr("Cannot write %1: %2").arg(file, f.errorString()));
        return false;
    }
    return true;
}

} // namespace doudi::ui
