#include "ui/caseactions.h"

#include "common/clock.h"
#include "common/money.h"
#include "services/caseservice.h"
#include "ui/reviewwizard.h"
#include "ui/stepdialog.h"
#include "ui/visitdialog.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QMenu>

namespace doudi::ui {

using namespace doudi::core;

QString monthlyAmountText(const Case &c)
{
    const Fen fen = c.monthlyFen > 0 ? c.monthlyFen : c.proposedMonthlyFen;
    const bool inKind = fen == 0 && (c.programme == CaseProgramme::Edge || c.programme == CaseProgramme::Rigid);
    return inKind ? QStringLiteral("—") : money::formatYuan(fen);
}

QString chooseStep(QWidget *anchor, const QStringList &steps)
{
    QMenu menu(anchor);
    for (const QString &event : steps)
        menu.addAction(Workflow::eventLabel(event))->setData(event);
    if (menu.isEmpty())
        menu.addAction(QCoreApplication::translate("doudi::ui::CaseActions", "Nothing to do now for your role"))
            ->setEnabled(false);
    QAction *chosen = menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
    return chosen ? chosen->data().toString() : QString();
}

bool runCaseStep(QWidget *parent, CaseService &cases, const QString &caseId, const QString &event, const QString &headName)
{
    if (event.isEmpty())
        return false;
    if (event == QLatin1String("record_visit"))
        return VisitDialog(cases, caseId, headName, parent).exec() == QDialog::Accepted;
    if (event == QLatin1String("review"))
        return ReviewWizard(cases, caseId, parent).exec() == QDialog::Accepted;
    StepDialog dialog(cases, caseId, event, parent);
    const QDate today = Clock::today();
    if (event == QLatin1String("preliminary")) {
        // 初审 starts from what the policy gives; the township may still change it.
        const Result<Case> c = cases.get(caseId);
        if (const Result<Assessment> a = cases.assess(caseId, today); c && a && a->monthlyFor(c->programme) > 0) {
            dialog.preset(QStringLiteral("approve"), true);
            dialog.preset(QStringLiteral("monthly_fen"), money::formatYuan(a->monthlyFor(c->programme)));
        }
    } else if (event == QLatin1String("confirm")) {
        if (const Result<Case> c = cases.get(caseId); c && c->proposedMonthlyFen > 0)
            dialog.preset(QStringLiteral("monthly_fen"), money::formatYuan(c->proposedMonthlyFen));
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace doudi::ui
