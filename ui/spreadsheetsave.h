#pragma once

#include "common/result.h"

#include <functional>

class QWidget;

namespace doudi::ui {

// Saves a list as a spreadsheet (.xlsx, or .csv), the way every list leaves Doudi (DESIGN §5):
// a warning that the file holds personal data and is not encrypted, then the file name, then
// write(path), which writes it readable by its owner only. The person is told where it went,
// or why it did not. True when it was saved.
// personal: the list names people (the warning is asked first); a table of figures is not.
bool saveSpreadsheet(QWidget *parent, const QString &title, const QString &suggestedName,
                     const std::function<core::Status(const QString &path)> &write, bool personal = true);

} // namespace doudi::ui
