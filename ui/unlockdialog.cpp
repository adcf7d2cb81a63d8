#include "ui/unlockdialog.h"

#include "ui/newpasswordfields.h"
#include "ui/problemtext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doudi::ui {

UnlockDialog::UnlockDialog(QString profileDir, const QString &user, QWidget *parent)
    : QDialog(parent), m_dir(std::move(profileDir)), m_passwordPage(new QWidget), m_recoveryPage(new QWidget),
      m_user(new QLineEdit(user)), m_password(new QLineEdit), m_message(new QLabel),
      m_forgot(new QPushButton(tr("&Forgot your password?"))), m_code(new QLineEdit), m_recoveryUser(new QComboBox),
      m_recoveryMessage(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Doudi — Unlock"));
    setMinimumWidth(520);

    // The password.
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    markAsProblem(m_message);
    m_forgot->setObjectName(QStringLiteral("forgotPassword"));
    m_forgot->setFlat(true);
    m_forgot->setAutoDefault(false); // Enter in the password field still unlocks
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setStyleSheet(QStringLiteral("color: #0645ad; text-decoration: underline; text-align: left"));
    m_forgot->setToolTip(tr("Set a new password with the recovery code printed when Doudi was set up on this computer."));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *title = new QLabel(tr("Doudi social assistance — enter your password to open the encrypted records."));
    title->setWordWrap(true);
    auto *passwordLayout = new QVBoxLayout(m_passwordPage);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(title);
    passwordLayout->addLayout(form);
    passwordLayout->addWidget(m_message);
    passwordLayout->addWidget(m_forgot, 0, Qt::AlignLeft);
    passwordLayout->addStretch(1);
    for (QLineEdit *e : {m_user, m_password})
        connect(e, &QLineEdit::textEdited, m_message, &QLabel::clear); // it was about what was typed before

    // The recovery code and a new password.
    auto *recoveryTitle = new QLabel(tr("Forgot your password? The recovery code lets you set a new one."));
    recoveryTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    recoveryTitle->setWordWrap(true);
    auto *recoveryNote = new QLabel(tr("The recovery code is the sheet printed when Doudi was set up on this computer: six "
                                       "groups of four letters and digits, kept in the township office safe. Your records "
                                       "stay as they are; only your password changes."));
    recoveryNote->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setToolTip(tr("Capital or small letters, with or without the dashes."));
    m_recoveryUser->setObjectName(QStringLiteral("recoveryUser"));
    m_recoveryUser->setEditable(true);
    m_recoveryUser->addItems(core::ProfileService::usersOf(m_dir));
    m_recoveryMessage->setObjectName(QStringLiteral("recoveryMessage"));
    m_recoveryMessage->setWordWrap(true);
    markAsProblem(m_recoveryMessage);
    auto *recoveryForm = new QFormLayout;
    recoveryForm->addRow(tr("Recovery &code:"), m_code);
    recoveryForm->addRow(tr("&User name:"), m_recoveryUser);
    m_newPassword = new NewPasswordFields(recoveryForm, tr("&New password:"), tr("&Repeat new password:"), this);
    m_newPassword->passwordEdit()->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->repeatEdit()->setObjectName(QStringLiteral("newPasswordAgain"));
    connect(m_recoveryUser, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        m_newPassword->setContext({name.trimmed(), {}, {}});
    });
    connect(m_newPassword, &NewPasswordFields::changed, m_recoveryMessage, &QLabel::clear);
    connect(m_code, &QLineEdit::textEdited, m_recoveryMessage, &QLabel::clear);
    auto *back = new QPushButton(tr("&Back to the password"));
    back->setObjectName(QStringLiteral("backToPassword"));
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, [this] { showRecovery(false); });
    auto *recoveryLayout = new QVBoxLayout(m_recoveryPage);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    recoveryLayout->addWidget(recoveryTitle);
    recoveryLayout->addWidget(recoveryNote);
    recoveryLayout->addLayout(recoveryForm);
    recoveryLayout->addWidget(m_recoveryMessage);
    recoveryLayout->addWidget(back, 0, Qt::AlignLeft);
    recoveryLayout->addStretch(1);

    // One of the two at a time; a hidden one takes no room.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passwordPage);
    layout->addWidget(m_recoveryPage);
    layout->addWidget(m_buttons);
    connect(m_forgot, &QPushButton::clicked, this, [this] { showRecovery(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            [this] { m_recoveryPage->isVisibleTo(this) ? tryRecovery() : tryUnlock(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    showRecovery(false);
    (user.isEmpty() ? m_user : m_password)->setFocus();
    resize(520, sizeHint().height());
}

void UnlockDialog::showRecovery(bool recovery)
{
    m_passwordPage->setVisible(!recovery);
    m_recoveryPage->setVisible(recovery);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("ok"));
    ok->setText(recovery ? tr("Set the new password and unlock") : tr("Unlock"));
    if (recovery) {
        const QString typed = m_user->text().trimmed();
        if (!typed.isEmpty())
            m_recoveryUser->setCurrentText(typed);
        m_newPassword->setContext({m_recoveryUser->currentText().trimmed(), {}, {}});
        m_code->setFocus();
    } else {
        m_newPassword->clear();
        m_code->clear();
        m_recoveryMessage->clear();
        m_password->setFocus();
    }
    // As tall as the page shown needs, at a width that reads well (the button's new text too).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    layout()->activate();
    const int w = std::max(width(), minimumWidth());
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    resize(w, std::max(h, minimumSizeHint().height()));
}

void UnlockDialog::tryUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes a moment on purpose
    core::Result<std::unique_ptr<core::Session>> p =
        core::ProfileService::unlock(m_dir, m_user->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!p) {
        QString text = p.error().message();
        if (p.error().code() == core::ErrorCode::WrongCredentials)
            text += u'\n' + tr("Forgot it? Use the recovery code (below) to set a new password.");
        m_message->setText(text);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_session = std::move(p).value();
    accept();
}

void UnlockDialog::tryRecovery()
{
    m_recoveryMessage->clear();
    const QString user = m_recoveryUser->currentText().trimmed();
    if (m_code->text().trimmed().isEmpty()) {
        m_recoveryMessage->setText(tr("Please type the recovery code from the sheet."));
        m_code->setFocus();
        return;
    }
    if (user.isEmpty()) {
        m_recoveryMessage->setText(tr("Please enter the user name whose password is to be set anew."));
        m_recoveryUser->setFocus();
        return;
    }
    m_newPassword->setContext({user, {}, {}});
    if (const QString problem = m_newPassword->problem(); !problem.isEmpty()) {
        m_recoveryMessage->setText(problem);
        m_newPassword->passwordEdit()->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // two key derivations, on purpose slow
    core::Result<std::unique_ptr<core::Session>> p =
        core::ProfileService::resetPasswordWithRecoveryCode(m_dir, m_code->text(), user, m_newPassword->password());
    QApplication::restoreOverrideCursor();
    if (!p) {
        m_recoveryMessage->setText(p.error().message());
        if (p.error().code() == core::ErrorCode::WrongCredentials) {
            m_code->selectAll();
            m_code->setFocus();
        }
        return;
    }
    m_newPassword->clear();
    m_code->clear();
    m_session = std::move(p).value();
    accept();
}

} // namespace doudi::ui
