#include "ui/rekeydialog.h"
#include "ui/screenfit.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/documentservice.h"
#include "ui/messagebox.h"
#include "ui/printing.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

RekeyDialog::RekeyDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_stack(new QStackedWidget), m_password(new QLineEdit), m_code(new QLabel),
      m_dropNote(new QLabel), m_lastGroup(new QLineEdit),
      m_wroteDown(new QCheckBox(tr("I have written the new recovery code down and keep it safe.")))
{
    setWindowTitle(tr("Change the database key"));
    m_stack->addWidget(makePasswordPage());
    m_stack->addWidget(makeCodePage());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_ok->setText(tr("&Continue"));
    m_ok->setObjectName(QStringLiteral("ok"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RekeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RekeyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    updateOk();
    m_password->setFocus();
    fitToScreen(this, QSize(600, sizeHint().height()));
}

RekeyDialog::~RekeyDialog()
{
    if (!m_committed && m_session.isRekeying())
        ProfileService::abandonRekey(m_session);
}

QWidget *RekeyDialog::makePasswordPage()
{
    auto *page = new QWidget;
    auto *heading = new QLabel(tr("Change the database key"));
    setTextRole(heading, TextRole::Heading);
    auto *what =
        wrapped(tr("The records on this computer are encrypted again with a new key, and a new recovery code replaces the old "
                   "one. Do this when the recovery code or a password may have become known to someone else."));
    auto *after =
        wrapped(tr("<b>What changes:</b><ul>"
                   "<li>The old recovery code (the sheet in the safe) no longer opens the records. You are shown the new code "
                   "next: write it down or print it.</li>"
                   "<li>Your password stays the same. Every <b>other user</b> of this computer can no longer sign in until an "
                   "administrator sets a new password for them; you are told who before anything changes.</li>"
                   "<li>Close every other Doudi window and command on this computer first: the change is refused while another "
                   "one has the records open.</li></ul>"));
    after->setTextFormat(Qt::RichText);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The password you signed in with, to confirm that it is you."));
    connect(m_password, &QLineEdit::textChanged, this, &RekeyDialog::updateOk);
    auto *form = new QFormLayout;
    form->addRow(tr("Your current &password:"), m_password);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addWidget(after);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *RekeyDialog::makeCodePage()
{
    auto *page = new QWidget;
    auto *heading = new QLabel(tr("The new recovery code"));
    setTextRole(heading, TextRole::Heading);
    auto *note = wrapped(tr("Write this code on paper and check each group, or print it, and keep it in the township "
                            "office safe. Nothing has changed yet: until you confirm below, the old code still works."));
    // As at the first start (FirstRunWizard): large, in a frame, selectable but never copied anywhere by us.
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    setTextRole(m_code, TextRole::Code);
    m_code->setStyleSheet(QStringLiteral("padding: 12px; "
                                         "border: 2px solid #444"));
    auto *print = new QPushButton(tr("&Print the recovery code…"));
    print->setObjectName(QStringLiteral("printRecoveryCode"));
    print->setToolTip(tr("A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the "
                         "computer."));
    connect(print, &QPushButton::clicked, this, &RekeyDialog::printCode);
    m_dropNote->setObjectName(QStringLiteral("droppedUsers"));
    m_dropNote->setWordWrap(true);
    m_lastGroup->setObjectName(QStringLiteral("lastGroup"));
    m_lastGroup->setMaxLength(12);
    m_lastGroup->setMaximumWidth(160);
    m_lastGroup->setToolTip(tr("The four characters after the last dash, to show that the code was copied."));
    connect(m_lastGroup, &QLineEdit::textEdited, this, [this](const QString &typed) {
        const int at = m_lastGroup->cursorPosition();
        m_lastGroup->setText(typed.toUpper()); // as the code is printed
        m_lastGroup->setCursorPosition(at);
    });
    connect(m_lastGroup, &QLineEdit::textChanged, this, &RekeyDialog::updateOk);
    m_wroteDown->setObjectName(QStringLiteral("wroteDown"));
    connect(m_wroteDown, &QCheckBox::toggled, this, &RekeyDialog::updateOk);
    auto *form = new QFormLayout;
    form->addRow(tr("Type the &last group of the new code:"), m_lastGroup);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_code);
    layout->addWidget(print, 0, Qt::AlignLeft);
    layout->addWidget(m_dropNote);
    layout->addLayout(form);
    layout->addWidget(m_wroteDown);
    layout->addStretch(1);
    return page;
}

void RekeyDialog::updateOk()
{
    if (m_stack->currentIndex() == 0) {
        m_ok->setEnabled(!m_password->text().isEmpty());
        return;
    }
    m_ok->setEnabled(ProfileService::isLastGroupOf(m_code->text(), m_lastGroup->text()) && m_wroteDown->isChecked());
}

void RekeyDialog::accept()
{
    if (!m_ok->isEnabled())
        return; // Enter in a field before the page is complete
    if (m_stack->currentIndex() == 0)
        begin();
    else
        commit();
}

void RekeyDialog::begin()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // checks the password and makes a slot: slow on purpose
    const Result<RekeyResult> started = ProfileService::beginRekey(m_session, m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!started) {
        MessageBox::warn(this, windowTitle(), started.error().message());
        m_password->setFocus();
        return;
    }
    m_code->setText(started->recoveryCode);
    m_dropped = started->droppedUsers;
    m_dropNote->setText(m_dropped.isEmpty()
                            ? tr("No other user has a password on this computer.")
                            : tr("After the change these users cannot sign in until an administrator sets a new password "
                                 "for them: %1.")
                                  .arg(usersText()));
    m_stack->setCurrentIndex(1);
    m_ok->setText(tr("&Change the key"));
    m_cancel->setToolTip(tr("Keep the old key and recovery code; the new code is thrown away."));
    updateOk();
    m_lastGroup->setFocus();
}

void RekeyDialog::commit()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // the whole database is written out again
    const Status st = ProfileService::commitRekey(m_session);
    QApplication::restoreOverrideCursor();
    if (!st) {
        if (m_session.isRekeying()) { // failed before the swap: nothing changed, try again or cancel
            MessageBox::warn(this, windowTitle(),
                             tr("The database key could not be changed: %1\n\nNothing was changed. You can try again, "
                                "or cancel to keep the old key and recovery code.")
                                 .arg(st.error().message()));
            return;
        }
        m_needsUnlock = true;
        MessageBox::warn(this, windowTitle(),
                         tr("The database key could not be changed: %1\n\nDoudi locks now. Unlock it again with your "
                            "password; if that fails, call the county's support.")
                             .arg(st.error().message()));
        QDialog::reject();
        return;
    }
    m_committed = true;
    QString done = tr("The database key has been changed. The old recovery code no longer works: keep the new one in "
                      "the township office safe and destroy the old sheet.");
    if (!m_dropped.isEmpty())
        done += QStringLiteral("\n\n") + tr("These users need a new password from an administrator before they can sign in "
                                            "again: %1.")
                                             .arg(usersText());
    MessageBox::inform(this, windowTitle(), done);
    QDialog::accept();
}

void RekeyDialog::reject()
{
    if (m_session.isRekeying()) {
        ProfileService::abandonRekey(m_session);
        m_code->clear(); // it opens nothing now
        MessageBox::inform(this, windowTitle(),
                           tr("The database key was not changed. The old recovery code remains valid; the new code shown "
                              "here does not work and can be destroyed."));
    }
    QDialog::reject();
}

void RekeyDialog::printCode()
{
    QStringList areas;
    for (const QString &scope : m_session.scopes())
        areas << AreaRegistry::current().fullName(scope);
    const Result<FormDocument> sheet =
        DocumentService::recoverySheet(m_code->text(), m_session.user(), areas.join(tr(", ")), Clock::today());
    if (sheet)
        previewForms(this, {*sheet}, tr("Recovery code"), false); // printed, never saved as a file
    else
        MessageBox::warn(this, tr("Recovery code"), sheet.error().message());
}

QString RekeyDialog::usersText() const
{
    return m_dropped.join(tr(", "));
}

} // namespace doudi::ui
