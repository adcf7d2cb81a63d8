#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace doudi::core {

// One sheet of a spreadsheet as text (ADR 0017): rows top to bottom, rows[0] being the file's
// first row; each row's cells left to right, without the empty cells at its end. Numbers are
// written as Excel shows them (no grouping, at most 15 significant digits), dates as
// YYYY-MM-DD; what a value means is for the caller to decide.
struct Sheet
{
    QString name;
    QList<QStringList> rows;

    // The cell at (row, column), both from 0; "" outside the table.
    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return {};
        return rows[row][column];
    }
};

} // namespace doudi::core
