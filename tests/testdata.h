#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// A valid four-member household of 沂源县 as JSON, for tests to start from and spoil.
// The ID numbers are made up with valid check characters (not real people).
inline QJsonObject sampleHouseholdJson()
{
    return QJsonObject{
        {QStringLiteral("area_code"), QStringLiteral("370323102001")},
        {QStringLiteral("registration"), QStringLiteral("rural")},
        {QStringLiteral("address"), QString::fromUtf8("鲁村镇前街12号")},
        {QStringLiteral("phone"), QStringLiteral("13562345678")},
        {QStringLiteral("members"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QString::fromUtf8("张桂英")},
                         {QStringLiteral("id_number"), QStringLiteral("370323196603151046")},
                         {QStringLiteral("relation"), QStringLiteral("head")},
                         {QStringLiteral("health"), QStringLiteral("chronic")},
                         {QStringLiteral("employment"), QStringLiteral("farming")}},
             QJsonObject{{QStringLiteral("name"), QString::fromUtf8("李建国")},
                         {QStringLiteral("id_number"), QStringLiteral("370323196408201036")},
                         {QStringLiteral("relation"), QStringLiteral("spouse")},
                         {QStringLiteral("disability"), QStringLiteral("physical")},
                         {QStringLiteral("disability_grade"), 2},
                         {QStringLiteral("employment"), QStringLiteral("unable")}},
             QJsonObject{{QStringLiteral("name"), QString::fromUtf8("李浩然")},
                         {QStringLiteral("id_number"), QStringLiteral("370323201009120056")},
                         {QStringLiteral("relation"), QStringLiteral("child")},
                         {QStringLiteral("schooling"), QStringLiteral("compulsory")},
                         {QStringLiteral("employment"), QStringLiteral("student")}},
             QJsonObject{{QStringLiteral("name"), QString::fromUtf8("王秀兰")},
                         {QStringLiteral("id_number"), QStringLiteral("370323194001050062")},
                         {QStringLiteral("relation"), QStringLiteral("parent")},
                         {QStringLiteral("employment"), QStringLiteral("unable")}},
         }},
        {QStringLiteral("incomes"), QJsonArray{QJsonObject{{QStringLiteral("member"), 0},
                                                           {QStringLiteral("kind"), QStringLiteral("business")},
                                                           {QStringLiteral("annual_fen"), 850000}},
                                               QJsonObject{{QStringLiteral("member"), 3},
                                                           {QStringLiteral("kind"), QStringLiteral("basic_pension")},
                                                           {QStringLiteral("annual_fen"), 216000}}}},
        {QStringLiteral("assets"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("deposit")}, {QStringLiteral("value_fen"), 1200000}}}},
        {QStringLiteral("obligors"), QJsonArray{QJsonObject{{QStringLiteral("name"), QString::fromUtf8("李春梅")},
                                                            {QStringLiteral("relation"), QStringLiteral("child")},
                                                            {QStringLiteral("annual_income_fen"), 3600000},
                                                            {QStringLiteral("capacity"), QStringLiteral("able")}}}},
    };
}

// Replaces one member field of the sample.
inline QJsonObject withMemberField(QJsonObject h, int member, const QString &key, const QJsonValue &value)
{
    QJsonArray members = h.value(QStringLiteral("members")).toArray();
    QJsonObject m = members[member].toObject();
    m.insert(key, value);
    members[member] = m;
    h.insert(QStringLiteral("members"), members);
    return h;
}

// A made-up 18-digit ID number: the 17 digits given and their check character (GB 11643).
inline QString withCheckCharacter(const QString &seventeen)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += seventeen.at(i).digitValue() * weights[i];
    return seventeen + QLatin1Char("10X98765432"[sum % 11]);
}

// The sample household as another family: the same people's details, each ID number's
// sequence digits changed for n (1–99), since one person is registered in one household only.
inline QJsonObject sampleHouseholdJson(int n)
{
    QJsonObject h = sampleHouseholdJson();
    QJsonArray members = h[QStringLiteral("members")].toArray();
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject m = members[i].toObject();
        const QString number = m[QStringLiteral("id_number")].toString();
        // Sequence digits 15–16 (the 17th keeps the sex).
        m[QStringLiteral("id_number")] =
            withCheckCharacter(number.left(14) + QStringLiteral("%1").arg(n % 100, 2, 10, QLatin1Char('0')) + number.mid(16, 1));
        members[i] = m;
    }
    h[QStringLiteral("members")] = members;
    return h;
}
