#pragma once

#include "services/profileservice.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace doudi::ui {

// Asks for user name and password and unlocks the profile; wrong passwords and back-off
// are explained in the dialog, which stays open for another try.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    UnlockDialog(QString profileDir, const QString &user, QWidget *parent = nullptr);
    std::unique_ptr<core::Session> takeSession() { return std::move(m_session); }

private:
    void tryUnlock();

    QString m_dir;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    std::unique_ptr<core::Session> m_session;
};

} // namespace doudi::ui
