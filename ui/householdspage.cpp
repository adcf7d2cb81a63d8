#include "ui/householdspage.h"
#include "ui/textsize.h"

#include "domain/case.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
constexpr int kLimit = 500;
}

HouseholdsPage::HouseholdsPage(HouseholdService &households, QWidget *parent)
    : QWidget(parent), m_households(households), m_search(new QLineEdit), m_township(new QComboBox), m_village(new QComboBox),
      m_programme(new QComboBox), m_state(new QComboBox), m_table(new QTableWidget(0, 6)), m_status(new QLabel),
      m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, pinyin initials (e.g. zgy), ID number, phone or village"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("householdSearch"));

    m_township->setObjectName(QStringLiteral("filterTownship"));
    m_village->setObjectName(QStringLiteral("filterVillage"));
    m_programme->setObjectName(QStringLiteral("filterProgramme"));
    m_state->setObjectName(QStringLiteral("filterState"));
    m_township->addItem(tr("All townships"), QString());
    const AreaRegistry &areas = AreaRegistry::current();
    for (const Area &county : areas.atLevel(AreaCode::Level::County)) {
        for (const Area &t : areas.children(county.code))
            m_township->addItem(t.name, t.code);
    }
    const auto fillVillages = [this] {
        const QSignalBlocker block(m_village);
        m_village->clear();
        m_village->addItem(tr("All villages"), QString());
        for (const Area &v : AreaRegistry::current().children(m_township->currentData().toString()))
            m_village->addItem(v.name, v.code);
        m_village->setEnabled(m_village->count() > 1);
    };
    connect(m_township, &QComboBox::currentIndexChanged, this, fillVillages);
    fillVillages();
    m_programme->addItem(tr("Any application or none"), QString());
    for (int p = 0; p <= int(CaseProgramme::TemporaryExpenditure); ++p)
        m_programme->addItem(Case::programmeLabel(CaseProgramme(p)), Case::programmeCode(CaseProgramme(p)));
    m_state->addItem(tr("Any state"), QString());
    for (int s = 0; s <= int(CaseState::Withdrawn); ++s)
        m_state->addItem(Case::stateLabel(CaseState(s)), Case::stateCode(CaseState(s)));
    m_programme->setToolTip(tr("Only households with an application for this programme."));
    m_state->setToolTip(tr("Only households with an application in this state, e.g. on public notice or being paid."));
    for (QComboBox *box : {m_township, m_village, m_programme, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &HouseholdsPage::runSearch);

    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Matched person"), tr("Head of household"), tr("ID number"), tr("Village"), tr("Application"), tr("State")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // best match first until a title is clicked
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // Fixed widths: measuring every cell on each keystroke costs more than the search.
    for (int col : {0, 1})
        m_table->setColumnWidth(col, 110);
    m_table->setColumnWidth(2, 180);
    m_table->setColumnWidth(3, 210);
    m_table->setColumnWidth(4, 120);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Area:")));
    filters->addWidget(m_township);
    filters->addWidget(m_village);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Application:")));
    filters->addWidget(m_programme);
    filters->addWidget(m_state);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Household records"));
    setTextRole(title, TextRole::PageTitle);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &HouseholdsPage::runSearch);
    m_table->setToolTip(tr("Click a column title to sort; double-click or press Enter to open the household."));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, 0))
            Q_EMIT openHousehold(item->data(Qt::UserRole).toString());
    });
    // From the search box: Enter opens the best match, Down goes into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        const int row = std::max(0, m_table->currentRow());
        if (row < m_table->rowCount())
            Q_EMIT m_table->cellActivated(row, 0);
    });
    m_search->installEventFilter(this);
}

void HouseholdsPage::searchNow()
{
    // The results of what is typed, not of what was there before the pause the search waits for.
    if (m_debounce->isActive()) {
        m_debounce->stop();
        runSearch();
    }
}

bool HouseholdsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        m_table->rowCount() > 0) {
        searchNow();
        m_table->setFocus(Qt::TabFocusReason);
        m_table->setCurrentCell(std::max(0, m_table->currentRow()), 0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HouseholdsPage::showEvent(QShowEvent *event)
{
    if (m_table->rowCount() == 0)
        runSearch();
    QWidget::showEvent(event);
}

void HouseholdsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

HouseholdFilter HouseholdsPage::filter() const
{
    const QString area = m_village->currentData().toString().isEmpty() ? m_township->currentData().toString()
                                                                       : m_village->currentData().toString();
    return {area.isEmpty() ? QString() : AreaCode::prefix(area), m_programme->currentData().toString(),
            m_state->currentData().toString()};
}

void HouseholdsPage::runSearch()
{
    QElapsedTimer timer;
    timer.start();
    const QString text = m_search->text();
    const Result<QList<HouseholdRow>> rows = m_households.find(text, filter(), text.trimmed().isEmpty() ? kLimit : 100);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!rows) {
        m_status->setText(rows.error().message());
        Q_EMIT searched(0);
        return;
    }
    m_table->setRowCount(int(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        const HouseholdRow &h = rows->at(row);
        auto *name = new QTableWidgetItem(h.name);
        name->setData(Qt::UserRole, h.householdId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(h.headName));
        m_table->setItem(row, 2, new QTableWidgetItem(IdNumber::mask(h.idNumber)));
        m_table->setItem(row, 3, new QTableWidgetItem(AreaRegistry::current().fullName(h.areaCode)));
        CaseProgramme programme;
        CaseState state;
        m_table->setItem(
            row, 4,
            new QTableWidgetItem(Case::programmeFromCode(h.programme, &programme) ? Case::programmeLabel(programme) : QString()));
        m_table->setItem(row, 5,
                         new QTableWidgetItem(Case::stateFromCode(h.state, &state) ? Case::stateLabel(state) : QString()));
    }
    m_table->setSortingEnabled(true);
    if (text.trimmed().isEmpty())
        m_status->setText(rows->size() == kLimit
                              ? tr("The first %1 households by village; search or filter to find others.").arg(kLimit)
                              : tr("%n household(s)", nullptr, int(rows->size())));
    else
        m_status->setText(tr("%n household(s) found in %1 ms", nullptr, int(rows->size())).arg(timer.elapsed()));
    Q_EMIT searched(int(rows->size()));
}

} // namespace doudi::ui
