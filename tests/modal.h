#pragma once

// GUI tests: acting on a dialog that the code under test opens with exec(), as a person would
// once it is on screen.

#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace modal {

// Runs f on the next modal window that opens (f then answers or closes it).
template <typename F> void whenDialogOpens(F f)
{
    QTimer::singleShot(0, [f] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            whenDialogOpens(f);
            return;
        }
        f(dialog);
    });
}

} // namespace modal
