#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::core {
class CaseService;
class HouseholdService;
class PolicyService;
} // namespace doudi::core

namespace doudi::ui {

// 工作台: what needs doing, most urgent first — overdue and due-soon deadlines, public
// notices ending, reviews due — and the applications waiting on this user, each row one
// click (or Enter) from the household. Until the county's policy is on the laptop, a panel
// says how it comes: by sync for a laptop joined to the county server, else a file the
// township office imports here (PolicyService, the same door as doudi-cli policy import).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(core::HouseholdService &households, core::CaseService &cases, core::PolicyService &policy,
                  QWidget *parent = nullptr);
    void refresh();
    // Asks for the county's policy file and imports it (the panel's button).
    void importPolicy();

Q_SIGNALS:
    void openHousehold(const QString &householdId);
    // An application of a household, and a step to open at once (empty: just show it).
    void openCase(const QString &householdId, const QString &caseId, const QString &step);
    // The policy just imported changes the standards on from, and the person wants the 调标 now.
    void rerateAsked(const QDate &from);

private:
    // Rows for the households that moved out of the user's areas lately (after the tasks).
    void showMovedOut();
    // Rows for the ID numbers the county found in two households (first of the extra rows).
    void showDuplicates();

    core::HouseholdService &m_households;
    // Shows the panel when no policy is on the laptop; whether it is shown.
    bool showPolicyPanel();

    core::CaseService &m_cases;
    core::PolicyService &m_policy;
    QFrame *m_policyPanel;
    QLabel *m_policyText;
    QPushButton *m_importPolicy;
    QLabel *m_summary;
    QTableWidget *m_tasks;
    QLabel *m_waitingTitle;
    QTableWidget *m_waiting;
};

} // namespace doudi::ui
