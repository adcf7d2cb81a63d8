#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace doudi::ui {

// The busy cursor while a short piece of work runs on the UI thread (a check, a report of a
// second or two); longer work goes to runInBackground with progress and Cancel.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace doudi::ui
