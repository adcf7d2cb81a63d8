#pragma once

#include "services/caseservice.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::ui {

// A work list of cases in some states (入户调查, 审核确认, 待遇发放, 复核 …): sortable, one
// click from the household, with the steps this user may take on the selected case.
class CaseListPage : public QWidget
{
    Q_OBJECT
public:
    enum class Column
    {
        Head,
        Village,
        Programme,
        State,
        Submitted,
        Due,
        Amount,
        EntitlementStart,
        NextReview,
        NextSteps
    };
    struct Action
    {
        QString event;
        QString label;
    };
    struct Spec
    {
        QString title;
        QString intro;
        QList<core::CaseState> states;
        QList<Column> columns;
        QList<Action> actions;  // buttons for the page's main steps; "Next step…" offers the rest
        bool showTotal = false; // the monthly total of the listed amounts
    };
    CaseListPage(core::CaseService &cases, Spec spec, QWidget *parent = nullptr);

    void refresh();
    // Puts a button of the page's own (e.g. a new application) before the step buttons.
    void addButton(QPushButton *button);

Q_SIGNALS:
    void openHousehold(const QString &householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void run(const QString &event);
    const core::CaseRow *selected() const;

    core::CaseService &m_cases;
    Spec m_spec;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_next;
    QList<QPair<QString, QPushButton *>> m_buttons;
    QList<core::CaseRow> m_rows;
    QHBoxLayout *m_buttonRow;
};

} // namespace doudi::ui
