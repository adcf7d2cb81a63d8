#include "ui/firstrunwizard.h"
#include "ui/screenfit.h"
#include "ui/textsize.h"

#include "services/syncservice.h"
#include "ui/joinform.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/authorization.h"
#include "services/documentservice.h"
#include "services/userservice.h"
#include "ui/areapickers.h"
#include "ui/newpasswordfields.h"
#include "ui/printing.h"
#include "ui/problemtext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
    : QWizard(parent), m_dir(std::move(profileDir)), m_township(new QComboBox), m_village(new QComboBox), m_role(new QComboBox),
      m_townshipLabel(new QLabel(tr("&Township:"))), m_villageLabel(new QLabel(tr("&Village:"))),
      m_countyLabel(new QLabel(tr("County:"))), m_county(new QLabel), m_roleNote(new QLabel), m_areaError(new QLabel),
      m_user(new QLineEdit), m_name(new QLineEdit), m_userHint(new QLabel),
      m_aes(new QRadioButton(tr("&AES-256 — the international standard (recommended)"))),
      m_sm4(new QRadioButton(tr("&SM4 — China's national standard (国密)"))), m_code(new QLabel),
      m_wroteDown(
          new QCheckBox(tr("I have written the recovery code down and will hand it to the township office for safe keeping."))),
      m_error(new QLabel)
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
    auto *adminNote = new QLabel(tr("Administrators and county staff with a county account: join the county server."));
    adminNote->setWordWrap(true);
    welcome->addWidget(adminNote);
    setPage(WelcomePage, makePage(tr("Welcome to Doudi"), QString(), welcome));
    m_join = new JoinForm;
    auto *join = new QVBoxLayout;
    join->addWidget(m_join);
    setPage(JoinPage, makePage(tr("Join the county server"),
                               tr("Your account, role and areas come from the county; so do its policy and its list of "
                                  "villages."),
                               join));

    // Only the roles a first user may take alone, each with the kind of area it works in.
    m_role->setObjectName(QStringLiteral("role"));
    m_township->setObjectName(QStringLiteral("township"));
    m_village->setObjectName(QStringLiteral("village"));
    m_county->setObjectName(QStringLiteral("county"));
    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_areaError->setObjectName(QStringLiteral("areaError"));
    setUpAreaPickers(m_township, m_village, false);
    for (const QString &role : ProfileService::firstUserRoles())
        m_role->addItem(UserService::roleLabel(role), role);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("township")));
    const QList<Area> counties = AreaRegistry::current().atLevel(AreaCode::Level::County);
    if (!counties.isEmpty()) {
        m_county->setText(counties.first().name);
        m_county->setProperty("code", counties.first().code);
    }
    m_township->setToolTip(tr("The township (街道) whose households you work with."));
    m_village->setToolTip(tr("The village (社区) whose households you work with."));
    m_townshipLabel->setBuddy(m_township);
    m_villageLabel->setBuddy(m_village);
    m_roleNote->setWordWrap(true);
    m_areaError->setWordWrap(true);
    markAsProblem(m_areaError);
    auto *area = new QFormLayout;
    area->addRow(tr("&Your role:"), m_role);
    area->addRow(m_townshipLabel, m_township);
    area->addRow(m_villageLabel, m_village);
    area->addRow(m_countyLabel, m_county);
    area->addRow(m_roleNote);
    area->addRow(m_areaError);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FirstRunWizard::updateAreaChoice);
    for (QComboBox *box : {m_township, m_village})
        connect(box, &QComboBox::currentIndexChanged, m_areaError, &QLabel::clear);
    updateAreaChoice();
    setPage(AreaPage,
            makePage(tr("Your role and area of work"), tr("Only households in this area are kept on this computer."), area));

    m_user->setObjectName(QStringLiteral("user"));
    m_name->setObjectName(QStringLiteral("fullName"));
    m_user->setToolTip(tr("The name you sign in with, e.g. wangfang."));
    m_user->setPlaceholderText(tr("e.g. wangfang"));
    m_userHint->setObjectName(QStringLiteral("userHint"));
    markAsProblem(m_userHint);
    m_userHint->setWordWrap(true);
    m_userHint->setVisible(false);
    m_error->setObjectName(QStringLiteral("accountError"));
    markAsProblem(m_error);
    m_error->setWordWrap(true);
    auto *account = new QFormLayout;
    account->addRow(tr("&User name:"), m_user);
    account->addRow(QString(), m_userHint);
    account->addRow(tr("&Full name:"), m_name);
    // What is wrong with the password is said as it is typed, and goes once it is fixed.
    m_passwords = new NewPasswordFields(account, tr("&Password:"), tr("&Repeat password:"), this);
    account->addRow(m_error);
    const auto accountChanged = [this] {
        m_error->clear(); // it was about what was typed before
        m_passwords->setContext(passwordContext());
        const QString problem = userProblem();
        m_userHint->setText(m_user->text().isEmpty() ? QString() : problem);
        m_userHint->setVisible(!m_userHint->text().isEmpty());
    };
    connect(m_user, &QLineEdit::textChanged, this, accountChanged);
    connect(m_name, &QLineEdit::textChanged, this, accountChanged);
    connect(m_passwords, &NewPasswordFields::changed, m_error, &QLabel::clear);
    setPage(AccountPage, makePage(tr("Your account"), tr("You will unlock Doudi with this password."), account));

    // The cipher, said in words a caseworker can decide by: both are strong; SM4 only where
    // the county requires 国密; it cannot be changed later.
    m_aes->setObjectName(QStringLiteral("aes"));
    m_sm4->setObjectName(QStringLiteral("sm4"));
    m_aes->setChecked(true);
    const bool sm4 = ProfileService::sm4Available();
    m_sm4->setEnabled(sm4);
    auto *cipher = new QVBoxLayout;
    const auto explain = [](const QString &text) {
        auto *l = new QLabel(text);
        l->setWordWrap(true);
        l->setContentsMargins(24, 0, 0, 8);
        return l;
    };
    auto *cipherIntro = new QLabel(tr("Both ways lock the records equally well: whoever takes this computer cannot read them "
                                      "without your password or the recovery code. They differ only in which standard the "
                                      "lock follows."));
    cipherIntro->setWordWrap(true);
    cipher->addWidget(cipherIntro);
    cipher->addSpacing(8);
    cipher->addWidget(m_aes);
    cipher->addWidget(explain(tr("Used by banks and governments around the world. Choose this if you are not sure.")));
    cipher->addWidget(m_sm4);
    cipher->addWidget(explain(sm4 ? tr("The commercial cipher of the national cryptography standards (GB/T 32907). Choose it "
                                       "only if the county's instructions say Doudi must use 国密 (SM4).")
                                  : tr("Not available in this installation of Doudi. If the county requires 国密 (SM4), ask "
                                       "the county for an installation that has it before you go on.")));
    auto *cipherNote = new QLabel(tr("The choice cannot be changed later. If you are not sure, keep AES-256."));
    cipherNote->setObjectName(QStringLiteral("cipherNote"));
    cipherNote->setWordWrap(true);
    cipherNote->setStyleSheet(QStringLiteral("font-weight: bold"));
    cipher->addWidget(cipherNote);
    cipher->addStretch(1);
    setPage(CipherPage, makePage(tr("Encryption"), tr("How the records are locked on this computer."), cipher));

    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    setTextRole(m_code, TextRole::Code);
    m_code->setStyleSheet(QStringLiteral("padding: 12px; "
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
            m_code->text(), m_user->text().trimmed(),
            AreaRegistry::current().fullName(m_session && !m_session->scopes().isEmpty() ? m_session->scopes().first()
                                                                                         : chosenScope()),
            Clock::today());
        if (sheet)
            previewForms(this, {*sheet}, tr("Recovery code"), false); // printed, never saved as a file
        else
            m_recoveryHint->setText(sheet.error().message());
    });
    recovery->addWidget(print, 0, Qt::AlignLeft);
    recovery->addWidget(m_wroteDown);
    recovery->addStretch(1);
    m_recoveryHint = new QLabel;
    markAsProblem(m_recoveryHint);
    recovery->addWidget(m_recoveryHint);
    setPage(RecoveryPage, makePage(tr("Recovery code"), QString(), recovery));
    fitToScreen(this, QSize(620, 460));
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
    if (currentId() == AreaPage) {
        // The same rule the profile is made under (ProfileService::createWorkingAlone).
        if (Status st = Authorization::checkFirstUser(m_role->currentData().toString(), chosenScope()); !st) {
            m_areaError->setText(st.error().message());
            return false;
        }
    }
    if (currentId() == AccountPage) {
        m_error->clear();
        QString problem = userProblem();
        if (problem.isEmpty())
            problem = m_passwords->problem();
        if (!problem.isEmpty()) {
            m_error->setText(problem);
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

QString FirstRunWizard::userProblem() const
{
    const QString name = m_user->text().trimmed();
    if (name.isEmpty())
        return tr("Please enter a user name.");
    if (name.size() > 40 || name.contains(u' '))
        return tr("A user name has 1 to 40 characters and no spaces.");
    return {};
}

void FirstRunWizard::updateAreaChoice()
{
    const AreaCode::Level level = ProfileService::firstUserArea(m_role->currentData().toString());
    const bool county = level == AreaCode::Level::County;
    m_townshipLabel->setVisible(!county);
    m_township->setVisible(!county);
    m_villageLabel->setVisible(level == AreaCode::Level::Village);
    m_village->setVisible(level == AreaCode::Level::Village);
    m_countyLabel->setVisible(county);
    m_county->setVisible(county);
    m_areaError->clear();
    switch (level) {
    case AreaCode::Level::Village:
        m_roleNote->setText(tr("A village helper works with the households of one village."));
        break;
    case AreaCode::Level::Township:
        m_roleNote->setText(tr("Township staff work with the households of the whole township."));
        break;
    default:
        m_roleNote->setText(tr("County staff work with the households of the whole county."));
        break;
    }
}

QString FirstRunWizard::chosenScope() const
{
    switch (ProfileService::firstUserArea(m_role->currentData().toString())) {
    case AreaCode::Level::Village:
        return m_village->currentData().toString();
    case AreaCode::Level::Township:
        return m_township->currentData().toString();
    case AreaCode::Level::County:
        return m_county->property("code").toString();
    default:
        return {};
    }
}

bool FirstRunWizard::createProfile()
{
    ProfileSetup setup;
    setup.user = m_user->text().trimmed();
    setup.displayName = m_name->text().trimmed();
    setup.password = m_passwords->password();
    setup.role = m_role->currentData().toString();
    setup.scope = chosenScope();
    setup.cipher = m_sm4->isChecked() ? QStringLiteral("sm4-cbc") : QStringLiteral("aes-256-cbc");
    QString code;
    QApplication::setOverrideCursor(Qt::WaitCursor); // two key derivations, on purpose slow: under a second
    Result<std::unique_ptr<Session>> created = ProfileService::createWorkingAlone(m_dir, setup, &code);
    QApplication::restoreOverrideCursor();
    setup.password.fill(QChar(0));
    m_passwords->clear();
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
