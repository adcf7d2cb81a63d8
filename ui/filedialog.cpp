#include "ui/filedialog.h"

#include <QFileDialog>

namespace doudi::ui {

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (s_next) {
        QString name = *s_next;
        s_next.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (s_next) {
        QString name = *s_next;
        s_next.reset();
        return name;
    }
    QFileDialog dialog(parent, title, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &chosen) {
        dialog.setDefaultSuffix(chosen.contains(QLatin1String("*.csv")) ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    });
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace doudi::ui
