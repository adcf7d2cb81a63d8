#pragma once

#include <QSize>

class QWidget;

namespace doudi::ui {

// Sizes a window to what it would like, within the screen it opens on: on a 1024×600 netbook
// it takes what there is, never more, and its buttons stay on screen.
void fitToScreen(QWidget *window, QSize preferred);

// The content in a frameless scroll area that follows its width: a form taller than a small
// screen scrolls instead of pushing the buttons below it out of sight.
QWidget *scrollable(QWidget *content);

} // namespace doudi::ui
