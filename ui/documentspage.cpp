#include "ui/documentspage.h"
#include "services/profileservice.h"
#include "ui/backgroundtask.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/printing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

DocumentsPage::DocumentsPage(Session &session, DocumentService &documents, QWidget *parent)
    : QWidget(parent), m_session(session), m_documents(documents),
      m_table(
          makeListTable({tr("Number"), tr("Document"), tr("Household or township"), tr("Printed"), tr("By"), tr("Reprints")})),
      m_message(new QLabel), m_reprint(new QPushButton(tr("&Reprint…")))
{
    auto *title = new QLabel(tr("Printing"));
    setTextRole(title, TextRole::PageTitle);
    auto *intro = new QLabel(tr("Forms are printed from each household's applications (Print… on the household page). Here: "
                                "every document printed on this device, reprints, checking a printout, and a township's "
                                "documents for a month in one go."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("documents"));
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_reprint->setEnabled(false);
    m_reprint->setToolTip(tr("Print the selected document again under its number, marked 补打 (reprint)."));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_reprint->setEnabled(m_table->currentRow() >= 0); });
    connect(m_reprint, &QPushButton::clicked, this, &DocumentsPage::reprintSelected);
    auto *verifyButton = new QPushButton(tr("&Check a printout…"));
    verifyButton->setObjectName(QStringLiteral("verify"));
    verifyButton->setToolTip(tr("Type the number and check code printed under a document's title to see whether it is "
                                "genuine and unaltered."));
    connect(verifyButton, &QPushButton::clicked, this, &DocumentsPage::askToVerify);
    auto *month = new QPushButton(tr("Print a &month's documents…"));
    month->setObjectName(QStringLiteral("printMonth"));
    month->setToolTip(tr("Every notice and form of the applications a township decided in a month, and its public "
                         "notices, as one print job."));
    connect(month, &QPushButton::clicked, this, &DocumentsPage::askForMonth);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addWidget(verifyButton);
    buttons->addWidget(month);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

void DocumentsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void DocumentsPage::refresh()
{
    const Result<QList<DocumentRecord>> list = m_documents.list();
    m_records = list.valueOr(QList<DocumentRecord>());
    if (!list)
        m_message->setText(list.error().message());
    m_table->setRowCount(int(m_records.size()));
    for (int r = 0; r < m_records.size(); ++r) {
        const DocumentRecord &d = m_records[r];
        const FormSpec *spec = Forms::find(d.form);
        const QString who = d.content.value(QStringLiteral("head_name")).toString();
        const QStringList cells = {d.number,
                                   spec ? Forms::title(*spec) : d.form,
                                   who.isEmpty() ? d.content.value(QStringLiteral("township")).toString() : who,
                                   d.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   d.user,
                                   QString::number(d.reprints)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void DocumentsPage::reprintSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size())
        return;
    const Result<IssuedDocument> d = m_documents.reprint(m_records[row].number);
    if (!d) {
        m_message->setText(d.error().message());
        return;
    }
    // Counted as a reprint only when really printed or saved.
    previewForms(this, {d->document}, tr("%1 %2 (reprint)").arg(d->title, d->record.number), true,
                 [&]() -> Result<QList<FormDocument>> {
                     if (Status st = m_documents.recordReprint(d->record.number); !st)
                         return st.error();
                     return QList<FormDocument>{d->document};
                 });
    refresh();
}

QString DocumentsPage::verify(const QString &number, const QString &checkCode)
{
    const Result<DocumentService::Verification> v = m_documents.verify(number, checkCode);
    if (!v)
        return v.error().message();
    const FormSpec *spec = Forms::find(v->record.form);
    return v->matches ? tr("Genuine: %1 no. %2, printed by %3 on %4.")
                            .arg(spec ? Forms::title(*spec) : v->record.form, v->record.number, v->record.user,
                                 v->record.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
                      : tr("The check code does not match document %1: the printout is not genuine or was altered.")
                            .arg(v->record.number);
}

void DocumentsPage::askToVerify()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Check a printout"));
    auto *number = new QLineEdit;
    number->setPlaceholderText(QStringLiteral("370323102-2026-3F2A9C1E-0001"));
    auto *code = new QLineEdit;
    code->setPlaceholderText(QStringLiteral("93BC-B6C0-05A0-6C42"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("Check code:"), code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(verify(number->text(), code->text()));
}

void DocumentsPage::askForMonth()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Print a month's documents"));
    auto *township = new QComboBox;
    for (const QString &code : m_documents.townships())
        township->addItem(AreaRegistry::current().name(code), code);
    auto *month = new QDateEdit(Clock::today());
    month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Township:"), township);
    form->addRow(tr("Month:"), month);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        printMonth(township->currentData().toString(), month->date());
}

int DocumentsPage::printMonth(const QString &townshipCode, const QDate &month)
{
    const Result<QList<DocumentService::BatchItem>> items = m_documents.monthBatch(townshipCode, month);
    if (!items || items->isEmpty()) {
        m_message->setText(items ? tr("%1 has no documents for %2.")
                                       .arg(AreaRegistry::current().name(townshipCode), month.toString(QStringLiteral("yyyy-MM")))
                                 : items.error().message());
        return 0;
    }
    // Numbering writes each document's record, all in one transaction: on a worker thread over
    // a connection of its own, so that no event of the screen runs inside the transaction (the
    // page takes no input meanwhile). A cancel numbers nothing.
    std::optional<Result<QList<IssuedDocument>>> done;
    const QDate today = Clock::today();
    setEnabled(false);
    runInBackground(this, tr("Numbering %n document(s)…", nullptr, int(items->size())),
                    [&done, batch = *items, today, &session = m_session](TaskProgress &progress) {
                        Result<std::unique_ptr<Session>> sibling = ProfileService::openSibling(session);
                        if (!sibling) {
                            done = sibling.error();
                            return;
                        }
                        done = DocumentService(**sibling).issueAll(batch, today, [&](int n, int total) {
                            progress.report(n, total);
                            return !progress.cancelled();
                        });
                    });
    setEnabled(true);
    refresh();
    if (!done)
        return 0;
    const Result<QList<IssuedDocument>> &issued = *done;
    if (!issued) {
        m_message->setText(issued.error().message());
        return 0;
    }
    QList<FormDocument> forms;
    for (const IssuedDocument &d : *issued)
        forms << d.document;
    m_message->setText(tr("%n document(s) numbered for %1 %2.", nullptr, int(forms.size()))
                           .arg(AreaRegistry::current().name(townshipCode), month.toString(QStringLiteral("yyyy-MM"))));
    const QString title = tr("%1 %2").arg(AreaRegistry::current().name(townshipCode), month.toString(QStringLiteral("yyyy-MM")));
    // A preview lays out every page first: fine for a few documents, too slow for hundreds.
    if (forms.size() <= 20) {
        previewForms(this, forms, title);
        return int(forms.size());
    }
    const int choice = MessageBox::choose(this, title, tr("%n document(s) are ready.", nullptr, int(forms.size())),
                                          {tr("Print…"), tr("Save as PDF…"), tr("Later")});
    if (choice == 0)
        printForms(this, forms, title);
    else if (choice == 1)
        saveFormsAsPdf(this, forms, title);
    return int(forms.size());
}

} // namespace doudi::ui
