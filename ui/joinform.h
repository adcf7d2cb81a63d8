#pragma once

#include "services/syncservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace doudi::ui {

// Joining the county server (issue 12): the server's address and the one-time enrolment code
// the county gives, and the person's county account. Used by the first start (a new profile
// made from the county's account) and by 同步 / 设置 (a profile that worked alone until now).
class JoinForm : public QWidget
{
    Q_OBJECT
public:
    // user: fixed for an existing profile (its signed-in user); empty to ask for it.
    explicit JoinForm(const QString &user = {}, QWidget *parent = nullptr);

    // Enrols and signs in, on a worker thread behind a progress dialog; the message of what
    // went wrong is shown in the form. The password field is cleared either way.
    std::optional<core::SyncService::Joined> join(const QString &profileDir);
    // Joining anew a profile that joined before (SyncService::join, again).
    void setAgain(bool again) { m_again = again; }
    void setServer(const QString &url);
    QString user() const;
    // The password as typed, for unlocking the profile the join made; cleared by join().
    QString takePassword();
    void focusFirst();

private:
    bool m_again = false;
    QLineEdit *m_server;
    QLineEdit *m_code;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QString m_typed;
};

} // namespace doudi::ui
