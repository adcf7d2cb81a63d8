#pragma once

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

// 复核: first what has changed in the household since the last decision and what the
// county's policy gives it today, then the decision (keep, 增发, 减发, 停发), filled in from
// that comparison for the caseworker to confirm or change.
class ReviewWizard : public QWizard
{
    Q_OBJECT
public:
    ReviewWizard(core::CaseService &cases, QString caseId, QWidget *parent = nullptr);

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *makeChangesPage();
    QWizardPage *makeDecisionPage();
    void updateDecisionFields();

    core::CaseService &m_cases;
    QString m_caseId;
    QComboBox *m_outcome;
    QLineEdit *m_amount;
    QLineEdit *m_note;
    QComboBox *m_reason;
    QCheckBox *m_unstable;
    QLabel *m_error;
};

} // namespace doudi::ui
