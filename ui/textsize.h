#pragma once

class QWidget;

namespace doudi::ui {

// The size of all text in the app (设置 › 大号字体). The application font carries the body
// text of every window; headings and other text set larger than the body are marked with a
// role, and their sizes live in one style sheet of the application, computed from the same
// scale. So applyTextSize() changes every open window at once, and windows made later too.
enum class TextRole
{
    PageTitle, // the heading of a page (16 pt at normal size)
    Heading,   // a dialog's heading (14 pt)
    Section,   // a section within a page (13 pt)
    Emphasis,  // a summary line, the navigation (12 pt)
    Code,      // a recovery code to copy by hand (20 pt, monospace)
};

// Marks w to be shown in role's size (and weight), now and after any change of size.
void setTextRole(QWidget *w, TextRole role);
// Normal (false) or larger (true) text everywhere, at once. Call once at start too.
void applyTextSize(bool large);
// The factor larger text is of the normal size.
constexpr double kLargeTextScale = 1.3;

} // namespace doudi::ui
