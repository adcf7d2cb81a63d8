#include "cli.h"

#include "identity/areacode.h"
#include "services/householdservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

namespace {
Result<QJsonObject> readJson(const QString &file)
{
    QByteArray data;
    if (file.isEmpty() || file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Standard input could not be read."));
        data = in.readAll();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, tr("The file %1 could not be opened.").arg(file));
        data = in.read(4 << 20);
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::InvalidInput,
                     tr("The input is not a JSON object (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    return doc.object();
}

QJsonObject summaryJson(const QString &id, const QString &areaCode, const QString &headName, const QString &idNumber)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("village"), AreaRegistry::current().fullName(areaCode)},
            {QStringLiteral("area_code"), areaCode},
            {QStringLiteral("head"), headName},
            {QStringLiteral("id_number_masked"), IdNumber::mask(idNumber)}};
}
} // namespace

int runHousehold(const QStringList &args)
{
    QCommandLineParser p;
    addProfileOptions(p);
    p.addOption({QStringLiteral("limit"), tr("At most this many results."), QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("offset"), tr("Skip this many (list)."), QStringLiteral("n"), QStringLiteral("0")});
    p.addOption({QStringLiteral("reason"), tr("Why the household is changed (update: required when anything changes)."),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("moved-in"),
                 tr("The ID number of a member who moved here from another household on record: they are taken out of "
                    "it (add, update; repeat for several)."),
                 QStringLiteral("id-number")});
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("add [file.json|-], show <id>, update <id> [file.json|-], changes <id>, remove <id>, list, "
                               "search <text>"));
    if (int rc = parse(p, args,
                       tr("Households. add and update read one household as JSON (as show prints it) from a "
                          "file or standard input (after the password line when DOUDI_PASSWORD is not set)."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    static const QStringList actions = {QStringLiteral("add"),    QStringLiteral("show"), QStringLiteral("update"),
                                        QStringLiteral("remove"), QStringLiteral("list"), QStringLiteral("search"),
                                        QStringLiteral("changes")};
    static const QStringList needId = {QStringLiteral("show"), QStringLiteral("update"), QStringLiteral("remove"),
                                       QStringLiteral("search"), QStringLiteral("changes")};
    if (!actions.contains(action) || (needId.contains(action) && pos.size() < 2))
        return usage(p);
    const int limit = std::clamp(p.value(QStringLiteral("limit")).toInt(), 1, 10000);
    return withSession(p, [&](Session &session) -> int {
        HouseholdService households(session);

        if (action == QLatin1String("add")) {
            Result<QJsonObject> json = readJson(pos.value(1));
            if (!json)
                return fail(json.error());
            Result<Household> h = households.add(*json, p.values(QStringLiteral("moved-in")));
            return h ? printJson(h->toJson()) : fail(h.error());
        }
        if (action == QLatin1String("update")) {
            Result<QJsonObject> json = readJson(pos.value(2));
            if (!json)
                return fail(json.error());
            Result<Household> h =
                households.update(pos[1], *json, {p.value(QStringLiteral("reason")), p.values(QStringLiteral("moved-in"))});
            return h ? printJson(h->toJson()) : fail(h.error());
        }
        if (action == QLatin1String("changes")) {
            Result<QList<HouseholdChange>> changes = households.changes(pos[1]);
            if (!changes)
                return fail(changes.error());
            QJsonArray out;
            for (const HouseholdChange &c : std::as_const(*changes))
                out.append(QJsonObject{{QStringLiteral("at"), c.at.toString(Qt::ISODate)},
                                       {QStringLiteral("user"), c.user},
                                       {QStringLiteral("reason"), c.reason},
                                       {QStringLiteral("changes"), QJsonArray::fromStringList(c.changes)}});
            return printJson(out);
        }
        if (action == QLatin1String("remove")) {
            Status st = households.remove(pos[1]);
            return st ? printJson(QJsonObject{{QStringLiteral("removed"), pos[1]}}) : fail(st.error());
        }
        if (action == QLatin1String("show")) {
            Result<Household> h = households.get(pos[1]);
            return h ? printJson(h->toJson()) : fail(h.error());
        }
        QJsonArray out;
        if (action == QLatin1String("list")) {
            Result<QList<HouseholdSummary>> list = households.list(p.value(QStringLiteral("offset")).toInt(), limit);
            if (!list)
                return fail(list.error());
            for (const HouseholdSummary &s : *list) {
                QJsonObject o = summaryJson(s.id, s.areaCode, s.headName, s.headIdNumber);
                o.insert(QStringLiteral("members"), s.memberCount);
                out.append(o);
            }
        } else {
            Result<QList<SearchHit>> hits = households.search(pos.mid(1).join(u' '), limit);
            if (!hits)
                return fail(hits.error());
            for (const SearchHit &h : *hits) {
                QJsonObject o = summaryJson(h.householdId, h.areaCode, h.headName, h.idNumber);
                o.insert(QStringLiteral("matched"), h.name);
                out.append(o);
            }
        }
        return printJson(out);
    });
}

} // namespace doudi::cli
