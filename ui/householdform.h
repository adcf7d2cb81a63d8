#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace doudi::ui {

class MemberEditor;

// A household's details as the intake wizard and the household editor collect them, in four
// pages: where it lives, its members, its money (income, assets, expenditure) and its
// obligors. It only collects; the domain checks (Household::fromJson) and each page shows the
// problems that belong to it. A household on record keeps every record's id, so that a save
// changes what was changed and nothing else.
class HouseholdForm : public QObject
{
    Q_OBJECT
public:
    enum Page
    {
        HouseholdPage,
        MembersPage,
        MoneyPage,
        ObligorsPage
    };

    explicit HouseholdForm(QObject *parent = nullptr);
    ~HouseholdForm() override;

    // The page's widget; whoever lays it out owns it.
    QWidget *page(Page p) const;
    // The household as entered, in the shape `household add` and `household update` take.
    QJsonObject json() const;
    void setJson(const QJsonObject &household);
    bool hasTypedAnything() const;
    QString headName() const;
    // Shows the page's problems on it; true when there are none.
    bool check(Page p);
    // Shows a problem that concerns the members (e.g. someone registered elsewhere).
    void showMemberProblem(const QString &text);
    MemberEditor *members() const { return m_members; }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addIncomeRow();
    void addAssetRow();
    void addExpenditureRow();
    void addObligorRow();
    void refreshMemberNames();
    void pasteInto(QTableWidget *table);
    bool showProblems(const QStringList &prefixes, QLabel *where);

    QPointer<QWidget> m_pages[4]; // laid out by someone else, who may delete them first
    QComboBox *m_township, *m_village, *m_registration;
    QLineEdit *m_address, *m_phone;
    MemberEditor *m_members;
    QTableWidget *m_incomes, *m_assets, *m_expenditures, *m_obligors;
    QLabel *m_householdErrors, *m_memberErrors, *m_moneyErrors, *m_obligorErrors;
    QString m_householdId;
    QJsonObject m_record; // the household's own bookkeeping fields, as loaded
};

} // namespace doudi::ui
