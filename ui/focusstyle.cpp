#include "ui/focusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace doudi::ui {

namespace {
void drawRing(QPainter *painter, const QStyleOption *option, QRect rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3);
    painter->restore();
}
} // namespace

FocusStyle::FocusStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        drawRing(painter, option, option->rect);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Buttons, check boxes and radio buttons: the ring around the whole control.
    const bool control = element == CE_PushButton || element == CE_CheckBox || element == CE_RadioButton;
    if (control && (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        drawRing(painter, option, option->rect);
}

void installFocusStyle()
{
    QApplication::setStyle(new FocusStyle);
}

} // namespace doudi::ui
