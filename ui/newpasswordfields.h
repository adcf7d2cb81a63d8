#pragma once

#include "services/profileservice.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace doudi::ui {

// A new password and its repetition, for a form: what is wrong with it is said as it is typed
// (ProfileService::checkPassword, the same check the services make) and goes away once it is
// fixed; the two fields not matching is said as soon as the second is typed. The rows are
// added to the caller's form, so that the labels line up with the form's other rows.
class NewPasswordFields : public QObject
{
    Q_OBJECT
public:
    NewPasswordFields(QFormLayout *form, const QString &passwordLabel, const QString &repeatLabel, QWidget *parent = nullptr);

    // Who the password is for: a password must not be made of their names.
    void setContext(const core::PasswordContext &who);
    QString password() const;
    // What is wrong (the first thing), or empty when both fields hold the same good password.
    QString problem() const;
    // Clears both fields (after use: the password stays nowhere in the form).
    void clear();
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QLabel *m_repeatHint;
    core::PasswordContext m_who;
};

} // namespace doudi::ui
