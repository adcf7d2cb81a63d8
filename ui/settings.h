#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace doudi::ui {

// One preference: declared once with its key, type and default (DESIGN §10). QSettings holds
// preferences only, never personal data.
template <typename T> struct Setting
{
    const char *key;
    T defaultValue;

    T value() const { return QSettings().value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>(); }
    void setValue(const T &v) const { QSettings().setValue(QLatin1String(key), QVariant::fromValue(v)); }
};

namespace settings {
// Minutes without keyboard or mouse input before the profile locks itself (0: never).
inline const Setting<int> autoLockMinutes{"security/autoLockMinutes", 10};
// Larger text for people who read the screen from further away.
inline const Setting<bool> largeFont{"display/largeFont", false};
// "zh_CN", "zh_TW", "en", or empty for the system's language (Chinese when the system has none we know).
inline const Setting<QString> language{"display/language", QString()};
// The user name last signed in on this computer, to fill in at unlock.
inline const Setting<QString> lastUser{"session/lastUser", QString()};
} // namespace settings

} // namespace doudi::ui
