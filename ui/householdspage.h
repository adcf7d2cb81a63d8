#pragma once

#include "services/householdservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace doudi::ui {

// 家庭档案: search as you type (name, 拼音首字母, ID fragment, phone, village).
class HouseholdsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HouseholdsPage(core::HouseholdService &households, QWidget *parent = nullptr);
    void focusSearch();

Q_SIGNALS:
    void openHousehold(const QString &householdId);

private:
    void runSearch();

    core::HouseholdService &m_households;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace doudi::ui
