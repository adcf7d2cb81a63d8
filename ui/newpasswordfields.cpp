#include "ui/newpasswordfields.h"
#include "ui/problemtext.h"

#include "services/profileservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace doudi::ui {

namespace {
const QString kGoodStyle = QStringLiteral("color: #1b6e20");
} // namespace

NewPasswordFields::NewPasswordFields(QFormLayout *form, const QString &passwordLabel, const QString &repeatLabel, QWidget *parent)
    : QObject(parent), m_password(new QLineEdit), m_repeat(new QLineEdit), m_hint(new QLabel), m_repeatHint(new QLabel)
{
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("At least 8 characters, not your name, not a common password. Write it nowhere near "
                              "the computer."));
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_repeatHint->setObjectName(QStringLiteral("confirmHint"));
    for (QLabel *l : {m_hint, m_repeatHint}) {
        l->setWordWrap(true);
        l->setVisible(false);
    }
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_hint);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), m_repeatHint);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::update);
}

void NewPasswordFields::setContext(const core::PasswordContext &who)
{
    m_who = who;
    update();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

QString NewPasswordFields::problem() const
{
    if (m_password->text().isEmpty())
        return tr("Please choose a password.");
    if (const core::Status st = core::ProfileService::checkPassword(m_password->text(), m_who); !st)
        return st.error().message();
    if (m_repeat->text() != m_password->text())
        return m_repeat->text().isEmpty() ? tr("Please type the password a second time.")
                                          : tr("The two passwords are not the same.");
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::update()
{
    // Nothing is said about an empty field: the person has not started yet.
    const QString typed = m_password->text();
    if (typed.isEmpty()) {
        m_hint->clear();
    } else if (const core::Status st = core::ProfileService::checkPassword(typed, m_who); !st) {
        markAsProblem(m_hint);
        m_hint->setText(st.error().message());
    } else {
        m_hint->clear(); // nothing to say; the second field confirms it below
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    // The second field is judged once something is in it: a mismatch while it is still being
    // typed is said only when it cannot become the same by typing on.
    const QString again = m_repeat->text();
    if (again.isEmpty()) {
        m_repeatHint->clear();
    } else if (again == typed) {
        const bool good = core::ProfileService::checkPassword(typed, m_who).ok();
        m_repeatHint->setStyleSheet(kGoodStyle);
        m_repeatHint->setText(good ? tr("✓ A good password, typed the same twice.") : QString());
    } else if (!typed.startsWith(again)) {
        markAsProblem(m_repeatHint);
        m_repeatHint->setText(tr("The two passwords are not the same."));
    } else {
        m_repeatHint->clear();
    }
    m_repeatHint->setVisible(!m_repeatHint->text().isEmpty());
    Q_EMIT changed();
}

} // namespace doudi::ui
