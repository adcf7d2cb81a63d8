#include "ui/screenlock.h"

#include "services/profileservice.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

ScreenLock::ScreenLock(QString profileDir, QString user, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_dir(std::move(profileDir)),
      m_user(std::move(user)), m_password(new QLineEdit), m_message(new QLabel)
{
    setObjectName(QStringLiteral("screenLock"));
    setWindowTitle(tr("Doudi is locked"));
    setWindowModality(Qt::ApplicationModal); // nothing behind it takes a key or a click
    // Opaque and plain: nothing of what it hides shows through. (A style sheet, not a palette:
    // the application's text-size style sheet would override a palette's colours.)
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("#screenLock { background: #2b3a4a; } #screenLock QLabel { color: white; }"));

    auto *title = new QLabel(tr("Doudi is locked"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *who = new QLabel(tr("The records of %1 are hidden. Type the password to go on where you were.").arg(m_user));
    who->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    auto *unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    auto *switchUser = new QPushButton(tr("&Switch user…"));
    switchUser->setObjectName(QStringLiteral("switchUser"));
    switchUser->setToolTip(tr("Another person signs in: the open windows close; unfinished applications are kept as drafts."));
    connect(m_password, &QLineEdit::returnPressed, this, &ScreenLock::tryUnlock);
    connect(unlock, &QPushButton::clicked, this, &ScreenLock::tryUnlock);
    connect(switchUser, &QPushButton::clicked, this, [this] {
        hide();
        m_hidden.clear(); // what was open closes with the session
        Q_EMIT switchUserRequested();
    });

    auto *box = new QWidget;
    box->setMaximumWidth(520);
    auto *form = new QVBoxLayout(box);
    form->addWidget(title);
    form->addWidget(who);
    form->addWidget(m_password);
    form->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(unlock);
    buttons->addWidget(switchUser);
    buttons->addStretch(1);
    form->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void ScreenLock::engage()
{
    if (isVisible())
        return;
    m_active = QApplication::activeWindow();
    m_hidden.clear();
    // Every other window goes out of sight, even a dialog waiting in exec() (hiding that one
    // would end it: minimised, it waits on unseen), and the lock covers the screen besides.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
            continue;
        m_hidden.append({w, w->windowState()});
        w->setWindowState(w->windowState() | Qt::WindowMinimized);
    }
    m_password->clear();
    m_message->clear();
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    m_password->setFocus(Qt::OtherFocusReason);
}

void ScreenLock::tryUnlock()
{
    // The password is checked as at unlock, counting wrong guesses the same way.
    Result<std::unique_ptr<Session>> check = ProfileService::unlock(m_dir, m_user, m_password->text());
    m_password->clear();
    if (!check) {
        m_message->setText(check.error().message());
        return;
    }
    (*check)->lock();
    hide();
    restore();
    Q_EMIT unlocked();
}

void ScreenLock::restore()
{
    for (const Hidden &h : std::as_const(m_hidden)) {
        if (h.window)
            h.window->setWindowState(h.state);
    }
    m_hidden.clear();
    if (m_active) {
        m_active->raise();
        m_active->activateWindow();
    }
}

void ScreenLock::keyPressEvent(QKeyEvent *event)
{
    // Escape does not close a lock.
    if (event->key() != Qt::Key_Escape)
        QWidget::keyPressEvent(event);
}

} // namespace doudi::ui
