#include "ui/problemtext.h"

#include <QLabel>

namespace doudi::ui {

void markAsProblem(QWidget *w, bool problem)
{
    w->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

QLabel *problemLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    markAsProblem(l);
    return l;
}

} // namespace doudi::ui
