#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace doudi::core {
class UserService;
}

namespace doudi::ui {

// 用户管理: the users of this computer, adding one (role, area, first password) and setting
// a new password for someone who forgot theirs. Shown to those who may manage users.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(core::UserService &users, QWidget *parent = nullptr);
    void refresh();

private:
    void addUser();
    void resetPassword();
    // Shows what is wrong with the first password as it is typed.
    void updatePasswordHint();

    core::UserService &m_users;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_display;
    QComboBox *m_role;
    QComboBox *m_area;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QLabel *m_message;
};

} // namespace doudi::ui
