#pragma once

#include <QStringList>

class QWidget;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

// Asks which of these steps to take, in a menu under anchor; empty when none was chosen.
QString chooseStep(QWidget *anchor, const QStringList &steps);

// Opens the form behind one step of a case: the visit form, the review wizard, or a step
// dialog with the assessed amount already filled in where the step asks for one. True when
// the step was saved.
bool runCaseStep(QWidget *parent, core::CaseService &cases, const QString &caseId, const QString &event,
                 const QString &headName);

} // namespace doudi::ui
