#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace doudi::ui {

// 设置: the preferences of this computer (auto-lock, text size, language). They are stored
// with QSettings and take effect at the next unlock or start, as the page says.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

private:
    void save();

    QSpinBox *m_autoLock;
    QCheckBox *m_largeFont;
    QComboBox *m_language;
    QLabel *m_saved;
};

} // namespace doudi::ui
