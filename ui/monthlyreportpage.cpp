#include "ui/monthlyreportpage.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "services/documentservice.h"
#include "services/reportservice.h"
#include "services/session.h"
#include "ui/barchart.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/printing.h"
#include "ui/screenfit.h"
#include "ui/spreadsheetsave.h"
#include "ui/textsize.h"
#include "ui/waitcursor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
// The columns of the table of areas: a measure and what of it (households, persons, amount).
enum class Part
{
    Households,
    Cases,
    Persons,
    Amount
};
struct AreaColumn
{
    const char *key;
    Part part;
};
const AreaColumn kAreaColumns[] = {
    {"dibao", Part::Households},
    {"dibao", Part::Persons},
    {"dibao", Part::Amount},
    {"tekun", Part::Households},
    {"tekun", Part::Persons},
    {"tekun", Part::Amount},
    {"new.dibao", Part::Households},
    {"new.tekun", Part::Households},
    {"stopped.dibao", Part::Households},
    {"stopped.tekun", Part::Households},
    {"temporary.temporary_urgent", Part::Cases},
    {"temporary.temporary_urgent", Part::Amount},
    {"temporary.temporary_expenditure", Part::Cases},
    {"temporary.temporary_expenditure", Part::Amount},
};
constexpr int kKeyRole = Qt::UserRole + 1;  // the measure behind a cell
constexpr int kAreaRole = Qt::UserRole + 2; // the area behind a row

QString partText(const ReportFigure &f, Part part)
{
    switch (part) {
    case Part::Households:
        return QString::number(f.households());
    case Part::Cases:
        return QString::number(f.cases);
    case Part::Persons:
        return QString::number(f.persons);
    case Part::Amount:
        return money::formatYuan(f.fen);
    }
    return {};
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

MonthlyReportPage::MonthlyReportPage(Session &session, DocumentService &documents, QWidget *parent)
    : QWidget(parent), m_session(session), m_documents(documents), m_reports(std::make_unique<ReportService>(session)),
      m_month(new QDateEdit(Clock::today())), m_area(new QComboBox), m_summary(new QLabel), m_tabs(new QTabWidget),
      m_measures(makeListTable({tr("Measure"), tr("Households (cases)"), tr("Persons"), tr("Yuan")})), m_areas(makeListTable({})),
      m_chart(new BarChart), m_print(new QPushButton(tr("&Print…"))), m_save(new QPushButton(tr("&Save as a spreadsheet…")))
{
    auto *title = new QLabel(tr("Monthly report"));
    setTextRole(title, TextRole::PageTitle);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_area->setObjectName(QStringLiteral("area"));
    // The user's own area, then the townships within it.
    const AreaRegistry &areas = AreaRegistry::current();
    for (const QString &scope : session.scopes()) {
        const QString code = AreaCode::toTwelve(scope);
        m_area->addItem(areas.name(code), code);
        if (AreaCode::levelOf(code) == AreaCode::Level::County) {
            for (const Area &t : areas.children(code))
                m_area->addItem(QStringLiteral("  ") + t.name, t.code);
        }
    }
    auto *workOut = new QPushButton(tr("&Work out"));
    workOut->setObjectName(QStringLiteral("workOut"));
    connect(workOut, &QPushButton::clicked, this, &MonthlyReportPage::workOut);
    m_print->setObjectName(QStringLiteral("print"));
    m_save->setObjectName(QStringLiteral("save"));
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &MonthlyReportPage::print);
    connect(m_save, &QPushButton::clicked, this, &MonthlyReportPage::save);
    const auto stale = [this] {
        m_print->setEnabled(false);
        m_save->setEnabled(false);
    };
    connect(m_month, &QDateEdit::dateChanged, this, stale);
    connect(m_area, &QComboBox::currentIndexChanged, this, stale);

    auto *controls = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"));
    monthLabel->setBuddy(m_month);
    auto *areaLabel = new QLabel(tr("&Area:"));
    areaLabel->setBuddy(m_area);
    controls->addWidget(monthLabel);
    controls->addWidget(m_month);
    controls->addWidget(areaLabel);
    controls->addWidget(m_area, 1);
    controls->addWidget(workOut);
    controls->addWidget(m_print);
    controls->addWidget(m_save);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose the month and the area, then work the report out. Double-click a figure to see the "
                          "households behind it."));
    m_measures->setObjectName(QStringLiteral("measures"));
    m_areas->setObjectName(QStringLiteral("areas"));
    m_chart->setObjectName(QStringLiteral("chart"));
    for (QTableWidget *t : {m_measures, m_areas}) {
        t->setSelectionBehavior(QAbstractItemView::SelectItems);
        t->setWordWrap(false);
    }
    connect(m_measures, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QString key = m_measures->item(row, 0)->data(kKeyRole).toString();
        if (!key.isEmpty())
            showHouseholds(m_report.scope, key);
    });
    connect(m_areas, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column == 0)
            return;
        showHouseholds(m_areas->item(row, 0)->data(kAreaRole).toString(), m_areas->item(row, column)->data(kKeyRole).toString());
    });
    auto *chartArea = new QScrollArea;
    chartArea->setWidgetResizable(true);
    chartArea->setWidget(m_chart);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_measures, tr("Summary"));
    m_tabs->addTab(m_areas, tr("By area"));
    m_tabs->addTab(chartArea, tr("Chart"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

MonthlyReportPage::~MonthlyReportPage() = default;

void MonthlyReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_have && m_area->count() > 0)
        workOut();
}

