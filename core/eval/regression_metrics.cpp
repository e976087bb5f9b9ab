// The regression half of metrics.h, following sklearn 1.2's definitions.
#include "core/eval/metrics.h"

#include "core/base/text.h"

#include <cmath>
#include <limits>

namespace mlwb::core {

Result<MetricSet> regressionMetrics(std::span<const double> yTrue, std::span<const double> yPred)
{
    const size_t n = yTrue.size();
    if (n == 0)
        return Status::invalidArgument(
            tr("there are no rows to evaluate; the test set is empty. Use more rows or a "
               "larger test fraction."));
    if (yPred.size() != n)
        return Status::invalidArgument(
            trf("there are {} true values but {} predictions; pass one prediction per row.", n, yPred.size()));
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(yTrue[i]))
            return Status::invalidArgument(
                trf("the true target value in row {} is {}; drop rows with a missing or "
                    "infinite target before evaluating.",
                    i + 1, yTrue[i]));
        if (!std::isfinite(yPred[i]))
            return Status::invalidArgument(
                trf("the prediction for row {} is {}; the model produced a non-finite "
                    "value, check its inputs for missing or extreme values.",
                    i + 1, yPred[i]));
        sum += yTrue[i];
    }
    const double mean = sum / double(n);
    double squaredError = 0.0, absoluteError = 0.0, relativeError = 0.0, totalSquares = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double error = yTrue[i] - yPred[i];
        squaredError += error * error;
        absoluteError += std::abs(error);
        // sklearn's guard against y = 0: relative to machine epsilon, so huge rather than infinite.
        relativeError += std::abs(error) / std::max(std::abs(yTrue[i]), std::numeric_limits<double>::epsilon());
        totalSquares += (yTrue[i] - mean) * (yTrue[i] - mean);
    }
    // A constant target has no variance to explain: sklearn's force_finite gives 1 for exact
    // predictions and 0 otherwise instead of NaN or -inf.
    const double r2 = totalSquares != 0.0 ? 1.0 - squaredError / totalSquares : (squaredError == 0.0 ? 1.0 : 0.0);

    MetricSet set;
    set.set(metric::kR2, r2);
    set.set(metric::kRmse, std::sqrt(squaredError / double(n)));
    set.set(metric::kMae, absoluteError / double(n));
    set.set(metric::kMape, relativeError / double(n));
    return set;
}

}  // namespace mlwb::core
