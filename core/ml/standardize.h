// Column standardization as scikit-learn's StandardScaler: subtract the training mean and
// divide by the training (population) standard deviation; a constant column keeps scale 1.
// Used by knn, kmeans and pca when their `scale` parameter is on.
#pragma once

#include "core/ml/matrix.h"

namespace mlwb::core::ml {

struct Standardizer {
    Vector mean;   // per column
    Vector scale;  // per column, never 0

    // Learns mean and scale from the rows of X (columns in parallel, each in a fixed order,
    // so the values do not depend on the thread count).
    static Standardizer fit(const Matrix& X);

    // (X - mean) / scale, column by column. X must have mean.size() columns.
    Matrix apply(const Matrix& X) const;
};

}  // namespace mlwb::core::ml
