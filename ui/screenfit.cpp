#include "ui/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace doudi::ui {

void fitToScreen(QWidget *window, QSize preferred)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    // Room for the window's frame and title bar, which the geometry does not include.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    window->resize(size);
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not to the frame around them
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return area;
}

} // namespace doudi::ui
