#pragma once

#include "services/monthlyreport.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace doudi::core {
class DocumentService;
class ReportService;
class Session;
} // namespace doudi::core

namespace doudi::ui {

class BarChart;

// 月报 (issue 16): a month's figures for the user's area or one of its townships, as a table of
// measures, a table of its townships and villages, and a chart; printed as a numbered A4 report
// or saved as a spreadsheet. Double-clicking a figure lists the households behind it, and a
// household of that list opens its page.
class MonthlyReportPage : public QWidget
{
    Q_OBJECT
public:
    MonthlyReportPage(core::Session &session, core::DocumentService &documents, QWidget *parent = nullptr);
    ~MonthlyReportPage() override;

    // Works the report out for the month and area chosen (as the button does).
    void workOut();
    const core::MonthlyReport &report() const { return m_report; }
    // The households behind a figure of an area, as the drill-down shows them.
    void showHouseholds(const QString &areaCode, const QString &measureKey);

Q_SIGNALS:
    void openHousehold(const QString &householdId);

protected:
    // The first time the page is shown, the report of this month is worked out at once.
    void showEvent(QShowEvent *event) override;

private:
    void show(const core::MonthlyReport &report);
    void print();
    void save();

    core::Session &m_session;
    core::DocumentService &m_documents;
    std::unique_ptr<core::ReportService> m_reports;
    core::MonthlyReport m_report;
    bool m_have = false;
    QDateEdit *m_month;
    QComboBox *m_area;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_measures;
    QTableWidget *m_areas;
    BarChart *m_chart;
    QPushButton *m_print;
    QPushButton *m_save;
};

} // namespace doudi::ui
