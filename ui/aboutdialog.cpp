#include "ui/aboutdialog.h"

#include "services/libraries.h"
#include "ui/listtable.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Doudi"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/doudi/icons/64x64/org.doudi.Doudi.png")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("<b style='font-size:large'>Doudi %1</b><br>Social-assistance casework for villages and "
                                "townships, offline first.")
                                 .arg(QApplication::applicationVersion().toHtmlEscaped()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);

    auto *licence = new QLabel(tr("%1<br>Licence: %2, <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the full "
                                  "text</a>.")
                                   .arg(core::Libraries::licenceNotice().toHtmlEscaped(), core::Libraries::licence()));
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);

    const QList<core::LibraryInUse> libraries = core::Libraries::inUse();
    QTableWidget *table = makeListTable({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    table->setObjectName(QStringLiteral("aboutLibraries"));
    table->setRowCount(int(libraries.size()));
    for (int row = 0; row < libraries.size(); ++row) {
        const core::LibraryInUse &l = libraries[row];
        const QStringList cells{l.name, l.version, l.licence, l.use};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(licence);
    layout->addWidget(new QLabel(tr("Doudi is built on these libraries:")));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace doudi::ui
