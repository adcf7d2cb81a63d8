#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace doudi::ui {

// What a worker reports, read by the progress dialog on the UI thread.
class TaskProgress
{
public:
    void report(int done, int total)
    {
        m_done = done;
        m_total = total;
    }
    bool cancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

// Runs work on a worker thread behind a progress dialog with a Cancel button; the window
// keeps repainting meanwhile. work must not touch widgets and should look at cancelled()
// between steps. Returns when the work has finished (or stopped after a cancel).
void runInBackground(QWidget *parent, const QString &title, const std::function<void(TaskProgress &)> &work);

// Asks every running task to stop (the app is about to lock).
void cancelBackgroundWork();

} // namespace doudi::ui
