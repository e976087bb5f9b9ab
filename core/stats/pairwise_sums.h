// Sums behind pairwise-complete correlations of p variables from one blocked pass of Gram
// products over the rows. Used by the Pearson and Spearman matrices of the column profile.
#pragma once

#include "core/base/status.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace mlwb::core {

class JobContext;
class ThreadPool;

struct PairwiseSums {
    size_t variables = 0;
    // For variables i, j over the rows where both are present ([i * p + j]):
    std::vector<size_t> n;        // number of such rows
    std::vector<double> sum;      // sum of x_i
    std::vector<double> squares;  // sum of x_i^2
    std::vector<double> cross;    // sum of x_i x_j (symmetric)

    // Pearson r of i and j from the sums; NaN when undefined (fewer than 2 rows, no spread);
    // nullopt when the spread is so small next to the sums' offset from their center that
    // cancellation may have eaten its digits: the caller then recomputes the pair directly.
    std::optional<double> correlation(size_t i, size_t j) const;
};

// Writes x_variable for rows [rowBegin, rowEnd) into out, already centered near the
// variable's mean (any center works; a near one keeps precision) and 0.0 where missing.
using FillBlock = std::function<void(size_t variable, size_t rowBegin, size_t rowEnd, double* out)>;

// present[v]: one bit per row (set = present) or nullptr when v has no missing rows;
// count[v]: its present rows. Splits rows into fixed chunks summed in chunk order, so the
// result does not depend on the pool's size. Fails only with Cancelled.
Status computePairwiseSums(size_t rows, const std::vector<const uint64_t*>& present, const std::vector<size_t>& count,
                           const FillBlock& fill, ThreadPool& pool, const JobContext& job,
                           const std::function<void(double)>& progress, PairwiseSums& out);

}  // namespace mlwb::core
