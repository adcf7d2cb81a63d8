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
#include <QIcon>
#include <QTextStream>

using namespace doudi;

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "User name to fill in."), QStringLiteral("name")});
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Doudi"));
    QCoreApplication::setApplicationName(QStringLiteral("doudi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOUDI_VERSION));
}

// --help and --version answer without a display (a terminal over ssh, a package's check).
bool onlyAsksForText(int argc, char **argv)
{
    static const QByteArrayList texts{"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        if (texts.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        installTranslations(ui::settings::language.value());
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    // First: no core dumps and no ptrace, before a password or key is in memory (DESIGN §5).
    const core::Status hardened = core::ProcessHardening::apply();

    QApplication app(argc, argv);
    nameApplication();
    // The desktop entry (Wayland finds the app's icon and name by it) and the window icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.doudi.Doudi"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.doudi.Doudi"), QIcon(QStringLiteral(":/doudi/icons/256x256/org.doudi.Doudi.png"))));
    installTranslations(ui::settings::language.value());
    if (!hardened)
        QTextStream(stderr) << hardened.error().message() << " (" << hardened.error().detail() << ")\n";
    ui::installFocusStyle(); // a focus ring keyboard users can see
    ui::applyTextSize(ui::settings::largeFont.value());

    QCommandLineParser parser;
    addOptions(parser);
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
