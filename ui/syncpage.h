#pragma once

#include "ui/syncscheduler.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::core {
class Session;
}

namespace doudi::ui {

// 同步: where this laptop stands with the county server. What is waiting to go, the last
// rounds and their outcome, what went wrong in plain words with what to do, and "sync now".
// A profile that has not joined says how to join (the first-run wizard or 设置).
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(core::Session &session, SyncScheduler &scheduler, QWidget *parent = nullptr);

    void refresh();
    // What to do after an error of this kind, for the person (one sentence).
    static QString advice(core::ErrorCode code);

Q_SIGNALS:
    void joinRequested();
    // The device was withdrawn, or its credential lost: join anew with a new code.
    void joinAgainRequested();
    // The county's answer to a USB bundle was read: records may have come.
    void answerRead();

private:
    // USB bundles for a village without any network (docs/sync-protocol.md §10).
    void writeBundle();
    void readAnswer();
    bool roundIsOver(const QString &title);
    // The signed-in user signs in to the county again (their token was refused).
    void signIn();

    core::Session &m_session;
    SyncScheduler &m_scheduler;
    QLabel *m_server;
    QLabel *m_state;
    QLabel *m_advice;
    QLabel *m_waiting;
    QPushButton *m_syncNow;
    QPushButton *m_join;
    QPushButton *m_signIn;
    QPushButton *m_joinAgain;
    QPushButton *m_writeBundle;
    QPushButton *m_readAnswer;
    QLabel *m_refusedLabel;
    QTableWidget *m_refused;
    QTableWidget *m_history;
};

} // namespace doudi::ui
