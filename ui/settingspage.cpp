#include "ui/settingspage.h"
#include "ui/textsize.h"

#include "services/syncservice.h"

#include "services/documentservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "ui/policyimport.h"
#include "ui/rekeydialog.h"
#include "ui/reratedialog.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace doudi::ui {

SettingsPage::SettingsPage(core::Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_autoLock(new QSpinBox), m_largeFont(new QCheckBox(tr("Larger text"))),
      m_language(new QComboBox), m_saved(new QLabel)
{
    auto *title = new QLabel(tr("Settings"));
    setTextRole(title, TextRole::PageTitle);
    m_autoLock->setObjectName(QStringLiteral("autoLock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" minutes"));
    m_autoLock->setSpecialValueText(tr("never"));
    m_autoLock->setToolTip(tr("Lock the records when nobody has used the computer for this long (0: never)."));
    m_autoLock->setValue(settings::autoLockMinutes.value());
    m_largeFont->setObjectName(QStringLiteral("largeFont"));
    m_largeFont->setChecked(settings::largeFont.value());
    m_largeFont->setToolTip(tr("All text in every window of Doudi, at once; kept for the next start."));
    // At once, everywhere, and kept: a person who cannot read the screen should not have to
    // find a Save button first.
    connect(m_largeFont, &QCheckBox::toggled, this, [](bool large) {
        settings::largeFont.setValue(large);
        applyTextSize(large);
    });
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.value())));
    auto *apply = new QPushButton(tr("&Save"));
    apply->setObjectName(QStringLiteral("save"));
    connect(apply, &QPushButton::clicked, this, &SettingsPage::save);
    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(tr("Text size:"), m_largeFont);
    form->addRow(tr("Lan&guage:"), m_language);
    auto *note = new QLabel(tr("Larger text takes effect at once. The lock time takes effect the next time Doudi is "
                               "unlocked, the language the next time it starts."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(apply, 0, Qt::AlignLeft);
    layout->addWidget(m_saved);

    auto *security = new QLabel(tr("Database key"));
    setTextRole(security, TextRole::Section);
    auto *securityNote = new QLabel(tr("A new key for the encrypted records and a new recovery code, e.g. when the "
                                       "recovery code or a password may have become known to someone else."));
    securityNote->setWordWrap(true);
    auto *changeKey = new QPushButton(tr("Change the database &key…"));
    changeKey->setObjectName(QStringLiteral("changeKey"));
    const bool may = m_session && core::ProfileService::mayChangeKey(*m_session);
    changeKey->setEnabled(may);
    if (!may)
        changeKey->setToolTip(tr("Only a user who signed in with a password can change the key (not after unlocking "
                                 "with the recovery code)."));
    connect(changeKey, &QPushButton::clicked, this, &SettingsPage::changeKey);
    layout->addSpacing(12);
    layout->addWidget(security);
    layout->addWidget(securityNote);
    layout->addWidget(changeKey, 0, Qt::AlignLeft);
    if (m_session) {
        // The county's policy: which is in use, and a newer file for a laptop that works alone
        // (a joined one receives it by sync).
        auto *policyTitle = new QLabel(tr("County policy"));
        setTextRole(policyTitle, TextRole::Section);
        auto *policyState = new QLabel;
        policyState->setObjectName(QStringLiteral("policyState"));
        policyState->setWordWrap(true);
        auto *importPolicy = new QPushButton(tr("&Import a policy file from the county…"));
        importPolicy->setObjectName(QStringLiteral("settingsImportPolicy"));
        const auto showPolicy = [this, policyState, importPolicy] {
            core::PolicyService policy(*m_session);
            const core::Result<std::optional<core::StoredPolicy>> stored = policy.stored();
            const bool joined = policy.receivesFromCounty();
            QString text = stored && *stored
                               ? tr("In use: %1 (since %2).")
                                     .arg((*stored)->title,
                                          QLocale().toString((*stored)->importedAt.toLocalTime().date(), QLocale::ShortFormat))
                               : tr("None on this computer yet.");
            text += u' ' + (joined ? tr("It comes from the county server by sync.")
                                   : tr("When the county sends a new policy file, import it here."));
            policyState->setText(text);
            importPolicy->setVisible(!joined && policy.mayImport());
        };
        connect(importPolicy, &QPushButton::clicked, this, [this, showPolicy] {
            core::PolicyService policy(*m_session);
            if (importPolicyFile(this, policy, [this](const QDate &from) {
                    core::DocumentService documents(*m_session);
                    openRerate(this, *m_session, documents, from);
                }))
                showPolicy();
        });
        showPolicy();
        layout->addSpacing(12);
        layout->addWidget(policyTitle);
        layout->addWidget(policyState);
        layout->addWidget(importPolicy, 0, Qt::AlignLeft);

        // A profile that worked alone until now joins the county here or on the 同步 page.
        auto *county = new QLabel(tr("County server"));
        setTextRole(county, TextRole::Section);
        auto *join = new QPushButton(tr("&Join the county server…"));
        join->setObjectName(QStringLiteral("settingsJoin"));
        connect(join, &QPushButton::clicked, this, &SettingsPage::joinRequested);
        const core::Result<QString> address = core::SyncService(*m_session).serverAddress();
        const QString server = address.valueOr(QString());
        join->setVisible(server.isEmpty());
        auto *where = new QLabel(server.isEmpty() ? tr("This laptop works alone: it has not joined a county server.")
                                                  : tr("Joined to %1 (see 同步).").arg(server));
        where->setWordWrap(true);
        layout->addSpacing(12);
        layout->addWidget(county);
        layout->addWidget(where);
        layout->addWidget(join, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
}

void SettingsPage::changeKey()
{
    RekeyDialog dialog(*m_session, this);
    dialog.exec();
    if (dialog.needsUnlockAgain())
        Q_EMIT unlockAgainRequired();
}

void SettingsPage::save()
{
    settings::autoLockMinutes.setValue(m_autoLock->value());
    settings::largeFont.setValue(m_largeFont->isChecked());
    applyTextSize(m_largeFont->isChecked());
    settings::language.setValue(m_language->currentData().toString());
    m_saved->setText(tr("Saved."));
}

} // namespace doudi::ui
