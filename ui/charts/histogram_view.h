// HistogramView: a Qt Charts bar chart of one column's distribution (equal-width bins for
// numbers and dates, the most frequent values for categories). The histogram is computed
// on a worker thread through the view's JobRunner; a newer request cancels an older one and
// its result is dropped.
#pragma once

#include "core/data/table.h"
#include "core/stats/histogram.h"

#include <QtCharts/QChartView>

namespace mlwb::ui {

class JobRunner;

class HistogramView : public QChartView {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    // Shows the histogram of table's column; column < 0 or no table clears the chart.
    void showColumn(const core::TablePtr& table, int column);
    int shownColumn() const { return m_column; }
    // Bars currently drawn (for tests and accessibility).
    int barCount() const { return m_barCount; }
    JobRunner* jobRunner() const { return m_jobs; }

signals:
    void histogramShown(int column);

private:
    void render(const QString& title, const core::Histogram& histogram, core::ColumnType type);
    void showMessage(const QString& text);
    void replaceChart(QChart* chart);

    JobRunner* m_jobs;
    int m_column = -1;
    int m_barCount = 0;
};

}  // namespace mlwb::ui
