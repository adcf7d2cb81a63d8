#pragma once

#include "services/caseservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace doudi::ui {

// 公示: investigated cases waiting for the township's opinion, started as one batch; the
// batches of the last half year with their dates, objections and outcome; objections
// recorded and notices closed from here.
class PublicityPage : public QWidget
{
    Q_OBJECT
public:
    explicit PublicityPage(core::CaseService &cases, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void openHousehold(const QString &householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startBatch();
    void closeBatch();
    void recordObjection();
    void updateButtons();
    QStringList checkedCases() const;
    const core::CaseRow *selectedCase() const;
    const core::PublicityBatch *selectedBatch() const;

    core::CaseService &m_cases;
    QTableWidget *m_waiting;
    QTreeWidget *m_batches;
    QPushButton *m_start;
    QPushButton *m_single;
    QPushButton *m_objection;
    QPushButton *m_close;
    QPushButton *m_open;
    QLabel *m_message;
    QList<core::CaseRow> m_waitingRows;
    QList<core::PublicityBatch> m_batchList;
};

} // namespace doudi::ui
