#pragma once

class QLabel;
class QTableWidgetItem;
class QWidget;

namespace doudi::ui {

// Text that says what is wrong (a field refused, a save that failed) looks the same in every
// window: this colour, and nothing else, marks it.
void markAsProblem(QWidget *w, bool problem = true);
// The same for a row of a list (an item's text).
void markAsProblem(QTableWidgetItem *item);
// A word-wrapped label for such text, empty until there is something to say.
QLabel *problemLabel();

} // namespace doudi::ui
