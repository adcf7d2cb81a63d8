#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace doudi::core {
class Session;
}

namespace doudi::ui {

// 设置: the preferences of this computer (auto-lock, text size, language), stored with
// QSettings. Larger text applies at once to every window (applyTextSize); the lock time at the
// next unlock, the language at the next start, as the page says. With the open
// profile, also the change of its database key (RekeyDialog), for a user who signed in with a
// password.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(core::Session *session = nullptr, QWidget *parent = nullptr);

Q_SIGNALS:
    // The profile's database was replaced (a new key): whatever was made on it must go, so the
    // app locks and is unlocked again.
    void unlockAgainRequired();
    // The person asked to join the county server (a profile that worked alone).
    void joinRequested();

private:
    void save();
    void changeKey();

    core::Session *m_session;

    QSpinBox *m_autoLock;
    QCheckBox *m_largeFont;
    QComboBox *m_language;
    QLabel *m_saved;
};

} // namespace doudi::ui
