#pragma once

#include "policy/ratio.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace doudi::core {

// One band of 分档 payment: a household whose per-capita monthly income is below
// belowFen gets amountFen per covered person per month (bands ordered by belowFen).
struct Tier
{
    Fen belowFen = 0;
    Fen amountFen = 0;
    bool operator==(const Tier &o) const { return belowFen == o.belowFen && amountFen == o.amountFen; }
};

// 分类施保: a monthly top-up per person of a category, a fixed amount or a share of the standard.
struct TopUp
{
    QString category; // elderly, severe_disability, minor, serious_illness
    Fen amountFen = 0;
    Ratio share{0, 1};
    bool isShare = false;
    bool operator==(const TopUp &o) const
    {
        return category == o.category && amountFen == o.amountFen && share == o.share && isShare == o.isShare;
    }
};

enum class ParamType
{
    Money,
    Ratio,
    Integer,
    Choice,
    Codes,
    Tiers,
    TopUps,
    Text
};

// The declaration of one policy parameter: its key, type, allowed values and what it means.
struct ParameterSpec
{
    const char *key;
    ParamType type;
    const char *label;        // English source; translated for display (context doudi::core::Parameter)
    QStringList choices = {}; // Choice: allowed values; Codes: allowed codes (empty: any)
    qint64 min = 0;
    qint64 max = 0;                // Integer and Money bounds (0 max: none); Text: the longest value
    const char *pattern = nullptr; // Text: the value must match this regular expression
    bool optional = false;         // a county may leave it out (the others every county must give)
};

class ParameterSpecs
{
    Q_DECLARE_TR_FUNCTIONS(ParameterSpecs)
public:
    static const QList<ParameterSpec> &all();
    static const ParameterSpec *find(const QString &key);
    static QString label(const ParameterSpec &spec);
    static QStringList topUpCategories();
    static QString topUpCategoryLabel(const QString &category);
};

// One effective-dated value of a parameter for an area (a code prefix; empty: everywhere).
struct Parameter
{
    QString key;
    QString area; // 6- or 12-digit code, or empty
    QDate from;
    QDate to;       // inclusive; invalid: open-ended
    QVariant value; // qint64 (Money, Integer), Ratio, QString (Choice, Text), QStringList, QList<Tier>, QList<TopUp>
    QString source; // the document it comes from

    bool coversDate(const QDate &d) const { return d >= from && (!to.isValid() || d <= to); }
    // The value as a person reads it: "924.00 yuan", "1.3", "gap", "0–300.00: 600.00 …".
    QString valueText() const;
    // "key = value (area, from–to; source)", for traces.
    QString citation() const;
};

} // namespace doudi::core

Q_DECLARE_METATYPE(doudi::core::Tier)
Q_DECLARE_METATYPE(doudi::core::TopUp)
