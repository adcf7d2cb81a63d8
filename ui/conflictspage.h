#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::core {
class HouseholdService;
class Session;
} // namespace doudi::core

namespace doudi::ui {

// 冲突: the same field changed here and at the county (another laptop) to different values.
// For each: the household, the record and field, the value both sides started from, this
// laptop's value and the county's, who changed them and when. The county's value stays until
// someone decides; keeping it closes the conflict at the next sync; keeping this laptop's
// value is an ordinary edit of the record, made on the household's page.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    ConflictsPage(core::Session &session, core::HouseholdService &households, QWidget *parent = nullptr);

    void refresh();
    int openCount() const { return m_openCount; }

Q_SIGNALS:
    void openHousehold(const QString &householdId);
    void changed(); // a conflict was decided here

private:
    // mine: this laptop's value is put back (SyncService::keepMine); else the county's is kept.
    void decide(bool mine);
    QString selectedHousehold() const;

    core::Session &m_session;
    core::HouseholdService &m_households;
    QLabel *m_summary;
    QCheckBox *m_showDecided;
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_openButton;
    int m_openCount = 0;
};

} // namespace doudi::ui
