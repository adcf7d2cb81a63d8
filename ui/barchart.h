#pragma once

#include "documents/barchart.h"

#include <QWidget>

namespace doudi::ui {

// core::BarChartData on screen, in the palette's colours; printed reports draw the same data.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    void setData(const core::BarChartData &data);
    const core::BarChartData &data() const { return m_data; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    core::BarChartData m_data;
};

} // namespace doudi::ui
