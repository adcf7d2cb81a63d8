#include "ui/caselistpage.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "common/money.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "ui/caseactions.h"
#include "ui/listtable.h"
#include "workflow/workflow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace doudi::ui {

using namespace doudi::core;

namespace {
// Sorts by a key of its own (dates, amounts) rather than by the text shown.
class SortItem : public QTableWidgetItem
{
public:
    SortItem(const QString &text, const QVariant &key) : QTableWidgetItem(text) { setData(Qt::UserRole + 1, key); }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return QVariant::compare(data(Qt::UserRole + 1), other.data(Qt::UserRole + 1)) == QPartialOrdering::Less;
    }
};

QString headerOf(CaseListPage::Column c)
{
    using C = CaseListPage::Column;
    switch (c) {
    case C::Head:
        return CaseListPage::tr("Head of household");
    case C::Village:
        return CaseListPage::tr("Village");
    case C::Programme:
        return CaseListPage::tr("Programme");
    case C::State:
        return CaseListPage::tr("State");
    case C::Submitted:
        return CaseListPage::tr("Applied on");
    case C::Due:
        return CaseListPage::tr("Next deadline");
    case C::Amount:
        return CaseListPage::tr("Yuan a month");
    case C::EntitlementStart:
        return CaseListPage::tr("Paid since");
    case C::NextReview:
        return CaseListPage::tr("Next review");
    case C::NextSteps:
        return CaseListPage::tr("You can");
    }
    return {};
}

QTableWidgetItem *dateItem(const QDate &d)
{
    return new SortItem(d.isValid() ? d.toString(Qt::ISODate) : QString(), d.isValid() ? d.toJulianDay() : LLONG_MAX);
}
} // namespace

CaseListPage::CaseListPage(CaseService &cases, Spec spec, QWidget *parent)
    : QWidget(parent), m_cases(cases), m_spec(std::move(spec)), m_summary(new QLabel), m_table(nullptr),
      m_open(new QPushButton(tr("Open household"))), m_next(new QPushButton(tr("Other steps…"))), m_buttonRow(new QHBoxLayout)
{
    auto *title = new QLabel(m_spec.title);
    setTextRole(title, TextRole::PageTitle);
    auto *intro = new QLabel(m_spec.intro);
    intro->setWordWrap(true);
    QStringList headers;
    for (Column c : m_spec.columns)
        headers << headerOf(c);
    m_table = makeListTable(headers);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder); // the header's default is descending
    m_table->setSortingEnabled(true);
    m_table->setToolTip(tr("Click a column title to sort; double-click or press Enter to open the household."));
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const CaseRow *r = selected())
            Q_EMIT openHousehold(r->c.householdId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseListPage::updateButtons);

    QHBoxLayout *buttons = m_buttonRow;
    for (const Action &a : m_spec.actions) {
        auto *b = new QPushButton(a.label);
        b->setObjectName(a.event);
        connect(b, &QPushButton::clicked, this, [this, event = a.event] { run(event); });
        buttons->addWidget(b);
        m_buttons.append({a.event, b});
    }
    m_next->setObjectName(QStringLiteral("otherSteps"));
    m_open->setObjectName(QStringLiteral("openHousehold"));
    m_next->setToolTip(tr("Every step the procedure allows your role on the selected case today."));
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (const CaseRow *r = selected())
            run(chooseStep(m_next, r->nextSteps));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const CaseRow *r = selected())
            Q_EMIT openHousehold(r->c.householdId);
    });
    buttons->addWidget(m_next);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    updateButtons();
}

void CaseListPage::addButton(QPushButton *button)
{
    m_buttonRow->insertWidget(0, button);
}

void CaseListPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

const CaseRow *CaseListPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int index = m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

void CaseListPage::updateButtons()
{
    const CaseRow *r = selected();
    for (const auto &[event, button] : std::as_const(m_buttons)) {
        button->setEnabled(r && r->nextSteps.contains(event));
        // A step the procedure does not allow says why, on the button itself.
        const Result<QString> why =
            r && !button->isEnabled() ? m_cases.whyNot(r->c, event, Clock::today()) : Result<QString>(QString());
        button->setToolTip(why ? *why : why.error().message());
    }
    m_next->setEnabled(r && !r->nextSteps.isEmpty());
    m_open->setEnabled(r);
}

void CaseListPage::run(const QString &event)
{
    const CaseRow *r = selected();
    if (!r || event.isEmpty())
        return;
    const QString caseId = r->c.id;
    if (!runCaseStep(this, m_cases, caseId, event, r->headName))
        return;
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int index = m_table->item(row, 0)->data(Qt::UserRole).toInt();
        if (m_rows[index].c.id == caseId)
            m_table->selectRow(row);
    }
}

void CaseListPage::refresh()
{
    const Result<QList<CaseRow>> rows = m_cases.list(m_spec.states, Clock::today());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_rows = rows.valueOr(QList<CaseRow>());
    if (!rows) {
        m_summary->setText(rows.error().message());
        updateButtons();
        return;
    }
    const QDate today = Clock::today();
    Fen total = 0;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const CaseRow &r = m_rows[i];
        total += r.c.monthlyFen;
        for (int col = 0; col < m_spec.columns.size(); ++col) {
            QTableWidgetItem *item = nullptr;
            switch (m_spec.columns[col]) {
            case Column::Head:
                item = new QTableWidgetItem(r.headName);
                break;
            case Column::Village:
                item = new QTableWidgetItem(AreaRegistry::current().fullName(r.c.areaCode));
                break;
            case Column::Programme:
                item = new QTableWidgetItem(Case::programmeLabel(r.c.programme));
                break;
            case Column::State:
                item = new QTableWidgetItem(Case::stateLabel(r.c.state));
                break;
            case Column::Submitted:
                item = dateItem(r.c.submittedOn);
                break;
            case Column::Due: {
                QDate due;
                QString what;
                for (auto it = r.c.deadlines.cbegin(); it != r.c.deadlines.cend(); ++it) {
                    if (!due.isValid() || it.value() < due) {
                        due = it.value();
                        what = CaseTask::kindLabel(it.key());
                    }
                }
                item = dateItem(due);
                item->setToolTip(what);
                if (due.isValid() && due < today)
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
                break;
            }
            case Column::Amount: {
                item = new SortItem(monthlyAmountText(r.c), r.c.monthlyFen > 0 ? r.c.monthlyFen : r.c.proposedMonthlyFen);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                break;
            }
            case Column::EntitlementStart:
                item = dateItem(r.c.entitlementStart);
                break;
            case Column::NextReview:
                item = dateItem(r.c.nextReview);
                if (r.c.nextReview.isValid() && r.c.nextReview <= today)
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
                break;
            case Column::NextSteps: {
                QStringList labels;
                for (const QString &e : r.nextSteps)
                    labels << Workflow::eventLabel(e);
                item = new QTableWidgetItem(labels.join(QStringLiteral("、")));
                break;
            }
            }
            if (col == 0)
                item->setData(Qt::UserRole, i);
            m_table->setItem(i, col, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    QString summary = tr("%n case(s)", nullptr, int(m_rows.size()));
    if (m_spec.showTotal)
        summary += tr(", %1 yuan a month in all").arg(money::formatYuan(total));
    m_summary->setText(summary);
    updateButtons();
}

} // namespace doudi::ui
