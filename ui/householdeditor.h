#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace doudi::core {
class CaseService;
class HouseholdService;
} // namespace doudi::core

namespace doudi::ui {

class HouseholdForm;
class RegisteredElsewhereNotice;

// 修改家庭信息: the household on record in the intake's pages, with the reason for the change.
// Saving keeps the reason and what changed in the household's change log; a person already in
// another household is refused unless the caseworker says they moved here.
class HouseholdEditor : public QDialog
{
    Q_OBJECT
public:
    // False (with the reason said to the person) when the household cannot be read.
    HouseholdEditor(core::HouseholdService &households, const QString &householdId, QWidget *parent = nullptr);
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    bool save();

    core::HouseholdService &m_households;
    QString m_householdId;
    HouseholdForm *m_form;
    QTabWidget *m_tabs;
    QLineEdit *m_reason;
    RegisteredElsewhereNotice *m_elsewhere;
    QLabel *m_error;
    bool m_loaded = false;
    bool m_edited = false;
};

// After a household changed: what the county's policy gives each of its open applications and
// benefits now, beside what they have, with the review offered where a benefit is paid.
class ReassessmentDialog : public QDialog
{
    Q_OBJECT
public:
    ReassessmentDialog(core::CaseService &cases, const QString &householdId, const QString &headName, QWidget *parent = nullptr);
    // Whether the household has an open application or benefit to show.
    bool hasCases() const { return !m_caseIds.isEmpty(); }

private:
    void fill();

    core::CaseService &m_cases;
    QString m_householdId, m_headName;
    QStringList m_caseIds;
    QTableWidget *m_table;
    QPushButton *m_review;
};

} // namespace doudi::ui
