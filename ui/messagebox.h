#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace doudi::ui {

// Questions to the person, behind a seam: tests give the next answer instead of a dialog
// waiting for a click that never comes (DESIGN §9).
class MessageBox
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question);
    // One of several answers, by index (the first is the default); -1 if the dialog was closed.
    static int choose(QWidget *parent, const QString &title, const QString &question, const QStringList &answers);
    static void setNextAnswer(bool answer) { s_next = answer ? 0 : 1; }
    static void setNextChoice(int index) { s_next = index; }

private:
    static inline std::optional<int> s_next;
};

} // namespace doudi::ui
