#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace doudi::core {
class CaseService;
class HouseholdService;
} // namespace doudi::core

namespace doudi::ui {

// 工作台: what needs doing, most urgent first — overdue and due-soon deadlines, public
// notices ending, reviews due — and the applications waiting on this user, each row one
// click (or Enter) from the household.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(core::HouseholdService &households, core::CaseService &cases, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openHousehold(const QString &householdId);
    // An application of a household, and a step to open at once (empty: just show it).
    void openCase(const QString &householdId, const QString &caseId, const QString &step);

private:
    // Rows for the households that moved out of the user's areas lately (after the tasks).
    void showMovedOut();
    // Rows for the ID numbers the county found in two households (first of the extra rows).
    void showDuplicates();

    core::HouseholdService &m_households;
    core::CaseService &m_cases;
    QLabel *m_summary;
    QTableWidget *m_tasks;
    QLabel *m_waitingTitle;
    QTableWidget *m_waiting;
};

} // namespace doudi::ui
