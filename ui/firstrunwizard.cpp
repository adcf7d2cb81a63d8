#include "ui/firstrunwizard.h"

#include "services/syncservice.h"
#include "ui/joinform.h"

#include "common/clock.h"
#include "services/documentservice.h"
#include "services/userservice.h"
#include "ui/areapickers.h"
#include "ui/printing.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QWizardPage *makePage(const QString &title, const QString &subtitle, QLayout *layout)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    p->setLayout(layout);
    return p;
}
} // namespace

FirstRunWizard::FirstRunWizard(QString profileDir, QWidget *parent)
    : QWizard(parent), m_dir(std::move(profileDir)), m_township(new QComboBox), m_village(new QComboBox),
      m_role(new QComboBox), m_user(new QLineEdit), m_name(new QLineEdit), m_password(new QLineEdit),
      m_confirm(new QLineEdit), m_aes(new QRadioButton(tr("AES-256 (standard)"))),
      m_sm4(new QRadioButton(tr("SM4 (国密, where the county requires it)"))), m_code(new QLabel),
      m_wroteDown(new QCheckBox(tr("I have written the recovery code down and will hand it to the township office for safe keeping."))),
      m_passwordHint(new QLabel), m_error(new QLabel)
{
    setWindowTitle(tr("Doudi — first start"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    auto *welcome = new QVBoxLayout;
    auto *intro = new QLabel(tr("This computer has no Doudi records yet. The next steps set up an encrypted store for the "
                                "households you work with: your area of work, your user name and password, and a recovery "
                                "code for when a password is forgotten.\n\nEverything is kept encrypted on this computer; "
                                "without a password or the recovery code nobody can read it."));
    intro->setWordWrap(true);
    welcome->addWidget(intro);
    m_joinChoice = new QRadioButton(tr("&Join the county server (the county gave you its address and an enrolment code)"));
    m_joinChoice->setObjectName(QStringLiteral("joinChoice"));
    auto *alone = new QRadioButton(tr("&Work alone for now (join the county later from 同步 or 设置)"));
    alone->setObjectName(QStringLiteral("aloneChoice"));
    m_joinChoice->setChecked(true);
    welcome->addSpacing(12);
    welcome->addWidget(m_joinChoice);
    welcome->addWidget(alone);
    setPage(WelcomePage, makePage(tr("Welcome to Doudi"), QString(), welcome));
    m_join = new JoinForm;
    auto *join = new QVBoxLayout;
    join->addWidget(m_join);
    setPage(JoinPage, makePage(tr("Join the county server"),
                               tr("Your account, role and areas come from the county; so do its policy and its list of "
                                  "villages."),
                               join));

    setUpAreaPickers(m_township, m_village, true);
    for (const QString &role : UserService::roles())
        m_role->addItem(UserService::roleLabel(role), role);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("township")));
    m_township->setToolTip(tr("The township (街道) whose households you work with."));
    m_village->setToolTip(tr("A village helper works with one village; township staff with the whole township."));
    auto *area = new QFormLayout;
    area->addRow(tr("&Township:"), m_township);
    area->addRow(tr("&Village:"), m_village);
    area->addRow(tr("&Your role:"), m_role);
    setPage(AreaPage, makePage(tr("Area of work"), tr("Only households in this area are kept on this computer."), area));

    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_user->setToolTip(tr("The name you sign in with, e.g. wangfang."));
    m_password->setToolTip(tr("At least 8 characters, not your name, not a common password. Write it nowhere near "
                              "the computer."));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    // What is wrong with the password, as it is typed (the same check as on Next).
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_passwordHint->setWordWrap(true);
    for (QLineEdit *edit : {m_user, m_name, m_password})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunWizard::updatePasswordHint);
    auto *account = new QFormLayout;
    account->addRow(tr("&User name:"), m_user);
    account->addRow(tr("&Full name:"), m_name);
    account->addRow(tr("&Password:"), m_password);
    account->addRow(QString(), m_passwordHint);
    account->addRow(tr("&Repeat password:"), m_confirm);
    account->addRow(m_error);
    setPage(AccountPage, makePage(tr("Your account"), tr("You will unlock Doudi with this password."), account));

    m_aes->setChecked(true);
    m_sm4->setEnabled(ProfileService::sm4Available());
    auto *cipher = new QVBoxLayout;
    cipher->addWidget(m_aes);
    cipher->addWidget(m_sm4);
    auto *cipherNote = new QLabel(tr("Choose SM4 only if the county's instructions say so; it cannot be changed later."));
    cipherNote->setWordWrap(true);
    cipher->addWidget(cipherNote);
    cipher->addStretch(1);
    setPage(CipherPage, makePage(tr("Encryption"), tr("How the records are encrypted on this computer."), cipher));

    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 20pt; font-weight: bold; padding: 12px; "
                                         "border: 2px solid #444"));
    m_wroteDown->setObjectName(QStringLiteral("wroteDown"));
    auto *recovery = new QVBoxLayout;
    auto *recoveryNote = new QLabel(tr("This code unlocks the records if every password is forgotten. It is shown only "
                                       "now: write it on paper, check each group, and keep it in the township office safe."));
    recoveryNote->setWordWrap(true);
    recovery->addWidget(recoveryNote);
    recovery->addWidget(m_code);
    auto *print = new QPushButton(tr("&Print the recovery code…"));
    print->setObjectName(QStringLiteral("printRecoveryCode"));
    print->setToolTip(tr("A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the "
                         "computer."));
    connect(print, &QPushButton::clicked, this, [this] {
        const Result<FormDocument> sheet = DocumentService::recoverySheet(
            m_code->text(), m_user->text().trimmed(), m_township->currentText() + u' ' + m_village->currentText(), Clock::today());
        if (sheet)
            previewForms(this, {*sheet}, tr("Recovery code"), false); // printed, never saved as a file
        else
            m_recoveryHint->setText(sheet.error().message());
    });
    recovery->addWidget(print, 0, Qt::AlignLeft);
    recovery->addWidget(m_wroteDown);
    recovery->addStretch(1);
    m_recoveryHint = new QLabel;
    m_recoveryHint->setStyleSheet(QStringLiteral("color: #b00020"));
    recovery->addWidget(m_recoveryHint);
    setPage(RecoveryPage, makePage(tr("Recovery code"), QString(), recovery));
    resize(620, 460);
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == AccountPage)
        m_user->setFocus();
    if (id == JoinPage)
        m_join->focusFirst();
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePage:
        return m_joinChoice->isChecked() ? JoinPage : AreaPage;
    case JoinPage:
        return RecoveryPage;
    case RecoveryPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

