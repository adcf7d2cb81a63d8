#include "ui/householdspage.h"

#include "identity/areacode.h"
#include "identity/idnumber.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace doudi::ui {

HouseholdsPage::HouseholdsPage(core::HouseholdService &households, QWidget *parent)
    : QWidget(parent), m_households(households), m_search(new QLineEdit), m_table(new QTableWidget(0, 4)),
      m_status(new QLabel), m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, pinyin initials (e.g. zgy), ID number, phone or village"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setHorizontalHeaderLabels({tr("Matched person"), tr("Head of household"), tr("ID number"), tr("Village")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Fixed widths: measuring every cell on each keystroke costs more than the search.
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 120);
    m_table->setColumnWidth(2, 190);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Household records"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold"));
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &HouseholdsPage::runSearch);
    m_table->setToolTip(tr("Double-click or press Enter to open the household."));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, 0))
            Q_EMIT openHousehold(item->data(Qt::UserRole).toString());
    });
}

void HouseholdsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void HouseholdsPage::runSearch()
{
    QElapsedTimer timer;
    timer.start();
    const core::Result<QList<core::SearchHit>> hits = m_households.search(m_search->text(), 100);
    m_table->setRowCount(0);
    if (!hits) {
        m_status->setText(hits.error().message());
        return;
    }
    m_table->setRowCount(int(hits->size()));
    for (int row = 0; row < hits->size(); ++row) {
        const core::SearchHit &h = hits->at(row);
        auto *name = new QTableWidgetItem(h.name);
        name->setData(Qt::UserRole, h.householdId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(h.headName));
        m_table->setItem(row, 2, new QTableWidgetItem(core::IdNumber::mask(h.idNumber)));
        m_table->setItem(row, 3, new QTableWidgetItem(core::AreaRegistry::builtIn().fullName(h.areaCode)));
    }
    m_status->setText(m_search->text().trimmed().isEmpty()
                          ? QString()
                          : tr("%n household(s) found in %1 ms", nullptr, int(hits->size())).arg(timer.elapsed()));
}

} // namespace doudi::ui
