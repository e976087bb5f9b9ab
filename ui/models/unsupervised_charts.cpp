#include "ui/models/unsupervised_charts.h"

#include "ui/models/result_charts.h"
#include "ui/models/train_panel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace mlwb::ui {

namespace {

// The charts' strings use TrainPanel's translation context, written as TrainPanel::tr so
// that lupdate finds them.
QChart* newChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Ticks on round numbers unless the range is fixed (shares run 0..1 in fifths).
QValueAxis* valueAxis(const QString& title, double lo, double hi, bool nice = true)
{
    auto* axis = new QValueAxis();
    axis->setTitleText(title);
    axis->setRange(lo, hi);
    if (nice) axis->applyNiceNumbers();
    return axis;
}

QString axisTitle(int component, double share)
{
    return TrainPanel::tr("PC%1 (%2%)").arg(component).arg(share * 100, 0, 'f', 1);
}

std::pair<double, double> paddedRange(const std::vector<double>& a, const std::vector<double>& b)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const auto* values : {&a, &b})
        for (double v : *values)
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (!(lo <= hi)) return {-1, 1};
    if (lo == hi) return {lo - 1, hi + 1};
    const double pad = (hi - lo) * 0.05;
    return {lo - pad, hi + pad};
}

}  // namespace

QColor clusterColor(int code, int count)
{
    // Tableau 10: distinct at a glance, and readable for most colour-blind users.
    static const QColor palette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                     QColor(0xba, 0xb0, 0xac)};
    if (count <= 10) return palette[std::clamp(code, 0, 9)];
    return QColor::fromHsv((code * 360 / std::max(count, 1)) % 360, 170, 200);
}

QChart* makeClusterSizeChart(const core::UnsupervisedDiagnostics& diagnostics)
{
    const auto& sizes = diagnostics.clusterSizes;
    if (sizes.empty()) return makeMessageChart(TrainPanel::tr("Cluster sizes are for clustering models."));
    auto* chart = newChart(TrainPanel::tr("Rows per cluster"));
    chart->legend()->hide();
    // One stacked set per cluster, non-zero only in its own column, so each bar has its cluster's colour.
    auto* series = new QStackedBarSeries();
    const int count = static_cast<int>(sizes.size());
    QStringList categories;
    int64_t largest = 0;
    for (int c = 0; c < count; ++c) {
        auto* set = new QBarSet(TrainPanel::tr("cluster %1").arg(c));
        for (int other = 0; other < count; ++other) *set << (other == c ? static_cast<double>(sizes[size_t(c)]) : 0.0);
        set->setColor(clusterColor(c, count));
        set->setBorderColor(clusterColor(c, count).darker(120));
        series->append(set);
        categories << QString::number(c);
        largest = std::max(largest, sizes[size_t(c)]);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    x->setTitleText(TrainPanel::tr("Cluster"));
    auto* y = valueAxis(TrainPanel::tr("Rows"), 0, std::max<double>(1.0, static_cast<double>(largest) * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* makeProjectionChart(const core::UnsupervisedDiagnostics& diagnostics)
{
    if (diagnostics.projectionX.empty())
        return makeMessageChart(TrainPanel::tr("The projection is for clustering and decomposition models."));
    const bool clustered = !diagnostics.projectionLabels.empty();
    auto* chart = newChart(clustered ? TrainPanel::tr("Rows on the first two principal components, by cluster")
                                     : TrainPanel::tr("Rows on the first two components"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    const int count =
        clustered ? static_cast<int>(std::max(diagnostics.clusterSizes.size(), diagnostics.centerX.size())) : 1;
    std::vector<QScatterSeries*> groups;
    for (int c = 0; c < count; ++c) {
        auto* series = new QScatterSeries();
        // Cluster codes alone keep the legend short enough for a narrow dock.
        series->setName(clustered ? QString::number(c) : TrainPanel::tr("rows"));
        series->setMarkerSize(6);
        // Translucent, so that clusters that overlap on these two axes still show.
        QColor color = clusterColor(c, count);
        color.setAlpha(170);
        series->setColor(color);
        series->setBorderColor(Qt::transparent);
        groups.push_back(series);
    }
    for (size_t i = 0; i < diagnostics.projectionX.size(); ++i) {
        const int group = clustered ? std::clamp(diagnostics.projectionLabels[i], 0, count - 1) : 0;
        groups[size_t(group)]->append(diagnostics.projectionX[i], diagnostics.projectionY[i]);
    }
    for (auto* series : groups) chart->addSeries(series);
    if (!diagnostics.centerX.empty()) {
        auto* centers = new QScatterSeries();
        centers->setName(TrainPanel::tr("centres"));
        centers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        centers->setMarkerSize(12);
        centers->setColor(QColor(0x20, 0x20, 0x20));
        centers->setBorderColor(Qt::white);
        for (size_t c = 0; c < diagnostics.centerX.size(); ++c)
            centers->append(diagnostics.centerX[c], diagnostics.centerY[c]);
        chart->addSeries(centers);
    }
    if (count > 12) chart->legend()->hide();
    const auto [xLo, xHi] = paddedRange(diagnostics.projectionX, diagnostics.centerX);
    const auto [yLo, yHi] = paddedRange(diagnostics.projectionY, diagnostics.centerY);
    auto* x = valueAxis(axisTitle(1, diagnostics.projectionVarianceX), xLo, xHi);
    auto* y = valueAxis(axisTitle(2, diagnostics.projectionVarianceY), yLo, yHi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart* makeScreeChart(const core::UnsupervisedDiagnostics& diagnostics)
{
    const auto& ratios = diagnostics.explainedVarianceRatio;
    if (ratios.empty()) return makeMessageChart(TrainPanel::tr("The scree chart is for decomposition models."));
    auto* chart = newChart(TrainPanel::tr("Explained variance by component"));
    auto* bars = new QBarSeries();
    auto* set = new QBarSet(TrainPanel::tr("variance ratio"));
    set->setColor(clusterColor(0, 1));
    auto* cumulative = new QLineSeries();
    cumulative->setName(TrainPanel::tr("cumulative"));
    cumulative->setPointsVisible(true);
    QPen pen(clusterColor(1, 2));
    pen.setWidth(2);
    cumulative->setPen(pen);
    QStringList categories;
    double sum = 0;
    for (size_t c = 0; c < ratios.size(); ++c) {
        *set << ratios[c];
        sum += ratios[c];
        cumulative->append(static_cast<double>(c), sum);
        categories << TrainPanel::tr("PC%1").arg(c + 1);
    }
    bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    auto* y = valueAxis(TrainPanel::tr("Variance ratio"), 0, 1, false);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

}  // namespace mlwb::ui
