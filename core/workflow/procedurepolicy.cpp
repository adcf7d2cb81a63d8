#include "workflow/procedurepolicy.h"

namespace doudi::core {

ProcedurePolicy::ProcedurePolicy(const PolicyBook &policy) : m_policy(policy), m_days(policy.calendars()) {}

Result<qint64> ProcedurePolicy::integer(const Case &c, const char *key, const QDate &date) const
{
    Result<Parameter> p = m_policy.lookup(QString::fromLatin1(key), c.areaCode, date);
    if (!p)
        return p.error();
    return p->value.toLongLong();
}

Result<QDate> ProcedurePolicy::workingDaysAfter(const Case &c, const QDate &from, const char *key) const
{
    Result<qint64> n = integer(c, key, from);
    if (!n)
        return n.error();
    return m_days.addWorkingDays(from, int(*n));
}

Result<qint64> ProcedurePolicy::reviewMonths(const Case &c, const QDate &date) const
{
    // Which review cycle applies (DOMAIN §2 动态管理); a rigid-expenditure status simply expires.
    const char *key = c.programme == CaseProgramme::Tekun   ? "review.months.tekun"
                      : c.programme == CaseProgramme::Rigid ? "rigid.valid.months"
                      : c.unstableIncome                    ? "review.months.unstable"
                                                            : "review.months.stable";
    return integer(c, key, date);
}

QStringList ProcedurePolicy::confirmRoles(const Case &c, const QDate &date) const
{
    if (c.relative)
        return {QStringLiteral("county")}; // 近亲属: the county decides
    if (Case::isTemporary(c.programme))
        return c.approvalLevel == QLatin1String("county")
                   ? QStringList{QStringLiteral("county")}
                   : QStringList{QStringLiteral("township_head"), QStringLiteral("county")};
    Result<Parameter> level = m_policy.lookup(QStringLiteral("confirm.level"), c.areaCode, date);
    if (level && level->value.toString() == QLatin1String("township"))
        return {QStringLiteral("township_head"), QStringLiteral("county")};
    return {QStringLiteral("county")};
}

} // namespace doudi::core
