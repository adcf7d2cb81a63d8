#pragma once

#include <QColor>
#include <QImage>
#include <QStringList>

#include <functional>

class QPainter;

namespace doudi::core {

// A horizontal bar chart (issue 16, 月报): one row per label, one bar per series side by side,
// each value written at its bar's end. Drawn the same on screen, on paper and into an image.
struct BarChartData
{
    struct Series
    {
        QString name;
        QColor colour;
        QList<double> values; // one per label
    };
    QString title;
    QStringList labels;
    QList<Series> series;
    std::function<QString(double)> format; // a value as written beside its bar

    // The height rows of this font need, title and legend included.
    int heightFor(int lineHeight) const;
    // Draws into rect with the painter's font; text in textColour. Rows that do not fit are left out.
    void paint(QPainter &painter, const QRect &rect, const QColor &textColour) const;
    // The chart as an image of this width (its height what the rows need), for a printed report.
    QImage image(int width, const QFont &font) const;
};

} // namespace doudi::core
