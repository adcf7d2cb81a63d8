#pragma once

#include <QJsonObject>
#include <QWizard>

class QCheckBox;
class QTimer;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace doudi::core {
class CaseService;
class HouseholdService;
class PolicyService;
} // namespace doudi::core

namespace doudi::core {
struct Draft;
}

namespace doudi::ui {

class HouseholdForm;
class PictureList;
class RegisteredElsewhereNotice;

// 申请受理: a new application from the household's details to a live eligibility preview.
// The wizard only collects; the domain checks everything (Household::fromJson) and each
// page shows the problems that belong to it. Finishing saves the household and registers
// the application.
class IntakeWizard : public QWizard
{
    Q_OBJECT
public:
    IntakeWizard(core::HouseholdService &households, core::CaseService &cases, core::PolicyService &policy,
                 QWidget *parent = nullptr);
    QString householdId() const { return m_householdId; }
    // The household as entered so far, in the shape `household add` takes.
    QJsonObject householdJson() const;
    // Continues an unfinished intake.
    void loadDraft(const core::Draft &draft);
    // Keeps everything typed so far (and the papers) as this user's draft on this device.
    bool saveDraft();
    bool discardDraft(); // false, with the person told, when it could not be deleted
    // Keeps what was typed as a draft, if anything was and it is not saved for real (before
    // the screen locks: nothing asked, nothing lost).
    void keepDraft();
    QString draftId() const { return m_draftId; }
    PictureList *papers() const { return m_papers; }

public Q_SLOTS:
    // Asks before throwing away what was typed.
    void reject() override;

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    enum PageId
    {
        HouseholdPage,
        MembersPage,
        MoneyPage,
        ObligorsPage,
        ApplicationPage,
        PapersPage,
        PreviewPage
    };
    QJsonObject draftJson() const;
    bool hasTypedAnything() const;
    // Members registered in another household are named; the page passes only when the
    // caseworker says they moved here.
    bool checkRegisteredElsewhere();
    bool save();

    core::HouseholdService &m_households;
    core::CaseService &m_cases;
    core::PolicyService &m_policy;
    HouseholdForm *m_form;
    QComboBox *m_programme;
    QPlainTextEdit *m_reason;
    QCheckBox *m_relative;
    RegisteredElsewhereNotice *m_elsewhere;
    QLabel *m_preview, *m_saveError;
    PictureList *m_papers;
    QTimer *m_autosave;
    QString m_householdId;
    QString m_draftId;
    QByteArray m_savedDraft; // what the last draft held, so that autosave writes only changes
};

} // namespace doudi::ui
