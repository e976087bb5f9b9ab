// Times classificationMetrics() (accuracy, F1, ROC and PR AUC, log loss, Brier, MCC, ...) on
// one million binary rows, generated with a fixed seed. Moved here from the metrics tests,
// where a timing bound meant nothing in the sanitizer build the suite runs under.
//
// usage: bench_metrics [ROWS] [REPEATS]   -> one JSON line (best of REPEATS)
// Compare with bench/metrics_anchor.py (scikit-learn's metrics) on the same machine, same run.
#include "core/eval/metrics.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace mlwb::core;

int main(int argc, char** argv)
{
    const size_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    std::mt19937_64 engine(11);
    std::vector<int32_t> y(rows), predicted(rows);
    Eigen::MatrixXd probabilities(static_cast<Eigen::Index>(rows), 2);
    for (size_t i = 0; i < rows; ++i) {
        y[i] = static_cast<int32_t>(engine() & 1);
        const double score = static_cast<double>(engine() % 10000) / 10000.0 * 0.8 + 0.2 * y[i];
        probabilities(static_cast<Eigen::Index>(i), 1) = score;
        probabilities(static_cast<Eigen::Index>(i), 0) = 1.0 - score;
        predicted[i] = score >= 0.5 ? 1 : 0;
    }
    double best = 1e300;
    double auc = 0;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        Result<MetricSet> set = classificationMetrics(y, predicted, probabilities, 2);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!set.isOk()) {
            std::fprintf(stderr, "bench_metrics: %s\n", set.status().message().c_str());
            return 1;
        }
        auc = set->value("roc_auc");
        best = std::min(best, seconds);
    }
    std::printf("{\"task\": \"metrics:classification_binary\", \"rows\": %zu, \"seconds\": %.4f, \"roc_auc\": %.6f}\n",
                rows, best, auc);
    return 0;
}
