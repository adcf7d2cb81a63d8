#pragma once

#include "services/profileservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace doudi::ui {

// 更换数据库密钥: a new database key, the LUKS way (Profile::beginRekey). First the current
// password, with what the change means; then the new recovery code, shown large and printable,
// which the person confirms (the last group typed, a box ticked) before the swap. Cancelled at
// any point, the old key, passwords and recovery code stay as they were.
class RekeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RekeyDialog(core::Session &profile, QWidget *parent = nullptr);
    ~RekeyDialog() override;

    // After the swap (or a swap that failed half-way) the profile has a new database: the
    // services made on it before must go, so the app locks and is unlocked again.
    bool needsUnlockAgain() const { return m_needsUnlock; }
    bool committed() const { return m_committed; }
    const QStringList &droppedUsers() const { return m_dropped; }

    void accept() override; // first page: start the change; second page: swap the key
    void reject() override; // second page: the new code is taken back

private:
    QWidget *makePasswordPage();
    QWidget *makeCodePage();
    void begin();
    void commit();
    void printCode();
    void updateOk();
    QString usersText() const;

    core::Session &m_session;
    QStackedWidget *m_stack;
    QLineEdit *m_password;
    QLabel *m_code;
    QLabel *m_dropNote;
    QLineEdit *m_lastGroup;
    QCheckBox *m_wroteDown;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QStringList m_dropped;
    bool m_committed = false;
    bool m_needsUnlock = false;
};

} // namespace doudi::ui
