#include "services/democases.h"

#include "policy/assessor.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/session.h"

#include <QJsonArray>

namespace doudi::core {

namespace {
struct Step
{
    const char *event;
    int day; // after the application
};

// The procedure of an application that goes through, day by day.
const QList<Step> kSteps = {
    {"accept", 1},      {"start_investigation", 2}, {"record_check", 4}, {"record_visit", 5}, {"complete_investigation", 6},
    {"preliminary", 7}, {"close_publicity", 15},    {"confirm", 16}};

// How many steps each demo stage has taken, and how many days ago the last one was.
struct Stage
{
    int steps;
    int lastDaysAgo;
};
const QList<Stage> kStages = {{0, 1}, {1, 3}, {4, 2}, {5, 1}, {6, 2}, {6, 9}, {7, 3}, {8, 400}};

std::optional<CaseProgramme> programmeFor(Programme assessed)
{
    switch (assessed) {
    case Programme::Dibao:
    case Programme::DibaoSingle:
        return CaseProgramme::Dibao;
    case Programme::Tekun:
        return CaseProgramme::Tekun;
    case Programme::Edge:
        return CaseProgramme::Edge;
    case Programme::Rigid:
        return CaseProgramme::Rigid;
    case Programme::DibaoTaper:
    case Programme::None:
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject dataFor(const QString &event, const QDate &date, Fen amount, int reportNumber)
{
    if (event == QLatin1String("record_visit"))
        return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("investigators"), QJsonArray{QStringLiteral("王立新"), QStringLiteral("赵秀梅")}},
                {QStringLiteral("findings"), QStringLiteral("家中陈设简单，无贵重物品，与申报情况一致。")},
                {QStringLiteral("checklist"), QJsonObject{{QStringLiteral("housing"), QStringLiteral("safe")},
                                                          {QStringLiteral("food"), QStringLiteral("adequate")}}},
                {QStringLiteral("signed_on_paper"), true}};
    if (event == QLatin1String("preliminary"))
        return {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), double(amount)}};
    if (event == QLatin1String("record_check"))
        return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("report_number"),
                 QStringLiteral("沂核〔%1〕%2号").arg(date.year()).arg(reportNumber, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("agencies"), QJsonArray::fromStringList(CaseCheck::agencyCodes())},
                {QStringLiteral("result"), QStringLiteral("consistent")}};
    return {};
}
} // namespace

Result<int> DemoCases::add(Session &session, int count, const QDate &today)
{
    Result<PolicyBook> policy = PolicyService(session).current();
    if (!policy)
        return policy.error();
    HouseholdService households(session);
    CaseService cases = CaseService::forHistory(session); // the demo walks applications through past days
    Result<QList<HouseholdSummary>> candidates = households.list(0, count * 20);
    if (!candidates)
        return candidates.error();
    int added = 0;
    int paidDibao = 0;
    for (const HouseholdSummary &s : *candidates) {
        if (added == count)
            break;
        Result<Household> h = households.get(s.id);
        if (!h)
            return h.error();
        if (Result<QList<Case>> existing = cases.forHousehold(s.id); !existing || !existing->isEmpty())
            continue;
        const Stage stage = kStages[added % kStages.size()];
        const int lastDay = stage.steps == 0 ? 0 : kSteps[stage.steps - 1].day;
        const QDate applied = today.addDays(-stage.lastDaysAgo - lastDay);
        AssessOptions options;
        options.date = applied;
        Result<Assessment> a = Assessor(*policy).assess(*h, options);
        if (!a)
            return a.error();
        const std::optional<CaseProgramme> programme = programmeFor(a->programme);
        const Fen monthly = programme ? a->monthlyFor(*programme) : 0;
        if (!programme || (monthly == 0 && *programme != CaseProgramme::Edge && *programme != CaseProgramme::Rigid))
            continue;
        const bool paid = stage.steps == kSteps.size();
        if (paid && paidDibao == 0 && *programme != CaseProgramme::Dibao)
            continue; // the first household paid is on dibao, for the review to find a change in
        Result<Case> c =
            cases.create(s.id, *programme, false, applied, tr("Low household income; the family cannot meet its basic needs."));
        if (!c)
            return c.error();
        for (int i = 0; i < stage.steps; ++i) {
            const QDate day = applied.addDays(kSteps[i].day);
            const QString event = QString::fromLatin1(kSteps[i].event);
            Result<Case> next = cases.advance(c->id, {event, dataFor(event, day, monthly, added + 1)}, day);
            if (!next)
                return Error(next.error().code(), tr("Demo case at step %1: %2").arg(event, next.error().message()));
        }
        if (paid && *programme == CaseProgramme::Dibao && !h->incomes.isEmpty() && paidDibao++ % 2 == 0) {
            // Something for the review to find (every other paid dibao household): an income that rose after the decision.
            h->incomes.first().annualFen += 600000; // 500.00 a month: more than a year's rise of the standard
            if (Result<Household> updated =
                    households.update(h->meta.id, h->toJson(), {tr("Income rose after the decision"), {}});
                !updated)
                return updated.error();
        }
        ++added;
    }
    return added;
}

} // namespace doudi::core