void MonthlyReportPage::workOut()
{
    Result<MonthlyReport> report = [&] {
        const WaitCursor wait;
        return m_reports->monthly(m_month->date(), m_area->currentData().toString());
    }();
    if (!report) {
        MessageBox::warn(this, tr("Monthly report"), report.error().message());
        return;
    }
    m_report = *report;
    m_have = true;
    show(m_report);
    m_print->setEnabled(true);
    m_save->setEnabled(true);
}

void MonthlyReportPage::show(const MonthlyReport &r)
{
    const ReportArea &total = r.total();
    const ReportFigure dibao = total.figure(QStringLiteral("dibao"));
    const ReportFigure tekun = total.figure(QStringLiteral("tekun"));
    m_summary->setText(
        tr("%1, %2: dibao %3 households (%4 persons), %5 yuan; extreme poverty %6 households (%7 persons), %8 yuan.")
            .arg(total.name, r.month.toString(QStringLiteral("yyyy-MM")))
            .arg(dibao.households())
            .arg(dibao.persons)
            .arg(money::formatYuan(dibao.fen))
            .arg(tekun.households())
            .arg(tekun.persons)
            .arg(money::formatYuan(tekun.fen)));
    // The measures, section by section.
    m_measures->setRowCount(0);
    QByteArray section;
    for (const ReportMeasure &m : MonthlyReport::measures()) {
        const int row = m_measures->rowCount();
        m_measures->insertRow(row);
        if (section != m.section) {
            section = m.section;
            auto *heading = new QTableWidgetItem(MonthlyReport::sectionLabel(m.section));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_measures->setItem(row, 0, heading);
            m_measures->setSpan(row, 0, 1, 4);
            m_measures->insertRow(row + 1);
        }
        const int at = m_measures->rowCount() - 1;
        const ReportFigure f = total.figure(QLatin1String(m.key));
        auto *label = new QTableWidgetItem(MonthlyReport::measureLabel(m));
        label->setData(kKeyRole, QString::fromLatin1(m.key));
        m_measures->setItem(at, 0, label);
        m_measures->setItem(at, 1, number(QString::number(m.cases ? f.cases : f.households())));
        m_measures->setItem(at, 2, number(m.persons ? QString::number(f.persons) : QStringLiteral("—")));
        m_measures->setItem(at, 3, number(m.money ? money::formatYuan(f.fen) : QStringLiteral("—")));
    }
    m_measures->resizeColumnsToContents();

    // Each township or village.
    QStringList headers{tr("Area")};
    for (const AreaColumn &c : kAreaColumns) {
        const ReportMeasure *m = MonthlyReport::measure(QLatin1String(c.key));
        static const QHash<int, const char *> parts = {{int(Part::Households), QT_TR_NOOP("households")},
                                                       {int(Part::Cases), QT_TR_NOOP("cases")},
                                                       {int(Part::Persons), QT_TR_NOOP("persons")},
                                                       {int(Part::Amount), QT_TR_NOOP("yuan")}};
        const QString part = tr(parts.value(int(c.part)));
        headers << tr("%1 (%2)").arg(MonthlyReport::measureLabel(*m), part);
    }
    m_areas->clear();
    m_areas->setColumnCount(int(headers.size()));
    m_areas->setHorizontalHeaderLabels(headers);
    m_areas->setRowCount(int(r.areas.size()));
    for (int row = 0; row < r.areas.size(); ++row) {
        const ReportArea &a = r.areas[row];
        auto *name = new QTableWidgetItem(QString(a.depth * 2, u' ') + a.name);
        name->setData(kAreaRole, a.code);
        m_areas->setItem(row, 0, name);
        for (int c = 0; c < int(std::size(kAreaColumns)); ++c) {
            QTableWidgetItem *item = number(partText(a.figure(QLatin1String(kAreaColumns[c].key)), kAreaColumns[c].part));
            item->setData(kKeyRole, QString::fromLatin1(kAreaColumns[c].key));
            m_areas->setItem(row, c + 1, item);
        }
    }
    m_areas->resizeColumnsToContents();
    m_chart->setData(r.chart());
}

