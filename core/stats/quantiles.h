// Quantiles of sorted values with linear interpolation exactly as numpy.quantile's default
// (Hyndman & Fan type 7). Used by the column profile and anything else that has sorted a column.
#pragma once

#include <cstddef>
#include <functional>

namespace mlwb::core {

// sortedAt(i) is the i-th smallest of `count` values; count must be > 0, level in [0, 1].
double quantileOfSorted(size_t count, const std::function<double(size_t)>& sortedAt, double level);

}  // namespace mlwb::core
