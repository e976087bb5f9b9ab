// HistogramView: a Qt Charts bar chart of one column's distribution (equal-width bins for
// numbers and dates, the most frequent values for categories). The histogram is computed
// on a worker thread; a newer request makes an older result stale.
#pragma once

#include "core/data/table.h"
#include "core/stats/histogram.h"

#include <QtCharts/QChartView>

namespace mlwb::ui {

class HistogramView : public QChartView {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    // Shows the histogram of table's column; column < 0 or no table clears the chart.
    void showColumn(const core::TablePtr& table, int column);
    int shownColumn() const { return m_column; }
    // Bars currently drawn (for tests and accessibility).
    int barCount() const { return m_barCount; }

signals:
    void histogramShown(int column);

private:
    void render(const QString& title, const core::Histogram& histogram, core::ColumnType type);
    void showMessage(const QString& text);
    void replaceChart(QChart* chart);

    quint64 m_generation = 0;
    int m_column = -1;
    int m_barCount = 0;
};

}  // namespace mlwb::ui
