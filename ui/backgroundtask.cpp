#include "ui/backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace doudi::ui {

namespace {
QList<TaskProgress *> &running()
{
    static QList<TaskProgress *> tasks;
    return tasks;
}
} // namespace

void runInBackground(QWidget *parent, const QString &title, const std::function<void(TaskProgress &)> &work)
{
    TaskProgress progress;
    running().append(&progress);
    QProgressDialog dialog(title, QCoreApplication::translate("doudi::ui::BackgroundTask", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // short work finishes without a flash of a dialog
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel();
        dialog.setLabelText(QCoreApplication::translate("doudi::ui::BackgroundTask", "Stopping…"));
    });
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (progress.total() > 0) {
            dialog.setMaximum(progress.total());
            dialog.setValue(progress.done());
        }
    });
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    running().removeOne(&progress);
}

void cancelBackgroundWork()
{
    for (TaskProgress *t : std::as_const(running()))
        t->cancel();
}

} // namespace doudi::ui