void MonthlyReportPage::showHouseholds(const QString &areaCode, const QString &measureKey)
{
    const ReportMeasure *measure = MonthlyReport::measure(measureKey);
    const auto area =
        std::find_if(m_report.areas.cbegin(), m_report.areas.cend(), [&](const ReportArea &a) { return a.code == areaCode; });
    if (!measure || area == m_report.areas.cend())
        return;
    Result<QList<HouseholdSummary>> households = m_reports->households(area->figure(measureKey));
    if (!households) {
        MessageBox::warn(this, tr("Monthly report"), households.error().message());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("figureHouseholds"));
    dialog.setWindowTitle(tr("%1 — %2").arg(area->name, MonthlyReport::measureLabel(*measure)));
    QTableWidget *list = makeListTable({tr("Head of household"), tr("Village"), tr("ID number"), tr("Members")});
    list->setObjectName(QStringLiteral("households"));
    list->setRowCount(int(households->size()));
    const AreaRegistry &areas = AreaRegistry::current();
    for (int row = 0; row < households->size(); ++row) {
        const HouseholdSummary &h = households->at(row);
        auto *head = new QTableWidgetItem(h.headName);
        head->setData(Qt::UserRole, h.id);
        list->setItem(row, 0, head);
        list->setItem(row, 1, new QTableWidgetItem(areas.fullName(h.areaCode)));
        list->setItem(row, 2, new QTableWidgetItem(IdNumber::mask(h.headIdNumber)));
        list->setItem(row, 3, number(QString::number(h.memberCount)));
    }
    list->resizeColumnsToContents();
    connect(list, &QTableWidget::cellActivated, &dialog, [this, &dialog, list](int row, int) {
        Q_EMIT openHousehold(list->item(row, 0)->data(Qt::UserRole).toString());
        dialog.accept();
    });
    auto *note = new QLabel(tr("%n household(s). Double-click one to open its page.", nullptr, int(households->size())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    fitToScreen(&dialog, QSize(640, 480));
    dialog.exec();
}

void MonthlyReportPage::print()
{
    if (!m_have)
        return;
    const QDate today = Clock::today();
    Result<IssuedDocument> preview = m_documents.monthlyReport(m_report, false, today);
    if (!preview) {
        MessageBox::warn(this, tr("Monthly report"), preview.error().message());
        return;
    }
    // Numbered and recorded only when it is really printed (the preview shows where the number goes).
    previewForms(this, {preview->document}, preview->title, true, [this, today]() -> Result<QList<FormDocument>> {
        Result<IssuedDocument> issued = m_documents.monthlyReport(m_report, true, today);
        if (!issued)
            return issued.error();
        return QList<FormDocument>{issued->document};
    });
}

void MonthlyReportPage::save()
{
    if (!m_have)
        return;
    saveSpreadsheet(
        this, tr("Save the monthly report"),
        tr("monthly-report-%1-%2.xlsx").arg(m_report.total().name, m_report.month.toString(QStringLiteral("yyyyMM"))),
        [this](const QString &path) { return m_reports->write(m_report, path); }, false);
}

} // namespace doudi::ui
