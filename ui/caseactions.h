#pragma once

#include <QStringList>

class QWidget;

namespace doudi::core {
class CaseService;
struct Case;
} // namespace doudi::core

namespace doudi::ui {

// A case's monthly amount as lists show it: the confirmed one, else the proposed one; a dash
// for 低保边缘 and 刚性支出困难 households, whose support is in kind.
QString monthlyAmountText(const core::Case &c);

// Asks which of these steps to take, in a menu under anchor; empty when none was chosen.
QString chooseStep(QWidget *anchor, const QStringList &steps);

// Opens the form behind one step of a case: the visit form, the review wizard, or a step
// dialog with the assessed amount already filled in where the step asks for one. True when
// the step was saved.
bool runCaseStep(QWidget *parent, core::CaseService &cases, const QString &caseId, const QString &event, const QString &headName);

} // namespace doudi::ui
