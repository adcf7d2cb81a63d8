#include "server/bundleimport.h"
#include "server/commands.h"
#include "sync/bundle.h"

#include <QFile>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

// A laptop's USB bundle taken in at the county, and the answer written for it to carry back
// (docs/sync-protocol.md §10).
int runBundle(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addOption({QStringLiteral("answer"), tr("Where to write the answer for the laptop."), QStringLiteral("file")});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import FILE"));
    if (int rc = cli::parse(p, args,
                            tr("Takes in a USB bundle a laptop wrote (doudi-cli bundle export) as if it had synced over the "
                               "network, and writes the answer to carry back (doudi-cli bundle import).\n"
                               "  import FILE --answer OUT   the same bundle again gets the same answer and changes "
                               "nothing. Exit 3: not a bundle for this county, or from a device it does not know or "
                               "has withdrawn; 6: changed or forged."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.at(0) != QLatin1String("import") || p.value(QStringLiteral("answer")).isEmpty()) {
        (void)cli::fail(Error(ErrorCode::InvalidInput, tr("Use: bundle import FILE --answer OUT (see bundle --help).")));
        return cli::Usage;
    }
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    QFile in(pos.at(1));
    if (!in.open(QIODevice::ReadOnly))
        return cli::fail(Error(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(pos.at(1), in.errorString())));
    if (in.size() > Bundle::kMaxFileBytes)
        return cli::fail(Error(ErrorCode::InvalidInput, tr("This file is too large to be a Doudi bundle.")));
    const QByteArray file = in.readAll();
    QFile keyFile(folder->keyFile());
    if (!keyFile.open(QIODevice::ReadOnly))
        return cli::fail(Error(ErrorCode::NotFound, tr("The server's TLS key is missing (%1).").arg(folder->keyFile())));
    SecretBytes key(keyFile.readAll());

    QJsonObject out;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &settings) -> Status {
        Result<BundleImport::Outcome> taken = BundleImport(store, settings.county, key).take(file);
        if (!taken)
            return taken.error();
        if (Status written = cli::writePrivateFile(p.value(QStringLiteral("answer")), taken->answer); !written)
            return written;
        out = {{QStringLiteral("device_id"), taken->deviceId},
               {QStringLiteral("seq"), double(taken->seq)},
               {QStringLiteral("again"), taken->again},
               {QStringLiteral("answer"), p.value(QStringLiteral("answer"))}};
        if (!taken->again) {
            out.insert(QStringLiteral("user"), taken->user);
            out.insert(QStringLiteral("ops"), taken->ops);
            out.insert(QStringLiteral("applied"), taken->applied);
            out.insert(QStringLiteral("conflicts"), taken->conflicts);
            out.insert(QStringLiteral("refused"), taken->refused);
            out.insert(QStringLiteral("pages"), taken->pages);
            out.insert(QStringLiteral("changes"), taken->changes);
            out.insert(QStringLiteral("more"), taken->more);
        }
        out.insert(QStringLiteral("message"),
                   taken->again ? tr("This bundle was imported before: the same answer was written again, nothing changed.")
                                : tr("Bundle %1 imported: carry the answer back to the laptop.").arg(taken->seq));
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    cli::printJson(out);
    return cli::Ok;
}

} // namespace doudi::server
