#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace doudi::ui {

// Questions to the person, behind a seam: tests give the next answer instead of a dialog
// waiting for a click that never comes (DESIGN §9).
class MessageBox
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question);
    static void setNextAnswer(bool answer) { s_next = answer; }

private:
    static inline std::optional<bool> s_next;
};

} // namespace doudi::ui
