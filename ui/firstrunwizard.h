#pragma once

#include "services/profileservice.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace doudi::ui {
class JoinForm;
class NewPasswordFields;
} // namespace doudi::ui

namespace doudi::ui {

// The first start on a computer: joining the county server (the profile is made from the
// county's account), or working alone: role and the area that fits it (a village helper one
// village, township staff a township, county staff the county: Authorization::checkFirstUser;
// an administrator's account comes only from the county), the first user and password (what is
// wrong said as it is typed), the cipher explained. Then the recovery code, shown once.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(QString profileDir, QWidget *parent = nullptr);
    std::unique_ptr<core::Session> takeSession() { return std::move(m_session); }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    int nextId() const override;

private:
    enum PageId
    {
        WelcomePage,
        AreaPage,
        AccountPage,
        CipherPage,
        RecoveryPage,
        JoinPage
    };
    bool createProfile();
    // The profile made from the county's account (JoinForm), unlocked.
    bool joinCounty();
    core::PasswordContext passwordContext() const;
    // The area pickers that fit the chosen role, and what the role's area means.
    void updateAreaChoice();
    // The area of work as chosen: a village, a township or the county, by role.
    QString chosenScope() const;
    // What is wrong with the user name as typed, or empty.
    QString userProblem() const;

    QString m_dir;
    QComboBox *m_township;
    QComboBox *m_village;
    QComboBox *m_role;
    QLabel *m_townshipLabel;
    QLabel *m_villageLabel;
    QLabel *m_countyLabel;
    QLabel *m_county;
    QLabel *m_roleNote;
    QLabel *m_areaError;
    QLineEdit *m_user;
    QLineEdit *m_name;
    NewPasswordFields *m_passwords;
    QLabel *m_userHint;
    QRadioButton *m_joinChoice;
    JoinForm *m_join;
    QRadioButton *m_aes;
    QRadioButton *m_sm4;
    QLabel *m_code;
    QCheckBox *m_wroteDown;
    QLabel *m_recoveryHint;
    QLabel *m_error;
    std::unique_ptr<core::Session> m_session;
};

} // namespace doudi::ui
