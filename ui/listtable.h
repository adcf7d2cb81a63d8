#pragma once

#include <QStringList>

class QTableWidget;

namespace doudi::ui {

// A read-only list: whole rows selected one at a time, no row numbers, the last column
// taking the spare width. Every list of the app looks and behaves the same.
QTableWidget *makeListTable(const QStringList &headers);

} // namespace doudi::ui
