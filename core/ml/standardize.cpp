#include "core/ml/standardize.h"

#include "core/base/thread_pool.h"

#include <cmath>
#include <limits>

namespace mlwb::core::ml {

Standardizer Standardizer::fit(const Matrix& X)
{
    Standardizer s;
    const Eigen::Index d = X.cols();
    s.mean.resize(d);
    s.scale.resize(d);
    const double n = static_cast<double>(X.rows());
    ThreadPool::global().parallelFor(static_cast<size_t>(d), [&](size_t jj) {
        const auto j = static_cast<Eigen::Index>(jj);
        const auto column = X.col(j);
        const double mean = column.sum() / n;
        // Two passes: a sum of squares minus the squared mean cancels badly for large offsets.
        const double variance = (column.array() - mean).square().sum() / n;
        const double deviation = std::sqrt(variance);
        // As StandardScaler, a column that is constant up to rounding is only centred.
        const bool constant =
            !(deviation > 10.0 * std::numeric_limits<double>::epsilon() * std::abs(mean)) || deviation == 0.0;
        s.mean[j] = mean;
        s.scale[j] = constant ? 1.0 : deviation;
    });
    return s;
}

Matrix Standardizer::apply(const Matrix& X) const
{
    Matrix out(X.rows(), X.cols());
    ThreadPool::global().parallelFor(static_cast<size_t>(X.cols()), [&](size_t jj) {
        const auto j = static_cast<Eigen::Index>(jj);
        out.col(j) = (X.col(j).array() - mean[j]) / scale[j];
    });
    return out;
}

}  // namespace mlwb::core::ml
