#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace doudi::core {
class FormDocument;
}

namespace doudi::ui {

// Shows forms in a print preview (QPrintPreviewDialog): print to any printer from there, or
// save as PDF (unless allowSave is false: a sheet holding a secret is only printed). Several
// forms preview and print as one job.
// With issue, the forms shown are unnumbered drafts: printing or saving first calls issue
// (once) and prints or saves what it returns, so a number is taken only for a real printout.
using IssueForms = std::function<core::Result<QList<core::FormDocument>>()>;
void previewForms(QWidget *parent, const QList<core::FormDocument> &forms, const QString &title, bool allowSave = true,
                  const IssueForms &issue = {});
// Asks for a printer (QPrintDialog) and prints the forms there as one job, on a worker thread
// with a progress bar and Cancel; for long batches, where a preview would take too long.
bool printForms(QWidget *parent, const QList<core::FormDocument> &forms, const QString &title);
// Warns that the PDF holds personal data (DESIGN §5), asks for a file name and writes the
// forms as one PDF; false if cancelled or not written (the reason then shown to the person).
bool saveFormsAsPdf(QWidget *parent, const QList<core::FormDocument> &forms, const QString &suggestedName, bool warn = true);
// Before painting on a printer the print dialog set to print to a file (打印到文件): the same
// personal-data warning as saving as PDF, and the file made readable by its owner only (the
// printer writes into it and keeps that). False, with the reason shown, if it must not print:
// warning declined, the file cannot be made, or allowSave is false (a sheet holding a secret).
// True at once for a real printer.
bool preparePrintToFile(QWidget *parent, QPrinter &printer, bool allowSave = true);

} // namespace doudi::ui
