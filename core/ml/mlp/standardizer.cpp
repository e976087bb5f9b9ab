#include "core/ml/mlp/standardizer.h"

#include <cmath>
#include <limits>

namespace mlwb::core::ml {

Standardizer Standardizer::fit(const Matrix& X)
{
    Standardizer s;
    const double n = static_cast<double>(std::max<Eigen::Index>(1, X.rows()));
    s.mean = X.colwise().mean();
    s.scale = ((X.rowwise() - s.mean).colwise().squaredNorm() / n).cwiseSqrt();
    for (Eigen::Index j = 0; j < s.scale.size(); ++j) {
        // Rounding leaves a constant column a tiny spread; dividing by it would blow the
        // column up to noise of size 1, so treat it as constant (as StandardScaler does).
        const double noise = 10.0 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(s.mean[j]));
        if (!(s.scale[j] > noise)) s.scale[j] = 1.0;
    }
    return s;
}

Matrix Standardizer::apply(const Matrix& X) const
{
    return (X.rowwise() - mean).array().rowwise() / scale.array();
}

}  // namespace mlwb::core::ml
