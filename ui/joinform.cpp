#include "ui/joinform.h"

#include "ui/backgroundtask.h"
#include "ui/problemtext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

namespace doudi::ui {

JoinForm::JoinForm(const QString &user, QWidget *parent)
    : QWidget(parent), m_server(new QLineEdit), m_code(new QLineEdit), m_user(new QLineEdit(user)), m_password(new QLineEdit),
      m_error(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_server->setObjectName(QStringLiteral("joinServer"));
    m_server->setPlaceholderText(QStringLiteral("https://10.1.2.3:8443"));
    m_code->setObjectName(QStringLiteral("joinCode"));
    m_code->setToolTip(tr("The one-time code the county printed for this laptop. It also names the server's certificate, so "
                          "that this laptop talks only to the real county server."));
    m_user->setObjectName(QStringLiteral("joinUser"));
    m_user->setReadOnly(!user.isEmpty());
    m_password->setObjectName(QStringLiteral("joinPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("joinError"));
    m_error->setWordWrap(true);
    markAsProblem(m_error);
    for (QLineEdit *e : {m_server, m_code, m_user, m_password})
        connect(e, &QLineEdit::textEdited, m_error, &QLabel::clear); // the message was about what it was
    form->addRow(tr("County &server address:"), m_server);
    form->addRow(tr("&Enrolment code:"), m_code);
    form->addRow(tr("Your county &user name:"), m_user);
    form->addRow(tr("Your county &password:"), m_password);
    auto *note = new QLabel(tr("You sign in to the county once. From then on you unlock this laptop with the same password, "
                               "with or without a network."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void JoinForm::focusFirst()
{
    m_server->setFocus();
}

QString JoinForm::user() const
{
    return m_user->text().trimmed();
}

QString JoinForm::takePassword()
{
    QString out = m_typed;
    m_typed.clear();
    return out;
}

void JoinForm::setServer(const QString &url)
{
    m_server->setText(url);
}

std::optional<core::SyncService::Joined> JoinForm::join(const QString &profileDir)
{
    m_error->clear();
    const QString server = m_server->text().trimmed(), code = m_code->text().trimmed(), user = this->user();
    m_typed = m_password->text();
    m_password->clear();
    if (server.isEmpty() || code.isEmpty() || user.isEmpty() || m_typed.isEmpty()) {
        m_error->setText(tr("Fill in all four: the server address, the enrolment code, your user name and password."));
        return std::nullopt;
    }
    std::optional<core::Result<core::SyncService::Joined>> result;
    runInBackground(this, tr("Joining the county server…"), [&](TaskProgress &) {
        result = core::SyncService::join(profileDir, server, code, user, m_typed, QSysInfo::machineHostName(), m_again);
    });
    if (!result) {
        m_error->setText(tr("Joining was cancelled."));
        return std::nullopt;
    }
    if (!*result) {
        m_error->setText(result->error().message());
        m_typed.clear();
        return std::nullopt;
    }
    return std::move(*result).value();
}

} // namespace doudi::ui
