#include "server/commands.h"
#include "server/duplicates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

// The county's work list of ID numbers registered in two households (issue 12).
int runDuplicates(const QStringList &args)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (int rc = cli::parse(p, args,
                            tr("Lists every ID number registered in two households of the county, as the laptops' pushes "
                               "brought them: the same person twice may mean two benefits. An entry goes when one "
                               "household is corrected on a laptop and synced."));
        rc >= 0)
        return rc;
    if (p.positionalArguments() != QStringList{QStringLiteral("list")}) {
        (void)cli::fail(Error(ErrorCode::InvalidInput, tr("Use: duplicates list (see duplicates --help).")));
        return cli::Usage;
    }
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    QJsonArray out;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &) -> Status {
        Result<QList<protocol::Duplicate>> list = Duplicates(store).list(nullptr);
        if (!list)
            return list.error();
        for (const protocol::Duplicate &d : std::as_const(*list))
            out.append(d.toJson());
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    cli::printJson(out);
    return cli::Ok;
}

} // namespace doudi::server
