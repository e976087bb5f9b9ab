// Column standardization learned on training rows, as scikit-learn's StandardScaler: subtract
// the mean, divide by the population standard deviation; constant columns are only centered.
// Used by the mlp model, which needs scaled inputs (and, for regression, a scaled target).
#pragma once

#include "core/ml/matrix.h"

namespace mlwb::core::ml {

struct Standardizer {
    Eigen::RowVectorXd mean;
    Eigen::RowVectorXd scale;  // 1 for columns with (near) zero spread

    static Standardizer fit(const Matrix& X);
    Matrix apply(const Matrix& X) const;
};

}  // namespace mlwb::core::ml
