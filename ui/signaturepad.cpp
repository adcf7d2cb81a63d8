#include "ui/signaturepad.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>

namespace doudi::ui {

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(260, 110);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Sign here with the mouse or a pen."));
}

void SignaturePad::clear()
{
    m_image.fill(Qt::white);
    m_empty = true;
    update();
    Q_EMIT changed();
}

QByteArray SignaturePad::toPng() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_image.save(&buffer, "PNG");
    return png;
}

void SignaturePad::drawStroke(const QList<QPoint> &points)
{
    if (points.isEmpty())
        return;
    m_last = points.first();
    for (const QPoint &p : points)
        lineTo(p);
}

void SignaturePad::resizeEvent(QResizeEvent *event)
{
    // Grow the drawing with the widget, keeping what was drawn.
    if (m_image.width() < width() || m_image.height() < height()) {
        QImage bigger(std::max(width(), m_image.width()), std::max(height(), m_image.height()), QImage::Format_RGB32);
        bigger.fill(Qt::white);
        QPainter(&bigger).drawImage(0, 0, m_image);
        m_image = bigger;
    }
    QWidget::resizeEvent(event);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.drawImage(0, 0, m_image);
    p.setPen(QPen(Qt::gray, 1, Qt::DashLine));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.drawLine(10, height() - 25, width() - 10, height() - 25);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    m_last = event->position().toPoint();
    lineTo(m_last);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        lineTo(event->position().toPoint());
}

void SignaturePad::lineTo(const QPoint &point)
{
    if (m_image.isNull()) {
        m_image = QImage(std::max(width(), 260), std::max(height(), 110), QImage::Format_RGB32);
        m_image.fill(Qt::white);
    }
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(m_last, point);
    m_last = point;
    m_empty = false;
    update();
    Q_EMIT changed();
}

} // namespace doudi::ui
