#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace doudi::ui {

// Choosing a file, behind a seam (KeePassXC's FileDialog): tests give the next file name
// instead of a dialog waiting for a click that never comes (DESIGN §9).
class FileDialog
{
public:
    // The file the person chose to open, or empty if the dialog was cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    // Where the person chose to save, or empty if the dialog was cancelled. The suffix of the
    // chosen filter is added when the name has none.
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // Tests: the next openFile() or saveFile() answers name (empty: as if cancelled) without a dialog.
    static void setNextFileName(const QString &name) { s_next = name; }

private:
    static inline std::optional<QString> s_next;
};

} // namespace doudi::ui
