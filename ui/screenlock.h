#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace doudi::ui {

// The screen locked in place (auto-lock after the idle time, Ctrl+L from any window): every
// window of Doudi is hidden at once behind an opaque full-screen lock that asks the same
// person's password; unlocked, every window comes back as it was, half-typed forms included.
// Another person signs in with "switch user": the windows then close (their drafts kept).
class ScreenLock : public QWidget
{
    Q_OBJECT
public:
    ScreenLock(QString profileDir, QString user, QWidget *parent = nullptr);
    // Hides every other window of the application and covers the screen.
    void engage();
    bool isEngaged() const { return isVisible(); }

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tryUnlock();
    void restore();

    QString m_dir;
    QString m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    struct Hidden
    {
        QPointer<QWidget> window;
        Qt::WindowStates state;
    };
    QList<Hidden> m_hidden;
    QPointer<QWidget> m_active;
};

} // namespace doudi::ui
