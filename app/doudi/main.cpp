// doudi: the desktop app. Sets up the application, then cycles: first start or unlock, work,
// lock (by hand or after inactivity), unlock again, until the person quits.
#include "i18n.h"
#include "security/processhardening.h"
#include "services/profileservice.h"
#include "ui/firstrunwizard.h"
#include "ui/focusstyle.h"
#include "ui/idlewatcher.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/textsize.h"
#include "ui/unlockdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace doudi;

int main(int argc, char **argv)
{
    // First: no core dumps and no ptrace, before a password or key is in memory (DESIGN §5).
    const core::Status hardened = core::ProcessHardening::apply();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Doudi"));
    QApplication::setApplicationName(QStringLiteral("doudi"));
    QApplication::setApplicationVersion(QStringLiteral(DOUDI_VERSION));
    installTranslations(ui::settings::language.value());
    if (!hardened)
        QTextStream(stderr) << hardened.error().message() << " (" << hardened.error().detail() << ")\n";
    ui::installFocusStyle(); // a focus ring keyboard users can see
    ui::applyTextSize(ui::settings::largeFont.value());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "User name to fill in."), QStringLiteral("name")});
    parser.process(app);
    const QString dir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                : core::ProfileService::defaultDirectory();
    QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : ui::settings::lastUser.value();

    for (;;) {
        std::unique_ptr<core::Session> session;
        if (!core::ProfileService::exists(dir)) {
            ui::FirstRunWizard wizard(dir);
            if (wizard.exec() != QDialog::Accepted)
                return 0;
            session = wizard.takeSession();
        } else {
            ui::UnlockDialog unlock(dir, user);
            if (unlock.exec() != QDialog::Accepted)
                return 0;
            session = unlock.takeSession();
        }
        user = session->user();
        ui::settings::lastUser.setValue(user);

        bool locked = false;
        ui::MainWindow window(std::move(session));
        ui::IdleWatcher idle(ui::settings::autoLockMinutes.value() * 60 * 1000);
        const auto lock = [&] {
            locked = true;
            window.close();
        };
        QObject::connect(&window, &ui::MainWindow::lockRequested, &window, lock);
        QObject::connect(&idle, &ui::IdleWatcher::idle, &window, &ui::MainWindow::lockScreen);
        window.show();
        app.exec();
        if (!locked)
            return 0;
    }
}
