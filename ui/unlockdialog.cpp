#include "ui/unlockdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doudi::ui {

UnlockDialog::UnlockDialog(QString profileDir, const QString &user, QWidget *parent)
    : QDialog(parent), m_dir(std::move(profileDir)), m_user(new QLineEdit(user)), m_password(new QLineEdit),
      m_message(new QLabel)
{
    setWindowTitle(tr("Doudi — Unlock"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Doudi social assistance — enter your password to open the encrypted records."));
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (user.isEmpty() ? m_user : m_password)->setFocus();
    resize(420, sizeHint().height());
}

void UnlockDialog::tryUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes a moment on purpose
    core::Result<std::unique_ptr<core::Session>> p = core::ProfileService::unlock(m_dir, m_user->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!p) {
        m_message->setText(p.error().message());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_session = std::move(p).value();
    accept();
}

} // namespace doudi::ui
