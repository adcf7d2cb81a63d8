#pragma once

#include "domain/case.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace doudi::core {
class CaseService;
class DocumentService;
class HouseholdService;
class PolicyService;
} // namespace doudi::core

namespace doudi::ui {

// 家庭档案 of one household: members, incomes, assets, expenditures, obligors, applications
// with their history, and who changed what: why the household was edited, and the audit trail.
class HouseholdDetailPage : public QWidget
{
    Q_OBJECT
public:
    HouseholdDetailPage(core::HouseholdService &households, core::CaseService &cases, core::PolicyService &policy,
                        core::DocumentService &documents, QWidget *parent = nullptr);
    // Loads and shows a household; false (with the reason on the page) if it cannot be read.
    bool showHousehold(const QString &householdId);
    // Opens the form of one step for a case (the visit form, or a step dialog) and refreshes after,
    // the same application still selected.
    void runStep(const QString &caseId, const QString &event);
    // The Applications tab with this application selected.
    void showCase(const QString &caseId);
    const QString &householdId() const { return m_householdId; }
    // A line above the record about its sync (open conflicts); empty hides it.
    void setSyncNotice(const QString &text);
    // The bytes of an attachment that came from the county without them, fetched (the page
    // has no way to the county itself); null when they could not be had, said to the person.
    std::function<QByteArray(const QString &attachmentId)> fetchAttachment;

private:
    void showVisitsAndPapers(const QList<core::Case> &cases);
    void selectCase(int row);
    // The selected application's history, printed documents and the steps it allows now.
    void showSelectedCase();
    QString selectedCaseId() const;
    void editHousehold();
    void printForm(const QString &caseId);
    void showPrinted(const QString &caseId);

Q_SIGNALS:
    void backRequested();

private:
    core::HouseholdService &m_households;
    core::CaseService &m_cases;
    core::PolicyService &m_policy;
    core::DocumentService &m_documents;
    QLabel *m_title;
    QLabel *m_syncNotice;
    QLabel *m_assessment;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_members, *m_incomes, *m_assets, *m_expenditures, *m_obligors, *m_cases_, *m_history, *m_printed, *m_audit,
        *m_changes;
    QTableWidget *m_visits;
    QListWidget *m_papers;
    QPushButton *m_visit;
    QPushButton *m_step;
    QPushButton *m_print;
    QWidget *m_casesTab;
    QList<core::Case> m_caseList;
    QString m_householdId;
    QString m_headName;
};

} // namespace doudi::ui
