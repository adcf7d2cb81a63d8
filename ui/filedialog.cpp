#include "ui/filedialog.h"

#include <QFileDialog>

namespace doudi::ui {

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (s_next) {
        const QString name = *s_next;
        s_next.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

} // namespace doudi::ui
