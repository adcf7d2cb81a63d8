#include "ui/barchart.h"

#include <QPainter>

namespace doudi::ui {

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(120);
}

void BarChart::setData(const core::BarChartData &data)
{
    m_data = data;
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    return {480, m_data.heightFor(fontMetrics().height()) + 8};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_data.paint(p, rect().adjusted(8, 4, -8, -4), palette().color(QPalette::Text));
}

} // namespace doudi::ui
