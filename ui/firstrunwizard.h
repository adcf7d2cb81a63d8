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
}

namespace doudi::ui {

// The first start on a computer: joining the county server (the profile is made from the
// county's account), or working alone: area of work and role, the first user and password,
// the cipher where the county uses SM4. Then the recovery code, shown once.
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
    enum PageId { WelcomePage, AreaPage, AccountPage, CipherPage, RecoveryPage, JoinPage };
    bool createProfile();
    // The profile made from the county's account (JoinForm), unlocked.
    bool joinCounty();
    core::PasswordContext passwordContext() const;
    // Shows what is wrong with the password as it is typed.
    void updatePasswordHint();

    QString m_dir;
    QComboBox *m_township;
    QComboBox *m_village;
    QComboBox *m_role;
    QLineEdit *m_user;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QRadioButton *m_joinChoice;
    JoinForm *m_join;
    QRadioButton *m_aes;
    QRadioButton *m_sm4;
    QLabel *m_code;
    QCheckBox *m_wroteDown;
    QLabel *m_recoveryHint;
    QLabel *m_passwordHint;
    QLabel *m_error;
    std::unique_ptr<core::Session> m_session;
};

} // namespace doudi::ui
