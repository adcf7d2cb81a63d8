#pragma once

#include <QProxyStyle>

namespace doudi::ui {

// The application's style with a focus that can be seen from a chair's distance: a 2-pixel
// ring in the highlight colour around the button, box or list row that has the keyboard
// (Fusion's is a faint line that keyboard users lose).
class FocusStyle : public QProxyStyle
{
public:
    FocusStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

// Installs FocusStyle on the application (owned by it).
void installFocusStyle();

} // namespace doudi::ui
