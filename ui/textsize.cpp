#include "ui/textsize.h"

#include <QApplication>
#include <QFont>
#include <QWidget>

namespace doudi::ui {

namespace {
struct RoleStyle
{
    TextRole role;
    const char *name;
    double points; // at normal size
    const char *extra;
};
const RoleStyle kRoles[] = {
    {TextRole::PageTitle, "pageTitle", 16, "font-weight: bold;"},
    {TextRole::Heading, "heading", 14, "font-weight: bold;"},
    {TextRole::Section, "section", 13, "font-weight: bold;"},
    {TextRole::Emphasis, "emphasis", 12, ""},
    {TextRole::Code, "code", 20, "font-family: monospace; font-weight: bold;"},
};

double g_scale = 1.0;
bool g_installed = false;

QString styleSheetFor(double scale)
{
    QString sheet;
    for (const RoleStyle &r : kRoles)
        sheet += QStringLiteral("*[textRole=\"%1\"] { font-size: %2pt; %3 }\n")
                     .arg(QString::fromLatin1(r.name))
                     .arg(r.points * scale, 0, 'f', 1)
                     .arg(QString::fromLatin1(r.extra));
    return sheet;
}

// The application font as the platform gave it, before any scaling.
QFont &baseFont()
{
    static QFont base = QApplication::font();
    return base;
}
} // namespace

void setTextRole(QWidget *w, TextRole role)
{
    for (const RoleStyle &r : kRoles) {
        if (r.role == role)
            w->setProperty("textRole", QString::fromLatin1(r.name));
    }
    if (!g_installed) { // the sizes, for windows made before applyTextSize() (tests)
        g_installed = true;
        qApp->setStyleSheet(qApp->styleSheet() + styleSheetFor(g_scale));
    }
}

void applyTextSize(bool large)
{
    const double scale = large ? kLargeTextScale : 1.0;
    QFont font = baseFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    const QString sheet = styleSheetFor(scale);
    g_scale = scale;
    g_installed = true;
    QApplication::setFont(font); // every widget without a font of its own follows
    if (qApp->styleSheet() != sheet)
        qApp->setStyleSheet(sheet); // polishes every widget again
}

} // namespace doudi::ui
