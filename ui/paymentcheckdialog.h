#pragma once

#include "services/paymentdifference.h"

#include <QDialog>

class QTableWidget;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

// The households whose amount differs from what today's policy gives, each one click from
// its review (增发, 减发 or 停发) or its household page.
class PaymentCheckDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentCheckDialog(core::CaseService &cases, QList<core::PaymentDifference> differences, int checked,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void openHousehold(const QString &householdId);

private:
    core::CaseService &m_cases;
    QList<core::PaymentDifference> m_differences;
    QTableWidget *m_table;
};

// Runs the check on a worker thread with a progress bar and Cancel, then shows the result.
void checkPaymentsAgainstPolicy(QWidget *parent, core::CaseService &cases,
                                const std::function<void(const QString &householdId)> &openHousehold);

} // namespace doudi::ui
