// doudi-cli: the headless face of core/services, for scripts, tests and benchmarks.
#include "cli.h"
#include "common/clock.h"
#include "i18n.h"
#include "security/processhardening.h"

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace doudi;

static int usage()
{
    QTextStream out(stdout);
    out << cli::tr("Usage: doudi-cli <command> [options]   (doudi-cli <command> --help for details)") << "\n\n";
    for (const cli::Command &c : cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(16) << cli::tr(c.summary) << '\n';
    out << '\n'
        << cli::tr("Output is JSON on standard output; errors are JSON on standard error.") << '\n'
        << cli::tr("Passwords come from DOUDI_PASSWORD or the first line of standard input.") << '\n'
        << cli::tr("Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 4 wrong password or locked, "
                   "5 not found, 6 damaged data or storage error.")
        << '\n';
    return cli::Usage;
}

int main(int argc, char **argv)
{
    // First: no core dumps and no ptrace, before a password or key is in memory (DESIGN §5).
    const core::Status hardened = core::ProcessHardening::apply();
    // Printing lays out text with fonts, which needs a GUI application (without a screen).
    const bool printing =
        argc > 1 && (qstrcmp(argv[1], "print") == 0 || qstrcmp(argv[1], "rerate") == 0 || qstrcmp(argv[1], "report") == 0);
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        printing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Doudi"));
    QCoreApplication::setApplicationName(QStringLiteral("doudi"));
    installTranslations();
    if (!hardened)
        QTextStream(stderr) << hardened.error().message() << " (" << hardened.error().detail() << ")\n";
#ifdef DOUDI_TEST_SEAMS
    // Tests walk an application through its days (Clock's seam); a release build has no such
    // door, since step dates are what a person must not choose (issue 10).
    if (const QString now = qEnvironmentVariable("DOUDI_TEST_NOW"); !now.isEmpty()) {
        core::Clock::setFixed(QDateTime::fromString(now, Qt::ISODate));
        QTextStream(stderr) << "doudi-cli: test clock " << now << '\n';
    }
#endif
    QCoreApplication::setApplicationVersion(QStringLiteral(DOUDI_VERSION));
    QStringList args = app.arguments();
    if (args.size() == 2 && args[1] == QLatin1String("--version"))
        return cli::printVersion(QStringLiteral("doudi-cli"));
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"))
        return args.size() < 2 ? usage() : (usage(), cli::Ok);
    const QString name = args.takeAt(1);
    for (const cli::Command &c : cli::commands()) {
        if (name == QLatin1String(c.name)) {
            args[0] = QStringLiteral("doudi-cli ") + name;
            return c.run(args);
        }
    }
    QTextStream(stderr) << cli::tr("Unknown command \"%1\".").arg(name) << '\n';
    return usage();
}
