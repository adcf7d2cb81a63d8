#include "ui/paymentcheckdialog.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "ui/backgroundtask.h"
#include "ui/caseactions.h"
#include "ui/listtable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

PaymentCheckDialog::PaymentCheckDialog(CaseService &cases, QList<PaymentDifference> differences, int checked, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_differences(std::move(differences)),
      m_table(makeListTable({tr("Head of household"), tr("Village"), tr("Now (yuan a month)"), tr("Today's policy"),
                             tr("Yuan a month"), tr("Change")}))
{
    setWindowTitle(tr("Payments against today's policy"));
    auto *summary = new QLabel(m_differences.isEmpty()
                                   ? tr("All %n household(s) being paid receive what today's policy gives.", nullptr, checked)
                                   : tr("%1 of %n household(s) being paid receive a different amount from what today's policy "
                                        "gives. Review each to raise, lower or stop the payment.",
                                        nullptr, checked)
                                         .arg(m_differences.size()));
    summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setRowCount(int(m_differences.size()));
    for (int r = 0; r < m_differences.size(); ++r) {
        const PaymentDifference &d = m_differences[r];
        const Fen change = d.assessedFen - d.currentFen;
        const QStringList cells = {d.headName,
                                   AreaRegistry::current().fullName(d.areaCode),
                                   money::formatYuan(d.currentFen),
                                   Assessment::programmeLabel(d.assessedProgramme),
                                   money::formatYuan(d.assessedFen),
                                   (change > 0 ? QStringLiteral("+") : QString()) + money::formatYuan(change)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    auto *review = new QPushButton(tr("Review…"));
    review->setObjectName(QStringLiteral("review"));
    auto *open = new QPushButton(tr("Open household"));
    review->setEnabled(false);
    open->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, review, open] {
        review->setEnabled(m_table->currentRow() >= 0);
        open->setEnabled(m_table->currentRow() >= 0);
    });
    connect(review, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 &&
            runCaseStep(this, m_cases, m_differences[row].caseId, QStringLiteral("review"), m_differences[row].headName))
            m_table->item(row, 5)->setText(tr("reviewed"));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0) {
            Q_EMIT openHousehold(m_differences[row].householdId);
            accept();
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(review, QDialogButtonBox::ActionRole);
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(860, 480));
}

void checkPaymentsAgainstPolicy(QWidget *parent, CaseService &cases, const std::function<void(const QString &)> &openHousehold)
{
    Result<CaseService::PaymentCheckJob> job = cases.paymentCheckJob(Clock::today());
    if (!job) {
        QMessageBox::warning(parent, PaymentCheckDialog::tr("Payments against today's policy"), job.error().message());
        return;
    }
    Result<QList<PaymentDifference>> result = Error(ErrorCode::Internal, QString());
    int checked = 0;
    runInBackground(parent, PaymentCheckDialog::tr("Checking every payment against today's policy…"),
                    [&](TaskProgress &progress) {
                        result = (*job)([&](int done, int total) {
                            progress.report(done, total);
                            checked = total;
                            return !progress.cancelled();
                        });
                    });
    if (!result) {
        if (result.error().code() != ErrorCode::Cancelled)
            QMessageBox::warning(parent, PaymentCheckDialog::tr("Payments against today's policy"), result.error().message());
        return;
    }
    PaymentCheckDialog dialog(cases, *result, checked, parent);
    QObject::connect(&dialog, &PaymentCheckDialog::openHousehold, parent, openHousehold);
    dialog.exec();
}

} // namespace doudi::ui
