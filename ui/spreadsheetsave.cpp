#include "ui/spreadsheetsave.h"

#include "ui/filedialog.h"
#include "ui/messagebox.h"
#include "ui/waitcursor.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace doudi::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::ui", text);
}
} // namespace

bool saveSpreadsheet(QWidget *parent, const QString &title, const QString &suggestedName,
                     const std::function<core::Status(const QString &path)> &write, bool personal)
{
    if (personal &&
        !MessageBox::ask(parent, title,
                         tr("The spreadsheet holds personal data (names, ID numbers, amounts) and is not encrypted. Save it "
                            "only where others cannot read it, and delete it once it has served. Save it?")))
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FileDialog::saveFile(parent, title, QDir(dir).filePath(suggestedName), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return false;
    core::Status st;
    {
        const WaitCursor wait;
        st = write(path);
    }
    if (!st) {
        MessageBox::warn(parent, title, st.error().message());
        return false;
    }
    MessageBox::inform(parent, title,
                       personal ? tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path))
                                : tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace doudi::ui
