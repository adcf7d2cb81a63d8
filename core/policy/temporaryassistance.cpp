#include "policy/temporaryassistance.h"

#include <algorithm>

namespace doudi::core {

QString TemporaryDecision::explanation() const
{
    return explainSteps(trace);
}

Result<TemporaryDecision> TemporaryAssistance::decide(const Household &h, const TemporaryRequest &r, const QDate &date,
                                                      const QString &areaCode) const
{
    const QString area = areaCode.isEmpty() ? h.areaCode : areaCode;
    if (r.requestedFen < 0 || r.costsFen < 0 || r.otherAidFen < 0 || r.aidThisYearFen < 0 || r.stages < 1 || r.stages > 12)
        return Error(ErrorCode::InvalidInput, tr("Amounts cannot be negative, and aid is paid in 1 to 12 stages."));
    TemporaryDecision d;
    QStringList used;
    const auto lookup = [&](const char *key) -> Result<Parameter> {
        Result<Parameter> p = m_policy.lookup(QString::fromLatin1(key), area, date);
        if (p)
            used << p->citation();
        return p;
    };
    const auto step = [&](const char *rule, const QString &sentence) {
        d.trace.append({QString::fromLatin1(rule), sentence, true, std::exchange(used, {})});
    };
    const bool urban = h.registration == Registration::Urban;
    Result<Parameter> standard = lookup(urban ? "dibao.standard.urban" : "dibao.standard.rural");
    Result<Parameter> eventCap = lookup("temp.cap.event.multiple");
    Result<Parameter> yearCap = lookup("temp.cap.year.multiple");
    Result<Parameter> townshipLimit = lookup("temp.township.multiple");
    Result<Parameter> quickLimit = lookup("temp.quick.multiple");
    Result<Parameter> rounding = lookup("rounding");
    for (const Result<Parameter> *p : {&standard, &eventCap, &yearCap, &townshipLimit, &quickLimit, &rounding}) {
        if (!*p)
            return p->error();
    }
    const Fen S = standard->value.toLongLong();
    const Rounding mode = rounding->value.toString() == QLatin1String("yuan_up") ? Rounding::YuanUp : Rounding::FenHalfUp;
    // Caps are whole amounts: multiples of the standard rounded once.
    const Fen perEvent = exact::times(S, eventCap->value.value<Ratio>(), mode);
    const Fen perYear = exact::times(S, yearCap->value.value<Ratio>(), mode);
    const Fen township = exact::times(S, townshipLimit->value.value<Ratio>(), mode);
    const Fen quick = exact::times(S, quickLimit->value.value<Ratio>(), mode);
    step("temporary.limits", tr("Monthly standard %1 yuan: at most %2 yuan per event and %3 yuan a year; the township "
                                "approves up to %4 yuan; small quick aid is at most %5 yuan.")
                                 .arg(money::formatYuan(S), money::formatYuan(perEvent), money::formatYuan(perYear),
                                      money::formatYuan(township), money::formatYuan(quick)));

    Fen amount = r.requestedFen;
    QStringList limitedBy;
    const auto cap = [&](Fen limit, const QString &why) {
        if (amount > limit) {
            amount = std::max<Fen>(0, limit);
            limitedBy << why;
        }
    };
    if (r.quick) {
        cap(quick, tr("the small quick aid limit"));
    } else if (r.kind == TemporaryRequest::Kind::ExpenditureHardship) {
        cap(r.costsFen - r.otherAidFen, tr("the costs not covered by other aid (%1 − %2 yuan)")
                                            .arg(money::formatYuan(r.costsFen), money::formatYuan(r.otherAidFen)));
    }
    cap(perEvent, tr("the cap per event"));
    cap(perYear - r.aidThisYearFen,
        tr("what is left of the yearly cap after %1 yuan already paid this year").arg(money::formatYuan(r.aidThisYearFen)));
    d.amountFen = amount;
    step("temporary.amount",
         limitedBy.isEmpty()
             ? tr("The proposed %1 yuan is within every limit.").arg(money::formatYuan(r.requestedFen))
             : tr("The proposed %1 yuan is reduced to %2 yuan by %3.")
                   .arg(money::formatYuan(r.requestedFen), money::formatYuan(amount), limitedBy.join(QStringLiteral("、"))));

    d.approvalLevel = (r.quick || amount <= township) ? QStringLiteral("township") : QStringLiteral("county");
    step("temporary.approval",
         r.quick ? tr("Small quick aid: paid first without a means check, approved by the township.")
         : d.approvalLevel == QLatin1String("township")
             ? tr("%1 yuan is within the township's limit: the township approves.").arg(money::formatYuan(amount))
             : tr("%1 yuan is above the township's limit of %2 yuan: the county approves.")
                   .arg(money::formatYuan(amount), money::formatYuan(township)));

    // Staged: equal stages in whole fen, the remainder in the first.
    const Fen part = amount / r.stages;
    for (int i = 0; i < r.stages; ++i)
        d.stagesFen << part + (i == 0 ? amount - part * r.stages : 0);
    if (r.stages > 1) {
        QStringList parts;
        for (Fen f : std::as_const(d.stagesFen))
            parts << money::formatYuan(f);
        step("temporary.stages",
             tr("Approved once, paid in %1 stages: %2 yuan.").arg(r.stages).arg(parts.join(QStringLiteral(" + "))));
    }
    return d;
}

} // namespace doudi::core
