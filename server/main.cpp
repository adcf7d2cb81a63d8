// doudi-server: the county's sync server (DESIGN §2): the commands of server/commands.h.
#include "i18n.h"
#include "security/processhardening.h"
#include "server/commands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace doudi;

static int usage()
{
    QTextStream out(stdout);
    out << server::tr("Usage: doudi-server <command> [options]   (doudi-server <command> --help for details)") << "\n\n";
    for (const cli::Command &c : server::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(16) << QCoreApplication::translate("doudi::server", c.summary)
            << '\n';
    out << '\n'
        << server::tr("Output is JSON on standard output; errors are JSON on standard error.") << '\n'
        << server::tr("Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 5 not found, "
                      "6 damaged data or storage error, 7 busy.")
        << '\n';
    return cli::Usage;
}

int main(int argc, char **argv)
{
    // No core dumps and no ptrace: the server holds password hashes and every county record.
    const core::Status hardened = core::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Doudi"));
    QCoreApplication::setApplicationName(QStringLiteral("doudi-server"));
    installTranslations();
    if (!hardened)
        QTextStream(stderr) << hardened.error().message() << " (" << hardened.error().detail() << ")\n";
    QCoreApplication::setApplicationVersion(QStringLiteral(DOUDI_VERSION));
    QStringList args = app.arguments();
    if (args.size() == 2 && args[1] == QLatin1String("--version"))
        return cli::printVersion(QStringLiteral("doudi-server"));
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"))
        return args.size() < 2 ? usage() : (usage(), cli::Ok);
    const QString name = args.takeAt(1);
    for (const cli::Command &c : server::commands()) {
        if (name == QLatin1String(c.name)) {
            args[0] = QStringLiteral("doudi-server ") + name;
            return c.run(args);
        }
    }
    QTextStream(stderr) << server::tr("Unknown command \"%1\".").arg(name) << '\n';
    return usage();
}
