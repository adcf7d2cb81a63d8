#include "ui/problemtext.h"

#include <QLabel>
#include <QTableWidgetItem>

namespace doudi::ui {

namespace {
const char *const kProblemColour = "#b00020";
}

void markAsProblem(QWidget *w, bool problem)
{
    w->setStyleSheet(problem ? QStringLiteral("color: %1").arg(QLatin1String(kProblemColour)) : QString());
}

void markAsProblem(QTableWidgetItem *item)
{
    item->setForeground(QColor(QLatin1String(kProblemColour)));
}

QLabel *problemLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    markAsProblem(l);
    return l;
}

} // namespace doudi::ui
