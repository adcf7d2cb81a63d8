// doudi: the desktop app. Sets up the application, unlocks a profile, shows the main window.
#include "i18n.h"
#include "storage/profile.h"
#include "ui/mainwindow.h"
#include "ui/unlockdialog.h"

#include <QApplication>
#include <QCommandLineParser>

#include <sys/resource.h>

int main(int argc, char **argv)
{
    // No core dumps: a dump would hold the database key and personal data (DESIGN §5).
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Doudi"));
    QApplication::setApplicationName(QStringLiteral("doudi"));
    doudi::installTranslations();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "User name to fill in."), QStringLiteral("name")});
    parser.process(app);
    const QString dir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                : doudi::core::Profile::defaultDirectory();

    doudi::ui::UnlockDialog unlock(dir, parser.value(QStringLiteral("user")));
    if (unlock.exec() != QDialog::Accepted)
        return 0;
    doudi::ui::MainWindow window(unlock.takeProfile());
    window.show();
    return app.exec();
}
