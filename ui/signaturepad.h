#pragma once

#include <QImage>
#include <QPoint>
#include <QWidget>

namespace doudi::ui {

// A signature written on the screen with the mouse, a pen or a finger, kept as a PNG.
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);
    bool isEmpty() const { return m_empty; }
    void clear();
    QByteArray toPng() const;
    // For tests and for replaying: draws a stroke through these points.
    void drawStroke(const QList<QPoint> &points);

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void lineTo(const QPoint &p);

    QImage m_image;
    QPoint m_last;
    bool m_empty = true;
};

} // namespace doudi::ui
