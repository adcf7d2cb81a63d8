#include "services/rerate.h"

#include <QJsonArray>

namespace doudi::core {

QString RerateLine::reasonCode(Reason r)
{
    switch (r) {
    case Reason::Standard:
        return QStringLiteral("standard");
    case Reason::Household:
        return QStringLiteral("household");
    case Reason::Programme:
        return QStringLiteral("programme");
    }
    return {};
}

QString RerateLine::reasonText(Reason r)
{
    // Written into the case's history and onto the printed list, which are Chinese records
    // whatever the screen's language (as the forms are).
    switch (r) {
    case Reason::Standard:
        return QStringLiteral("标准调整");
    case Reason::Household:
        return QStringLiteral("家庭情况有变化，转复核");
    case Reason::Programme:
        return QStringLiteral("救助类别或保障人数有变化，转复核");
    }
    return {};
}

int RerateList::rerated() const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const RerateLine &l) { return !l.isFlagged(); }));
}

int RerateList::flagged() const
{
    return int(lines.size()) - rerated();
}

Fen RerateList::totalCurrentFen() const
{
    Fen sum = 0;
    for (const RerateLine &l : lines)
        sum += l.isFlagged() ? 0 : l.currentFen;
    return sum;
}

Fen RerateList::totalNewFen() const
{
    Fen sum = 0;
    for (const RerateLine &l : lines)
        sum += l.isFlagged() ? 0 : l.newFen;
    return sum;
}

QString RerateList::fingerprint() const
{
    // Everything a person saw and confirmed that applying acts on; the names and the list of
    // changes only describe it.
    QStringList parts = {from.toString(Qt::ISODate), township};
    for (const RerateLine &l : lines)
        parts << QStringLiteral("%1:%2:%3:%4:%5")
                     .arg(l.caseId, RerateLine::reasonCode(l.reason))
                     .arg(l.currentFen)
                     .arg(l.newFen)
                     .arg(l.alreadyFlagged ? 1 : 0);
    return parts.join(u'|');
}

QJsonObject RerateList::toJson() const
{
    QJsonArray rows;
    for (const RerateLine &l : lines)
        rows.append(QJsonObject{{QStringLiteral("case_id"), l.caseId},
                                {QStringLiteral("household_id"), l.householdId},
                                {QStringLiteral("head"), l.headName},
                                {QStringLiteral("area_code"), l.areaCode},
                                {QStringLiteral("programme"), Case::programmeCode(l.programme)},
                                {QStringLiteral("covered"), l.covered},
                                {QStringLiteral("current_fen"), double(l.currentFen)},
                                {QStringLiteral("new_fen"), double(l.newFen)},
                                {QStringLiteral("difference_fen"), double(l.differenceFen())},
                                {QStringLiteral("reason"), RerateLine::reasonCode(l.reason)},
                                {QStringLiteral("reason_text"), RerateLine::reasonText(l.reason)},
                                {QStringLiteral("changes"), QJsonArray::fromStringList(l.changes)},
                                {QStringLiteral("already_due_for_review"), l.alreadyFlagged}});
    QJsonArray changed;
    for (const StandardChange &s : standards)
        changed.append(QJsonObject{{QStringLiteral("key"), s.key},
                                   {QStringLiteral("label"), s.label},
                                   {QStringLiteral("before"), s.before},
                                   {QStringLiteral("after"), s.after},
                                   {QStringLiteral("source"), s.source}});
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("amounts_from"), amountsFrom().toString(Qt::ISODate)},
            {QStringLiteral("township"), township},
            {QStringLiteral("standards_area"), area},
            {QStringLiteral("standards"), changed},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("rerated"), rerated()},
            {QStringLiteral("flagged"), flagged()},
            {QStringLiteral("total_current_fen"), double(totalCurrentFen())},
            {QStringLiteral("total_new_fen"), double(totalNewFen())},
            {QStringLiteral("total_difference_fen"), double(totalNewFen() - totalCurrentFen())},
            {QStringLiteral("lines"), rows}};
}

} // namespace doudi::core
