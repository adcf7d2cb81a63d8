#include "server/commands.h"
#include "server/countydata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace doudi::server {

using namespace doudi::core;

namespace {

QJsonObject toJson(const protocol::CountyDocument &d)
{
    return {{QStringLiteral("kind"), d.kind},
            {QStringLiteral("version"), double(d.version)},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("published_at"), d.publishedAt}};
}

// policy publish FILE | list, area import FILE | list: the same work for either kind.
int runCountyData(const QStringList &args, const QString &kind, const QString &addVerb, const QString &description)
{
    QCommandLineParser p;
    addDataOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("%1 FILE | list").arg(addVerb));
    if (int rc = cli::parse(p, args, description); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool adding = action == addVerb && pos.size() == 2;
    if (!adding && !(action == QLatin1String("list") && pos.size() == 1)) {
        (void)cli::fail(
            Error(ErrorCode::InvalidInput,
                  tr("Use: %1 %2 FILE | list (see --help).")
                      .arg(kind == QLatin1String("policy") ? QStringLiteral("policy") : QStringLiteral("area"), addVerb)));
        return cli::Usage;
    }
    Result<ServerFolder> folder = dataFolder(p);
    if (!folder)
        return cli::fail(folder.error());
    QByteArray content;
    if (adding) {
        QFile f(pos.at(1));
        // A policy file is some tens of KB, an area list some hundreds: anything near the
        // protocol's limit is not one of them.
        if (!f.open(QIODevice::ReadOnly))
            return cli::fail(
                Error(ErrorCode::NotFound, tr("The file %1 could not be opened.").arg(QDir::toNativeSeparators(pos.at(1)))));
        if (f.size() > protocol::kMaxBodyBytes / 2)
            return cli::fail(
                Error(ErrorCode::InvalidInput, tr("The file %1 is too large.").arg(QDir::toNativeSeparators(pos.at(1)))));
        content = f.readAll();
    }
    QJsonValue out;
    const Status st = withStore(*folder, [&](ServerStore &store, const ServerFolder::Settings &settings) -> Status {
        CountyData data(store, settings.county);
        if (adding) {
            Result<CountyData::Published> published = data.publish(kind, content);
            if (!published)
                return published.error();
            QJsonObject o = toJson(published->document);
            o.insert(QStringLiteral("unchanged"), published->unchanged);
            out = o;
            return {};
        }
        Result<QList<protocol::CountyDocument>> all = data.list(kind);
        if (!all)
            return all.error();
        QJsonArray list;
        for (const protocol::CountyDocument &d : std::as_const(*all))
            list << toJson(d);
        out = list;
        return {};
    });
    if (!st)
        return cli::fail(st.error());
    return cli::printJson(out);
}

} // namespace

int runPolicy(const QStringList &args)
{
    return runCountyData(args, QStringLiteral("policy"), QStringLiteral("publish"),
                         tr("The county's policy documents (docs/policy-format.md), which every laptop receives "
                            "with its next sync.\n"
                            "  publish FILE   checks the whole file as the laptops read it and makes it the policy in "
                            "force (publishing the same file again changes nothing).\n"
                            "  list           every published version, newest first."));
}

int runArea(const QStringList &args)
{
    return runCountyData(args, QStringLiteral("areas"), QStringLiteral("import"),
                         tr("The county's townships and villages, which every laptop receives with its next sync.\n"
                            "  import FILE    a CSV file with the header code,name,level,parent (12-digit codes of the "
                            "statistics bureau; each township and village within this county, with its parent listed). "
                            "Importing the same file again changes nothing.\n"
                            "  list           every imported version, newest first."));
}

} // namespace doudi::server
