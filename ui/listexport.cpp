#include "ui/listexport.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/listservice.h"
#include "ui/messagebox.h"
#include "ui/spreadsheetsave.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::ui", text); // the context lupdate gives this namespace-level tr()
}

// Builds the list, then saves it: a list that cannot be made says why before any file is asked for.
void save(QWidget *parent, core::Session &session, const QString &title, const QString &fileName, const QString &what,
          const Result<OutputSheet> &sheet)
{
    if (!sheet) {
        MessageBox::warn(parent, title, sheet.error().message());
        return;
    }
    saveSpreadsheet(parent, title, fileName,
                    [&](const QString &path) { return ListService(session).write({*sheet}, path, what); });
}
} // namespace

void exportCaseList(QWidget *parent, core::Session &session, const QString &title, const QList<CaseState> &states)
{
    const QDate today = Clock::today();
    save(parent, session, tr("Save the list"),
         QStringLiteral("%1-%2.xlsx").arg(title, today.toString(QStringLiteral("yyyyMMdd"))), QStringLiteral("cases"),
         ListService(session).cases(title, states, today));
}

void exportHouseholds(QWidget *parent, core::Session &session)
{
    save(parent, session, tr("Save the households"),
         tr("households-%1.xlsx").arg(Clock::today().toString(QStringLiteral("yyyyMMdd"))), QStringLiteral("households"),
         ListService(session).households());
}

void exportPaymentList(QWidget *parent, core::Session &session, const QStringList &townships)
{
    QDialog ask(parent);
    ask.setWindowTitle(tr("Payment list (代发清单)"));
    auto *month = new QDateEdit(Clock::today());
    month->setObjectName(QStringLiteral("month"));
    month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto *township = new QComboBox;
    township->setObjectName(QStringLiteral("township"));
    for (const QString &code : townships)
        township->addItem(AreaRegistry::current().name(code), code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Month paid for:"), month);
    form->addRow(tr("&Township:"), township);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QDate first(month->date().year(), month->date().month(), 1);
    save(parent, session, tr("Payment list (代发清单)"),
         tr("payment-list-%1-%2.xlsx").arg(township->currentText(), first.toString(QStringLiteral("yyyyMM"))),
         QStringLiteral("payments"), ListService(session).paymentList(township->currentData().toString(), first));
}

} // namespace doudi::ui
