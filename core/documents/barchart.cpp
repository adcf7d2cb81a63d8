#include "documents/barchart.h"

#include <QFontMetrics>
#include <QPainter>

namespace doudi::core {

namespace {
int barHeight(int line)
{
    return qMax(4, line - 4);
}
} // namespace

int BarChartData::heightFor(int line) const
{
    const int row = barHeight(line) * int(qMax<qsizetype>(1, series.size())) + 8;
    return line * 2 + 8 + row * int(labels.size());
}

void BarChartData::paint(QPainter &p, const QRect &rect, const QColor &textColour) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = p.fontMetrics();
    const int line = fm.height();
    const auto text = [&](double v) { return format ? format(v) : QString::number(v); };
    p.setPen(textColour);
    const QFont normal = p.font();
    QFont bold = normal;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(normal);
    // The legend, under the title.
    int x = rect.left();
    const int legendTop = rect.top() + line + 2;
    for (const Series &s : series) {
        p.fillRect(QRect(x, legendTop + line / 4, line / 2, line / 2), s.colour);
        x += line / 2 + 4;
        p.drawText(QPoint(x, legendTop + fm.ascent()), s.name);
        x += fm.horizontalAdvance(s.name) + line;
    }
    double most = 0;
    int valueWidth = 0;
    for (const Series &s : series) {
        for (double v : s.values) {
            most = qMax(most, v);
            valueWidth = qMax(valueWidth, fm.horizontalAdvance(text(v)));
        }
    }
    int labelWidth = 0;
    for (const QString &l : labels)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(l));
    labelWidth = qMin(labelWidth + 8, rect.width() / 3);
    const int top = legendTop + line + 4;
    const int bar = barHeight(line);
    const int row = bar * int(qMax<qsizetype>(1, series.size())) + 8;
    const int barLeft = rect.left() + labelWidth;
    const int span = qMax(10, rect.right() - barLeft - valueWidth - 8);
    for (int i = 0; i < labels.size(); ++i) {
        const int y = top + i * row;
        if (y + row > rect.bottom() + 1)
            break; // no room: the table beside the chart has every row
        p.drawText(QRect(rect.left(), y, labelWidth - 8, row - 4), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels[i], Qt::ElideRight, labelWidth - 8));
        for (int k = 0; k < series.size(); ++k) {
            const double v = series[k].values.value(i);
            const int w = most > 0 ? int(span * v / most) : 0;
            const QRect r(barLeft, y + k * bar + 2, qMax(v > 0 ? 1 : 0, w), bar - 1);
            p.fillRect(r, series[k].colour);
            if (v != 0) // a row of zeros says nothing the missing bar does not
                p.drawText(QPoint(r.right() + 4, r.top() + (bar + fm.ascent() - fm.descent()) / 2), text(v));
        }
    }
    p.restore();
}

QImage BarChartData::image(int width, const QFont &font) const
{
    const int height = heightFor(QFontMetrics(font).height()) + 8;
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(font);
    paint(p, QRect(4, 4, width - 8, height - 8), Qt::black);
    return img;
}

} // namespace doudi::core
