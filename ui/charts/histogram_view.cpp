#include "ui/charts/histogram_view.h"

#include "core/data/column.h"
#include "ui/jobs/job_runner.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace mlwb::ui {

namespace {

QString formatEdge(double value, core::ColumnType type)
{
    if (type == core::ColumnType::DateTime)
        return QString::fromStdString(core::formatDateTime(static_cast<int64_t>(value)));
    return QString::number(value, 'g', 4);
}

}  // namespace

HistogramView::HistogramView(QWidget* parent) : QChartView(parent), m_jobs(new JobRunner(this))
{
    m_jobs->setRoutine(true);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    showMessage(tr("Select a column to see its distribution."));
}

void HistogramView::replaceChart(QChart* chart)
{
    // setChart() takes the new chart but hands the old one back to us, to delete.
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

void HistogramView::showMessage(const QString& text)
{
    auto* chart = new QChart();
    chart->setTitle(text);
    chart->legend()->hide();
    replaceChart(chart);
    m_barCount = 0;
}

void HistogramView::showColumn(const core::TablePtr& table, int column)
{
    m_column = column;
    if (!table || column < 0 || static_cast<size_t>(column) >= table->columnCount()) {
        m_jobs->discard();
        showMessage(tr("Select a column to see its distribution."));
        return;
    }
    // Captured by shared pointer: the data outlives this widget if it must.
    auto columnPtr = table->columnPtr(static_cast<size_t>(column));
    m_jobs->run<core::Histogram>(
        tr("Histogram of %1").arg(QString::fromStdString(columnPtr->name())),
        [columnPtr](core::JobContext&) -> core::Result<core::Histogram> {
            return core::computeHistogram(*columnPtr, 20, 15);
        },
        [this, columnPtr, column](core::Result<core::Histogram> histogram) {
            if (!histogram.isOk()) {
                showMessage(QString::fromStdString(histogram.status().message()));
                return;
            }
            render(QString::fromStdString(columnPtr->name()), histogram.value(), columnPtr->type());
            emit histogramShown(column);
        },
        this);
}

void HistogramView::render(const QString& title, const core::Histogram& histogram, core::ColumnType type)
{
    if (histogram.counts.empty()) {
        showMessage(tr("%1: no values to plot (all %L2 missing)").arg(title).arg(histogram.missing));
        return;
    }
    if (!histogram.isNumeric() && histogram.otherCount > 0 &&
        std::all_of(histogram.counts.begin(), histogram.counts.end(), [](size_t count) { return count == 1; })) {
        // An identifier-like column: bars of height one would say nothing.
        showMessage(tr("%1: every value is different; no distribution to plot").arg(title));
        return;
    }
    auto* chart = new QChart();
    QString subtitle;
    if (histogram.missing > 0) subtitle = tr(" — %L1 missing").arg(histogram.missing);
    if (histogram.otherCount > 0) subtitle += tr(" — %L1 in other values").arg(histogram.otherCount);
    chart->setTitle(title + subtitle);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);

    auto* set = new QBarSet(title);
    set->setColor(QColor(0x2f, 0x6f, 0xb5));
    set->setBorderColor(QColor(0x2f, 0x6f, 0xb5).darker(130));
    QStringList labels;
    size_t maxCount = 0;
    for (size_t i = 0; i < histogram.counts.size(); ++i) {
        *set << static_cast<qreal>(histogram.counts[i]);
        maxCount = std::max(maxCount, histogram.counts[i]);
        if (histogram.isNumeric())
            labels << formatEdge(histogram.edges[i], type);
        else
            labels << QString::fromStdString(histogram.labels[i]);
    }
    auto* series = new QBarSeries();
    series->setBarWidth(histogram.isNumeric() ? 0.98 : 0.8);
    series->append(set);
    chart->addSeries(series);

    auto* xAxis = new QBarCategoryAxis();
    xAxis->append(labels);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    if (histogram.isNumeric()) {
        // Bins are equally wide, so a value axis over [first edge, last edge] lines up with
        // the bars and gives readable ticks instead of one crowded label per bin.
        xAxis->setLabelsVisible(false);
        xAxis->setGridLineVisible(false);
        QAbstractAxis* valueAxis = nullptr;
        if (type == core::ColumnType::DateTime) {
            auto* dates = new QDateTimeAxis();
            dates->setRange(
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(histogram.edges.front()), QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(histogram.edges.back()), QTimeZone::utc()));
            dates->setFormat(QStringLiteral("yyyy-MM-dd"));
            dates->setTickCount(4);
            valueAxis = dates;
        } else {
            auto* values = new QValueAxis();
            values->setRange(histogram.edges.front(), histogram.edges.back());
            values->setTickCount(4);
            values->setLabelFormat(QStringLiteral("%.3g"));
            valueAxis = values;
        }
        valueAxis->setGridLineVisible(false);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        xAxis->setLabelsAngle(labels.size() > 6 ? -45 : 0);
    }

    auto* yAxis = new QValueAxis();
    if (maxCount <= 5) {
        // Small counts: one tick per whole number, so no label repeats.
        yAxis->setRange(0, static_cast<qreal>(std::max<size_t>(1, maxCount)));
        yAxis->setTickCount(static_cast<int>(std::max<size_t>(1, maxCount)) + 1);
    } else {
        yAxis->setRange(0, static_cast<qreal>(maxCount) * 1.05);
        yAxis->applyNiceNumbers();
    }
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Count"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);

    replaceChart(chart);
    m_barCount = static_cast<int>(histogram.counts.size());
}

}  // namespace mlwb::ui
