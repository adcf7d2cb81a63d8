#pragma once

#include <QObject>
#include <QTimer>

namespace doudi::ui {

// Watches the whole application's keyboard and mouse input and says when nobody has touched
// it for a while (auto-lock, DESIGN §5).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    // timeoutMs 0: never idle.
    explicit IdleWatcher(int timeoutMs, QObject *parent = nullptr);
    ~IdleWatcher() override;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace doudi::ui
