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
    // Tells the person something and waits for OK; warn() is for a failure, with its reason.
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    static void setNextAnswer(bool answer) { s_next = answer ? 0 : 1; }
    static void setNextChoice(int index) { s_next = index; }
    // Tests: inform() and warn() append their text to *sink instead of showing a dialog
    // (nullptr: shown again).
    static void setMessageSink(QStringList *sink) { s_sink = sink; }

private:
    static inline std::optional<int> s_next;
    static inline QStringList *s_sink = nullptr;
};

} // namespace doudi::ui
