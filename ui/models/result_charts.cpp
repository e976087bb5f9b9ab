#include "ui/models/result_charts.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace mlwb::ui {

namespace {

// The charts' strings use ConfusionMatrixView's translation context: one context for this
// file, written as ClassName::tr so that lupdate finds them.
QChart* newChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void addAxes(QChart* chart, const QString& xTitle, const QString& yTitle, double xMin, double xMax, double yMin,
             double yMax)
{
    auto* x = new QValueAxis();
    x->setTitleText(xTitle);
    x->setRange(xMin, xMax);
    auto* y = new QValueAxis();
    y->setTitleText(yTitle);
    y->setRange(yMin, yMax);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QString className(const std::vector<std::string>& names, size_t curve, size_t curveCount)
{
    // With two classes there is one curve, for the second (positive) class.
    const size_t index = curveCount == 1 && names.size() == 2 ? 1 : curve;
    return index < names.size() ? QString::fromStdString(names[index]) : QString::number(index);
}

void addDiagonal(QChart* chart, double y0, double y1)
{
    auto* chance = new QLineSeries();
    chance->setName(ConfusionMatrixView::tr("chance"));
    chance->append(0, y0);
    chance->append(1, y1);
    QPen pen(Qt::gray);
    pen.setStyle(Qt::DashLine);
    chance->setPen(pen);
    chart->addSeries(chance);
}

std::pair<double, double> rangeOf(const std::vector<double>& a, const std::vector<double>& b)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const auto* v : {&a, &b})
        for (double x : *v)
            if (std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
    if (!(lo <= hi)) return {0, 1};
    if (lo == hi) return {lo - 1, hi + 1};
    const double pad = (hi - lo) * 0.03;
    return {lo - pad, hi + pad};
}

}  // namespace

QChart* makeMessageChart(const QString& message)
{
    auto* chart = newChart(message);
    chart->legend()->hide();
    return chart;
}

QChart* makeRocChart(const core::ExperimentDiagnostics& diagnostics, const std::vector<std::string>& classNames)
{
    if (diagnostics.roc.empty()) return makeMessageChart(ConfusionMatrixView::tr("ROC curves are for classification."));
    auto* chart = newChart(ConfusionMatrixView::tr("ROC curve"));
    for (size_t i = 0; i < diagnostics.roc.size(); ++i) {
        auto* series = new QLineSeries();
        series->setName(className(classNames, i, diagnostics.roc.size()));
        const auto& curve = diagnostics.roc[i];
        for (size_t p = 0; p < curve.falsePositiveRate.size(); ++p)
            series->append(curve.falsePositiveRate[p], curve.truePositiveRate[p]);
        chart->addSeries(series);
    }
    addDiagonal(chart, 0, 1);
    addAxes(chart, ConfusionMatrixView::tr("False positive rate"), ConfusionMatrixView::tr("True positive rate"), 0, 1,
            0, 1);
    return chart;
}

QChart* makePrecisionRecallChart(const core::ExperimentDiagnostics& diagnostics,
                                 const std::vector<std::string>& classNames)
{
    if (diagnostics.pr.empty())
        return makeMessageChart(ConfusionMatrixView::tr("Precision-recall curves are for classification."));
    auto* chart = newChart(ConfusionMatrixView::tr("Precision-recall curve"));
    for (size_t i = 0; i < diagnostics.pr.size(); ++i) {
        auto* series = new QLineSeries();
        series->setName(className(classNames, i, diagnostics.pr.size()));
        const auto& curve = diagnostics.pr[i];
        for (size_t p = 0; p < curve.recall.size(); ++p) series->append(curve.recall[p], curve.precision[p]);
        chart->addSeries(series);
    }
    addAxes(chart, ConfusionMatrixView::tr("Recall"), ConfusionMatrixView::tr("Precision"), 0, 1, 0, 1.02);
    return chart;
}

QChart* makePredictedVsActualChart(const core::Residuals& residuals)
{
    if (residuals.actual.empty())
        return makeMessageChart(ConfusionMatrixView::tr("Predicted vs actual is for regression."));
    auto* chart = newChart(ConfusionMatrixView::tr("Predicted vs actual"));
    auto* points = new QScatterSeries();
    points->setName(ConfusionMatrixView::tr("test rows"));
    points->setMarkerSize(5);
    for (size_t i = 0; i < residuals.actual.size(); ++i) points->append(residuals.actual[i], residuals.predicted[i]);
    chart->addSeries(points);
    const auto [lo, hi] = rangeOf(residuals.actual, residuals.predicted);
    auto* ideal = new QLineSeries();
    ideal->setName(ConfusionMatrixView::tr("perfect"));
    ideal->append(lo, lo);
    ideal->append(hi, hi);
    chart->addSeries(ideal);
    addAxes(chart, ConfusionMatrixView::tr("Actual"), ConfusionMatrixView::tr("Predicted"), lo, hi, lo, hi);
    return chart;
}

QChart* makeResidualChart(const core::Residuals& residuals)
{
    if (residuals.actual.empty()) return makeMessageChart(ConfusionMatrixView::tr("Residuals are for regression."));
    auto* chart = newChart(ConfusionMatrixView::tr("Residuals"));
    chart->legend()->hide();
    auto* points = new QScatterSeries();
    points->setMarkerSize(5);
    for (size_t i = 0; i < residuals.predicted.size(); ++i)
        points->append(residuals.predicted[i], residuals.residual[i]);
    chart->addSeries(points);
    const auto [xLo, xHi] = rangeOf(residuals.predicted, residuals.predicted);
    const auto [yLo, yHi] = rangeOf(residuals.residual, residuals.residual);
    const double span = std::max(std::abs(yLo), std::abs(yHi));
    addAxes(chart, ConfusionMatrixView::tr("Predicted"), ConfusionMatrixView::tr("Actual − predicted"), xLo, xHi, -span,
            span);
    return chart;
}

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("confusionMatrix"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setToolTip(tr("Rows: true class. Columns: predicted class. Shade: share of the row."));
}

void ConfusionMatrixView::setMatrix(const core::ConfusionMatrix& matrix, const std::vector<std::string>& classNames)
{
    const int n = static_cast<int>(matrix.rows());
    setRowCount(n);
    setColumnCount(n);
    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels << (static_cast<size_t>(i) < classNames.size() ? QString::fromStdString(classNames[size_t(i)])
                                                              : QString::number(i));
    setHorizontalHeaderLabels(labels);
    setVerticalHeaderLabels(labels);
    for (int t = 0; t < n; ++t) {
        const double rowTotal = static_cast<double>(matrix.row(t).sum());
        for (int p = 0; p < n; ++p) {
            const auto count = matrix(t, p);
            const double share = rowTotal > 0 ? static_cast<double>(count) / rowTotal : 0.0;
            auto* item = new QTableWidgetItem(QString::number(count));
            item->setTextAlignment(Qt::AlignCenter);
            // Diagonal (right) in blue, errors in red; deeper for a larger share of the row.
            const QColor base = t == p ? QColor(0x2f, 0x6f, 0xb5) : QColor(0xb0, 0x3a, 0x2e);
            QColor shade = base;
            shade.setAlphaF(0.08 + 0.72 * share);
            item->setBackground(shade);
            if (share > 0.55) item->setForeground(Qt::white);
            item->setToolTip(tr("%1 rows of %2 predicted as %3 (%4% of the row)")
                                 .arg(count)
                                 .arg(labels[t], labels[p])
                                 .arg(share * 100, 0, 'f', 1));
            setItem(t, p, item);
        }
    }
}

}  // namespace mlwb::ui
