#include "ui/householdeditor.h"

#include "common/clock.h"
#include "common/money.h"
#include "domain/household.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "ui/caseactions.h"
#include "ui/householdform.h"
#include "ui/messagebox.h"
#include "ui/problemtext.h"
#include "ui/registeredelsewhere.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

HouseholdEditor::HouseholdEditor(HouseholdService &households, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_households(households), m_householdId(householdId), m_form(new HouseholdForm(this)),
      m_tabs(new QTabWidget), m_reason(new QLineEdit), m_elsewhere(new RegisteredElsewhereNotice), m_error(new QLabel)
{
    setObjectName(QStringLiteral("householdEditor"));
    setWindowTitle(tr("Edit the household"));
    const struct
    {
        HouseholdForm::Page page;
        QString title;
    } pages[] = {{HouseholdForm::HouseholdPage, tr("Household")},
                 {HouseholdForm::MembersPage, tr("Members")},
                 {HouseholdForm::MoneyPage, tr("Income, assets, expenditure")},
                 {HouseholdForm::ObligorsPage, tr("Obligors")}};
    for (const auto &p : pages)
        m_tabs->addTab(scrollable(m_form->page(p.page)), p.title);
    m_tabs->setCurrentIndex(1);

    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. 李建国 found work in the county town; a typing mistake in the ID number"));
    m_reason->setToolTip(tr("Kept in the household's change log with what changed; the county sees it."));
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    markAsProblem(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdEditor::reject);
    auto *reason = new QFormLayout;
    reason->addRow(tr("Reason for the &change:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(reason);
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_form, &HouseholdForm::edited, this, [this] {
        m_edited = true;
        m_elsewhere->reset();
    });

    const Result<Household> h = m_households.get(householdId);
    if (!h) {
        m_error->setText(h.error().message());
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    } else {
        m_form->setJson(h->toJson());
        m_loaded = true;
    }
    m_edited = false;
    fitToScreen(this, QSize(980, 640));
}

void HouseholdEditor::accept()
{
    if (save())
        QDialog::accept();
}

void HouseholdEditor::reject()
{
    if (m_edited && !MessageBox::ask(this, windowTitle(), tr("Discard the changes made to this household?")))
        return;
    QDialog::reject();
}

bool HouseholdEditor::save()
{
    // Each page's own problems, on the page: the first page with one is shown.
    for (HouseholdForm::Page p :
         {HouseholdForm::HouseholdPage, HouseholdForm::MembersPage, HouseholdForm::MoneyPage, HouseholdForm::ObligorsPage}) {
        if (!m_form->check(p)) {
            m_tabs->setCurrentIndex(int(p));
            m_error->setText(tr("Some details need correcting: see the page shown."));
            return false;
        }
    }
    const QJsonObject json = m_form->json();
    QString error;
    if (!m_elsewhere->check(m_households, json, &error)) {
        m_error->setText(error);
        m_tabs->setCurrentIndex(HouseholdForm::MembersPage);
        return false;
    }
    HouseholdEdit edit{m_reason->text().trimmed(), m_elsewhere->movedIn()};
    const Result<Household> saved = m_households.update(m_householdId, json, edit);
    if (!saved) {
        m_error->setText(saved.error().code() == ErrorCode::Stale
                             ? tr("Someone changed this household while it was open here (another window, or a sync). "
                                  "Close this window and open the household again: your changes were not saved.")
                             : saved.error().message());
        if (m_reason->text().trimmed().isEmpty())
            m_reason->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

ReassessmentDialog::ReassessmentDialog(CaseService &cases, const QString &householdId, const QString &headName, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_householdId(householdId), m_headName(headName), m_table(new QTableWidget(0, 4)),
      m_review(new QPushButton(tr("Start the &review…")))
{
    setObjectName(QStringLiteral("reassessment"));
    setWindowTitle(tr("Assessment after the change"));
    m_table->setObjectName(QStringLiteral("reassessmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Programme"), tr("State"), tr("Monthly amount now (yuan)"), tr("By today's policy")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_review->setObjectName(QStringLiteral("startReview"));
    m_review->setToolTip(tr("A benefit being paid changes only through a review (复核), with its own decision."));
    auto *intro = new QLabel(tr("The household changed. What the county's policy gives each open application or benefit "
                                "now, beside what it has:"));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (runCaseStep(this, m_cases, m_caseIds.at(row), QStringLiteral("review"), m_headName))
            fill();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const Result<QStringList> steps =
            row >= 0 ? m_cases.possibleEvents(m_caseIds.at(row), Clock::today()) : Result<QStringList>(QStringList());
        m_review->setEnabled(steps && steps->contains(QStringLiteral("review")));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fill();
    fitToScreen(this, QSize(760, 360));
}

void ReassessmentDialog::fill()
{
    m_caseIds.clear();
    m_table->setRowCount(0);
    const Result<QList<Case>> all = m_cases.forHousehold(m_householdId);
    if (!all)
        return;
    const QDate today = Clock::today();
    for (const Case &c : *all) {
        if (!c.isOpen() || c.programme == CaseProgramme::TemporaryUrgent || c.programme == CaseProgramme::TemporaryExpenditure)
            continue; // 临时救助 is decided once, on the need of the day
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_caseIds << c.id;
        const Result<Assessment> now = m_cases.assess(c.id, today);
        const QString assessed = now ? now->headline() : now.error().message();
        const QStringList cells = {Case::programmeLabel(c.programme), Case::stateLabel(c.state), monthlyAmountText(c), assessed};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    else
        m_review->setEnabled(false);
}

} // namespace doudi::ui
