#pragma once

#include "domain/case.h"
#include "domain/household.h"
#include "policy/assessment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPageLayout>

#include <optional>

namespace doudi::core {

// The official forms of DOMAIN §5 and the recovery-code sheet.
struct FormSpec
{
    QString code;      // application, visit, publicity … (the template's file name)
    const char *title; // translated with context "doudi::core::Forms"
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool posted = false;  // put up in public: masked, minors left out (DOMAIN §8)
    QStringList required; // placeholders a template must show
};

// What a case's forms are filled from.
// The assessment a form shows is the one kept with the case's last decision
// (Case::decisionAssessment), never one made on the day of printing.
struct FormInput
{
    Case c;
    Household household;
    QString county, township, village; // names
    QString staff;                     // the user printing (经办人)
    QDate today;
    QString supervisionPhone; // 监督电话 (policy print.supervision.phone), if the county gives one
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

// One case on a township's list of changes of standards (调标变动清单).
struct RerateListLine
{
    QString village;
    QString headName;
    CaseProgramme programme = CaseProgramme::Dibao;
    int covered = 0;
    Fen currentFen = 0;
    Fen newFen = 0;      // for a case sent to review: what the new standard would give
    bool rerated = true; // false: sent to review, its amount not changed
    QString reason;      // in Chinese
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
    static QJsonObject postedList(const QString &township, const QDate &start, const QDate &end, const QList<PostedLine> &lines,
                                  const QDate &today);
    // A township's 调标变动清单: the cases of a change of standards effective in a month, with
    // the re-rated cases' totals (the cases sent to review are listed, not totalled). An office
    // list kept on file, not posted: names in full.
    static QJsonObject rerateList(const QString &township, const QString &townshipAuthority, const QDate &from,
                                  const QList<RerateListLine> &lines, const QDate &today);
    // 月报 printed (issue 16): the measures of the whole area, section by section, and the
    // figures of each township or village in it. Aggregates only: no person is named.
    struct ReportLine
    {
        QString heading; // a section's title (the rest empty), or empty for a measure
        QString label;
        int households = 0;
        std::optional<int> persons;
        std::optional<Fen> fen;
    };
    struct ReportAreaLine
    {
        QString name;
        int dibaoHouseholds = 0, dibaoPersons = 0;
        Fen dibaoFen = 0;
        int tekunHouseholds = 0, tekunPersons = 0;
        Fen tekunFen = 0;
        int newHouseholds = 0, stoppedHouseholds = 0, temporaryCases = 0;
        Fen temporaryFen = 0;
    };
    static QJsonObject monthlyReport(const QString &area, const QString &authority, const QDate &month,
                                     const QList<ReportLine> &summary, const QList<ReportAreaLine> &areas, const QDate &today);
    static QJsonObject recoverySheet(const QString &code, const QString &user, const QString &area, const QDate &today);

    // Who issues a form, by the official names of the authorities (names, not translated: the
    // forms are Chinese whatever the screen's language). A county's civil affairs bureau
    // (沂源县民政局); a township's people's government (鲁村镇人民政府, 某乡人民政府) or a street's
    // office (南麻街道办事处), told apart by the name and else by the statistics code (GB/T
    // 10114: township digits 001–099 a street, 100–199 a town, 200–399 a township).
    static QString countyAuthority(const QString &countyName);
    static QString townshipAuthority(const QString &townshipCode, const QString &townshipName);
    // The authority that made the case's decision: the county bureau when the county decided
    // (or the case went to the county), else the township.
    static QString deciderOf(const Case &c, const QString &countyAuthority, const QString &townshipAuthority);
    // The signatures a visit was signed with on screen, in signing order (investigators, then
    // the person interviewed), as the visit form shows them: signer, interviewee, attachment.
    static QJsonArray visitSignatures(const CaseVisit &v);
};

} // namespace doudi::core
