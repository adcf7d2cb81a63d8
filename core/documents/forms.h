#pragma once

#include "domain/case.h"
#include "domain/household.h"
#include "policy/assessment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPageLayout>

#include <optional>

namespace doudi::core {

// The official forms of DOMAIN §5 and the recovery-code sheet.
struct FormSpec
{
    QString code;          // application, visit, publicity … (the template's file name)
    const char *title;     // translated with context "doudi::core::Forms"
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool posted = false;   // put up in public: masked, minors left out (DOMAIN §8)
    QStringList required;  // placeholders a template must show
};

// What a case's forms are filled from.
struct FormInput
{
    Case c;
    Household household;
    std::optional<Assessment> assessment; // what the policy gives, when it could be assessed
    QString county, township, village;     // names
    QString staff;                         // the user printing (经办人)
    QDate today;
};

// One household on a posted list (公示表).
struct PostedLine
{
    QString headName;
    QDate headBirth;
    QString village;
    CaseProgramme programme = CaseProgramme::Dibao;
    int covered = 0;
    Fen monthlyFen = 0;
};

class Forms
{
    Q_DECLARE_TR_FUNCTIONS(Forms)
public:
    static const QList<FormSpec> &all();
    static const FormSpec *find(const QString &code);
    static QString title(const FormSpec &spec);
    // The forms that fit a case in its present state.
    static QStringList forCase(const Case &c);

    // The data a case's form shows (every placeholder the built-in templates use).
    static QJsonObject context(const QString &code, const FormInput &in);
    // A 公示表: the township's households of one notice, masked for posting; minors are
    // left out (a list headed by a child is never posted).
    static QJsonObject postedList(const QString &township, const QDate &start, const QDate &end,
                                  const QList<PostedLine> &lines, const QDate &today);
    static QJsonObject recoverySheet(const QString &code, const QString &user, const QString &area, const QDate &today);
};

} // namespace doudi::core
