#pragma once

#include "services/profileservice.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace doudi::ui {

class NewPasswordFields;

// Asks for user name and password and unlocks the profile; wrong passwords and back-off
// are explained in the dialog, which stays open for another try. "Forgot your password?"
// turns it to the recovery code (printed at set-up, kept in the township safe): with it the
// person sets a new password and is let in (ProfileService::resetPasswordWithRecoveryCode).
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    UnlockDialog(QString profileDir, const QString &user, QWidget *parent = nullptr);
    std::unique_ptr<core::Session> takeSession() { return std::move(m_session); }

private:
    void tryUnlock();
    void tryRecovery();
    void showRecovery(bool recovery);

    QString m_dir;
    QWidget *m_passwordPage;
    QWidget *m_recoveryPage;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_forgot;
    QLineEdit *m_code;
    QComboBox *m_recoveryUser;
    NewPasswordFields *m_newPassword;
    QLabel *m_recoveryMessage;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<core::Session> m_session;
};

} // namespace doudi::ui
