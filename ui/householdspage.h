#pragma once

#include "services/householdservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace doudi::ui {

// 家庭档案: search as you type (name, 拼音首字母, ID fragment, phone, village), or browse by
// village; filters by area and by an application's programme and state; sortable columns.
class HouseholdsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HouseholdsPage(core::HouseholdService &households, QWidget *parent = nullptr);
    void focusSearch();

Q_SIGNALS:
    void openHousehold(const QString &householdId);
    // A search or browse has filled the list (tests and the benchmark wait for it).
    void searched(int rows);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    // Runs a search still waiting for the typing to pause.
    void searchNow();
    core::HouseholdFilter filter() const;

    core::HouseholdService &m_households;
    QLineEdit *m_search;
    QComboBox *m_township;
    QComboBox *m_village;
    QComboBox *m_programme;
    QComboBox *m_state;
    QTableWidget *m_table;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace doudi::ui
