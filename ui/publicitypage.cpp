#include "ui/publicitypage.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "ui/caseactions.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/problemtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QString statusLabel(PublicityBatch::Status s)
{
    switch (s) {
    case PublicityBatch::Status::Running:
        return PublicityPage::tr("Posted");
    case PublicityBatch::Status::ReadyToClose:
        return PublicityPage::tr("Period over: close it");
    case PublicityBatch::Status::Closed:
        return PublicityPage::tr("Closed");
    }
    return {};
}
} // namespace

PublicityPage::PublicityPage(CaseService &cases, QWidget *parent)
    : QWidget(parent), m_cases(cases),
      m_waiting(makeListTable({tr("Head of household"), tr("Village"), tr("Programme"), tr("Applied on")})),
      m_batches(new QTreeWidget), m_start(new QPushButton(tr("Approve the ticked households and post the notice…"))),
      m_single(new QPushButton(tr("Township opinion for the selected one…"))),
      m_objection(new QPushButton(tr("Record an objection…"))), m_close(new QPushButton(tr("Close the notice"))),
      m_open(new QPushButton(tr("Open household"))), m_message(new QLabel)
{
    auto *title = new QLabel(tr("Public notice"));
    setTextRole(title, TextRole::PageTitle);
    auto *waitingTitle = new QLabel(tr("Investigated, waiting for the township's opinion (初审):"));
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setToolTip(tr("Tick the households whose assessment supports the application; they are approved at the "
                             "assessed amount and posted together. Use the single opinion to refuse or change an amount."));
    m_start->setObjectName(QStringLiteral("startBatch"));
    m_single->setObjectName(QStringLiteral("singleOpinion"));
    connect(m_start, &QPushButton::clicked, this, &PublicityPage::startBatch);
    connect(m_single, &QPushButton::clicked, this, [this] {
        const int row = m_waiting->currentRow();
        if (row < 0 || row >= m_waitingRows.size())
            return;
        if (runCaseStep(this, m_cases, m_waitingRows[row].c.id, QStringLiteral("preliminary"), m_waitingRows[row].headName))
            refresh();
    });
    connect(m_waiting, &QTableWidget::itemChanged, this, &PublicityPage::updateButtons);
    connect(m_waiting, &QTableWidget::itemSelectionChanged, this, &PublicityPage::updateButtons);

    auto *batchesTitle = new QLabel(tr("Notices of the last six months:"));
    m_batches->setObjectName(QStringLiteral("batches"));
    m_batches->setHeaderLabels(
        {tr("Notice / household"), tr("Village"), tr("Programme"), tr("Yuan a month"), tr("State"), tr("Objections")});
    m_batches->setToolTip(tr("A notice runs for the county's number of days from the township's opinion. An objection "
                             "sends that household back to a new home visit and a new notice."));
    connect(m_batches, &QTreeWidget::itemSelectionChanged, this, &PublicityPage::updateButtons);
    connect(m_batches, &QTreeWidget::itemActivated, this, [this] {
        if (const CaseRow *r = selectedCase())
            Q_EMIT openHousehold(r->c.householdId);
    });
    m_objection->setObjectName(QStringLiteral("objection"));
    m_close->setObjectName(QStringLiteral("closeBatch"));
    connect(m_objection, &QPushButton::clicked, this, &PublicityPage::recordObjection);
    connect(m_close, &QPushButton::clicked, this, &PublicityPage::closeBatch);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const CaseRow *r = selectedCase())
            Q_EMIT openHousehold(r->c.householdId);
    });
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *waitingButtons = new QHBoxLayout;
    waitingButtons->addWidget(m_start);
    waitingButtons->addWidget(m_single);
    waitingButtons->addStretch(1);
    auto *batchButtons = new QHBoxLayout;
    batchButtons->addWidget(m_objection);
    batchButtons->addWidget(m_close);
    batchButtons->addWidget(m_open);
    batchButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(waitingTitle);
    layout->addWidget(m_waiting, 2);
    layout->addLayout(waitingButtons);
    layout->addWidget(batchesTitle);
    layout->addWidget(m_batches, 3);
    layout->addLayout(batchButtons);
    layout->addWidget(m_message);
}

void PublicityPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void PublicityPage::refresh()
{
    const QDate today = Clock::today();
    const QSignalBlocker block(m_waiting);
    m_waiting->setRowCount(0);
    m_waitingRows.clear();
    const Result<QList<CaseRow>> waiting = m_cases.list({CaseState::Investigated}, today);
    for (const CaseRow &r : waiting.valueOr(QList<CaseRow>())) {
        if (Case::hasPublicity(r.c.programme))
            m_waitingRows << r;
    }
    m_waiting->setRowCount(int(m_waitingRows.size()));
    for (int row = 0; row < m_waitingRows.size(); ++row) {
        const CaseRow &r = m_waitingRows[row];
        auto *head = new QTableWidgetItem(r.headName);
        head->setFlags(head->flags() | Qt::ItemIsUserCheckable);
        head->setCheckState(Qt::Unchecked);
        m_waiting->setItem(row, 0, head);
        m_waiting->setItem(row, 1, new QTableWidgetItem(AreaRegistry::current().fullName(r.c.areaCode)));
        m_waiting->setItem(row, 2, new QTableWidgetItem(Case::programmeLabel(r.c.programme)));
        m_waiting->setItem(row, 3, new QTableWidgetItem(r.c.submittedOn.toString(Qt::ISODate)));
    }
    m_waiting->resizeColumnsToContents();

    m_batches->clear();
    const Result<QList<PublicityBatch>> batches = m_cases.publicityBatches(today);
    m_batchList = batches.valueOr(QList<PublicityBatch>());
    if (!waiting || !batches)
        m_message->setText(!waiting ? waiting.error().message() : batches.error().message());
    for (int b = 0; b < m_batchList.size(); ++b) {
        const PublicityBatch &batch = m_batchList[b];
        auto *top = new QTreeWidgetItem(m_batches);
        top->setText(0, tr("%1, %2 to %3")
                            .arg(AreaRegistry::current().name(batch.townshipCode), batch.start.toString(Qt::ISODate),
                                 batch.end.toString(Qt::ISODate)));
        top->setText(2, tr("%n household(s)", nullptr, int(batch.cases.size())));
        top->setText(4, statusLabel(batch.status));
        top->setText(5, QString::number(batch.objections));
        top->setData(0, Qt::UserRole, b);
        top->setData(0, Qt::UserRole + 1, -1);
        if (batch.status == PublicityBatch::Status::ReadyToClose)
            top->setForeground(4, QColor(0xa0, 0x60, 0x00));
        for (int i = 0; i < batch.cases.size(); ++i) {
            const CaseRow &r = batch.cases[i];
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, r.headName);
            child->setText(1, AreaRegistry::current().name(r.c.areaCode));
            child->setText(2, Case::programmeLabel(r.c.programme));
            child->setText(3, monthlyAmountText(r.c));
            child->setText(4, Case::stateLabel(r.c.state));
            child->setText(5, QString::number(r.c.objections.size()));
            child->setData(0, Qt::UserRole, b);
            child->setData(0, Qt::UserRole + 1, i);
        }
        top->setExpanded(batch.status != PublicityBatch::Status::Closed);
    }
    for (int col = 0; col < m_batches->columnCount(); ++col)
        m_batches->resizeColumnToContents(col);
    updateButtons();
}

QStringList PublicityPage::checkedCases() const
{
    QStringList ids;
    for (int row = 0; row < m_waiting->rowCount(); ++row) {
        if (m_waiting->item(row, 0)->checkState() == Qt::Checked)
            ids << m_waitingRows[row].c.id;
    }
    return ids;
}

const PublicityBatch *PublicityPage::selectedBatch() const
{
    const QList<QTreeWidgetItem *> items = m_batches->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int b = items.first()->data(0, Qt::UserRole).toInt();
    return b >= 0 && b < m_batchList.size() ? &m_batchList[b] : nullptr;
}

const CaseRow *PublicityPage::selectedCase() const
{
    const PublicityBatch *batch = selectedBatch();
    if (!batch)
        return nullptr;
    const int i = m_batches->selectedItems().first()->data(0, Qt::UserRole + 1).toInt();
    return i >= 0 && i < batch->cases.size() ? &batch->cases[i] : nullptr;
}

void PublicityPage::updateButtons()
{
    const int checked = int(checkedCases().size());
    m_start->setEnabled(checked > 0);
    m_start->setText(checked > 0 ? tr("Approve the %n ticked household(s) and post the notice…", nullptr, checked)
                                 : tr("Approve the ticked households and post the notice…"));
    m_single->setEnabled(m_waiting->currentRow() >= 0);
    const CaseRow *r = selectedCase();
    m_objection->setEnabled(r && r->nextSteps.contains(QStringLiteral("objection")));
    m_open->setEnabled(r);
    const PublicityBatch *batch = selectedBatch();
    m_close->setEnabled(batch && batch->status == PublicityBatch::Status::ReadyToClose);
}

void PublicityPage::startBatch()
{
    const QStringList ids = checkedCases();
    if (ids.isEmpty())
        return;
    if (!MessageBox::ask(this, tr("Post the public notice"),
                         tr("Approve %n household(s) at the amount their assessment gives today and post them on one "
                            "notice starting today?",
                            nullptr, int(ids.size()))))
        return;
    const Result<QList<Case>> started = m_cases.startPublicity(ids, Clock::today());
    refresh();
    markAsProblem(m_message, !started);
    m_message->setText(started ? tr("The notice for %n household(s) runs until %1.", nullptr, int(started->size()))
                                     .arg(started->constFirst().publicityEnd.toString(Qt::ISODate))
                               : started.error().message());
}

void PublicityPage::closeBatch()
{
    const PublicityBatch *batch = selectedBatch();
    if (!batch)
        return;
    QStringList ids;
    for (const CaseRow &r : batch->cases) {
        if (r.c.state == CaseState::Publicity)
            ids << r.c.id;
    }
    const Result<QList<Case>> closed = m_cases.closePublicity(ids, Clock::today());
    refresh();
    markAsProblem(m_message, !closed);
    m_message->setText(closed ? tr("Notice closed: %n household(s) now wait for confirmation.", nullptr, int(closed->size()))
                              : closed.error().message());
}

void PublicityPage::recordObjection()
{
    if (const CaseRow *r = selectedCase()) {
        if (runCaseStep(this, m_cases, r->c.id, QStringLiteral("objection"), r->headName))
            refresh();
    }
}

} // namespace doudi::ui
