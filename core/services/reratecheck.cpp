#include "services/reratecheck.h"

#include "domain/householddiff.h"
#include "policy/assessor.h"
#include "policy/policybook.h"
#include "services/paidcases.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"

#include <algorithm>

namespace doudi::core {

namespace {
// Whether the household is still the one the last decision was made on. A case decided before
// baselines were kept cannot say: it is flagged, a person looks.
QStringList changesSinceDecision(const Case &c, const Household &now)
{
    if (c.baseline.isEmpty())
        return {RerateCheck::tr("No record of the household at the last decision to compare with.")};
    Result<Household> then = Household::fromJson(c.baseline);
    if (!then)
        return {then.error().message()};
    return HouseholdDiff::describe(*then, now);
}
// Whether the new assessment grants what the decision granted, only at another amount: the same
// form (单人保 is not 全户保; 渐退期 is a decision on its own terms) for the same number of people.
// A 单人保 household whose income now falls below the raised standard becomes a whole-household
// case: a person decides that, not the new standard.
bool sameGrant(const Case &c, const Assessment &now)
{
    if (now.programme == Programme::DibaoTaper)
        return false;
    if (c.decisionAssessment.isEmpty())
        return true; // decided before assessments were kept: the programme check alone
    const Assessment decided = Assessment::fromJson(c.decisionAssessment);
    if (c.programme == CaseProgramme::Tekun) { // the same people supported
        const auto people = [](const Assessment &a) {
            QStringList ids;
            for (const SupportedPerson &p : a.extremePoverty)
                ids << p.personId;
            ids.sort();
            return ids;
        };
        return decided.extremePoverty.size() == now.extremePoverty.size() &&
               (decided.extremePoverty.first().personId.isEmpty() || people(decided) == people(now));
    }
    return decided.programme == now.programme && decided.coveredMembers == now.coveredMembers;
}
} // namespace

QList<StandardChange> RerateCheck::standardsChanging(const PolicyBook &policy, const QString &area, const QDate &from)
{
    QList<StandardChange> out;
    for (const ParameterSpec &spec : ParameterSpecs::all()) {
        const QString key = QString::fromLatin1(spec.key);
        const Result<Parameter> before = policy.lookup(key, area, from.addDays(-1));
        const Result<Parameter> after = policy.lookup(key, area, from);
        if (!after && !before)
            continue;
        const QString was = before ? before->valueText() : QString();
        const QString now = after ? after->valueText() : QString();
        if (was != now)
            out.append({key, ParameterSpecs::label(spec), was, now, after ? after->source : QString()});
    }
    return out;
}

Result<RerateList> RerateCheck::run(CaseRepository &cases, HouseholdRepository &households, const PolicyBook &policy,
                                    const Input &in, const RerateProgress &progress, QHash<QString, Assessment> *assessments)
{
    RerateList list;
    list.from = in.from;
    list.township = in.township;
    list.area = in.area;
    list.standards = standardsChanging(policy, in.area, in.from);
    const Assessor assessor(policy);
    Result<int> checked = PaidCases::forEach(
        cases, households, in.prefixes, progress, tr("Working out the new amounts was stopped."),
        [&](const Case &c, const Household &h) -> Status {
            Result<Assessment> a = assessor.assess(h, AssessOptions::forCase(c, h, in.from));
            if (!a)
                return Error(a.error().code(), tr("%1: %2").arg(h.head() ? h.head()->name : c.id, a.error().message()));
            RerateLine line;
            line.caseId = c.id;
            line.householdId = c.householdId;
            line.headName = h.head() ? h.head()->name : QString();
            line.areaCode = c.areaCode;
            line.programme = c.programme;
            line.covered = a->coveredFor(c.programme);
            line.currentFen = c.monthlyFen;
            line.newFen = a->monthlyFor(c.programme);
            // A household that changed is the review's to judge: re-rating it on the new standard
            // alone would pay on facts nobody has checked.
            const bool sameAsBaseline = !c.baseline.isEmpty() && c.baseline == h.toJson();
            line.changes = sameAsBaseline ? QStringList() : changesSinceDecision(c, h);
            if (!line.changes.isEmpty())
                line.reason = RerateLine::Reason::Household;
            else if (!a->supports(c.programme) || !sameGrant(c, *a))
                line.reason = RerateLine::Reason::Programme;
            else if (line.newFen == line.currentFen) {
                ++list.unchanged;
                return {};
            }
            line.alreadyFlagged = line.isFlagged() && c.nextReview.isValid() && c.nextReview <= in.today;
            if (assessments && !line.isFlagged())
                assessments->insert(c.id, *a);
            list.lines << line;
            return {};
        });
    if (!checked)
        return checked.error();
    list.checked = *checked;
    std::sort(list.lines.begin(), list.lines.end(), [](const RerateLine &a, const RerateLine &b) {
        return std::tie(a.areaCode, a.headName, a.caseId) < std::tie(b.areaCode, b.headName, b.caseId);
    });
    return list;
}

} // namespace doudi::core