bool FirstRunWizard::joinCounty()
{
    const std::optional<SyncService::Joined> joined = m_join->join(m_dir);
    if (!joined)
        return false;
    QString password = m_join->takePassword();
    Result<std::unique_ptr<Session>> session = ProfileService::unlock(m_dir, joined->user, password);
    password.fill(QChar(0));
    if (!session) {
        QMessageBox::warning(this, windowTitle(), session.error().message());
        return false;
    }
    m_session = std::move(session).value();
    m_code->setText(joined->recoveryCode);
    button(QWizard::BackButton)->setEnabled(false);
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == AccountPage) {
        m_error->clear();
        if (m_user->text().trimmed().isEmpty()) {
            m_error->setText(tr("Please enter a user name."));
            return false;
        }
        if (Status st = ProfileService::checkPassword(m_password->text(), passwordContext()); !st) {
            m_error->setText(st.error().message());
            return false;
        }
        if (m_password->text() != m_confirm->text()) {
            m_error->setText(tr("The two passwords are not the same."));
            return false;
        }
    }
    if (currentId() == CipherPage)
        return createProfile();
    if (currentId() == JoinPage)
        return joinCounty();
    if (currentId() == RecoveryPage && !m_wroteDown->isChecked()) {
        m_recoveryHint->setText(tr("Please write the code down first and tick the box."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

PasswordContext FirstRunWizard::passwordContext() const
{
    return {m_user->text().trimmed(), m_name->text().trimmed(), {}};
}

void FirstRunWizard::updatePasswordHint()
{
    if (m_password->text().isEmpty()) {
        m_passwordHint->clear();
        return;
    }
    const Status st = ProfileService::checkPassword(m_password->text(), passwordContext());
    m_passwordHint->setText(st ? QString() : st.error().message());
}

bool FirstRunWizard::createProfile()
{
    ProfileSetup setup;
    setup.user = m_user->text().trimmed();
    setup.displayName = m_name->text().trimmed();
    setup.password = m_password->text();
    setup.role = m_role->currentData().toString();
    setup.scope = m_village->currentData().toString();
    setup.cipher = m_sm4->isChecked() ? QStringLiteral("sm4-cbc") : QStringLiteral("aes-256-cbc");
    QString code;
    QApplication::setOverrideCursor(Qt::WaitCursor); // two key derivations, on purpose slow: under a second
    Result<std::unique_ptr<Session>> created = ProfileService::create(m_dir, setup, &code);
    QApplication::restoreOverrideCursor();
    m_password->clear();
    m_confirm->clear();
    if (!created) {
        back();
        back();
        m_error->setText(created.error().message());
        return false;
    }
    m_session = std::move(created).value();
    m_code->setText(code);
    // No way back once the profile exists.
    button(QWizard::BackButton)->setEnabled(false);
    return true;
}

} // namespace doudi::ui
