#pragma once

// Typing as a person types, for GUI tests: letters and digits as key presses, Chinese as an
// input method commits it (QTest::keyClicks can only send Latin-1).

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace keyboard {

// Types into the widget that has focus (or w), character runs as they would arrive.
inline void type(QWidget *w, const QString &text)
{
    if (!w)
        qFatal("keyboard::type: nothing has focus (is the window active?)");
    QString latin;
    const auto flush = [&] {
        if (!latin.isEmpty())
            QTest::keyClicks(w, latin);
        latin.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            latin += c;
            continue;
        }
        flush();
        // A run of non-ASCII text (with its surrogate pairs) as one committed phrase.
        qsizetype end = i;
        while (end < text.size() && text.at(end).unicode() >= 0x80)
            ++end;
        QInputMethodEvent commit;
        commit.setCommitString(text.mid(i, end - i));
        QApplication::sendEvent(w, &commit);
        i = end - 1;
    }
    flush();
}

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// Types into whatever has focus, as a person does: each key goes where the focus is when it
// is pressed (the first key may open an editor that takes the rest).
inline void typeHere(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i + 1;
        if (text.at(i).unicode() >= 0x80) { // a phrase from the input method, at once
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
        }
        type(focused(), text.mid(i, end - i));
        i = end;
    }
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = focused();
    QTest::keyClick(w ? w : QApplication::activeWindow(), Qt::Key(key), modifiers);
}

inline void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        press(Qt::Key_Tab);
}

} // namespace keyboard
