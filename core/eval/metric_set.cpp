// MetricSet and the fold average of metrics.h.
#include "core/eval/metrics.h"

#include <cmath>
#include <limits>

namespace mlwb::core {

void MetricSet::set(std::string_view name, double value)
{
    for (Metric& metric : metrics) {
        if (metric.name == name) {
            metric.value = value;
            return;
        }
    }
    metrics.push_back({std::string(name), value});
}

bool MetricSet::contains(std::string_view name) const
{
    for (const Metric& metric : metrics) {
        if (metric.name == name) return true;
    }
    return false;
}

double MetricSet::value(std::string_view name) const
{
    for (const Metric& metric : metrics) {
        if (metric.name == name) return metric.value;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::vector<MetricSummary> averageMetricSets(std::span<const MetricSet> folds)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::vector<MetricSummary> summaries;
    for (const MetricSet& fold : folds) {
        for (const Metric& metric : fold.metrics) {
            bool known = false;
            for (const MetricSummary& summary : summaries) known = known || summary.name == metric.name;
            if (!known) summaries.push_back({metric.name, 0.0, 0.0, 0});
        }
    }
    for (MetricSummary& summary : summaries) {
        // Two passes (mean, then squared deviations) rather than sum of squares, which
        // cancels badly when the spread is tiny against the mean (accuracy 0.999 +- 1e-4).
        double sum = 0.0;
        for (const MetricSet& fold : folds) {
            const double v = fold.value(summary.name);
            if (!std::isnan(v)) {
                sum += v;
                ++summary.count;
            }
        }
        summary.mean = summary.count > 0 ? sum / double(summary.count) : kNaN;
        double squares = 0.0;
        for (const MetricSet& fold : folds) {
            const double v = fold.value(summary.name);
            if (!std::isnan(v)) squares += (v - summary.mean) * (v - summary.mean);
        }
        summary.std = summary.count > 1 ? std::sqrt(squares / double(summary.count - 1)) : kNaN;
    }
    return summaries;
}

}  // namespace mlwb::core
