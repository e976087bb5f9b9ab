// Pearson and Spearman correlation matrices of numeric columns over pairwise complete observations
// (pandas' DataFrame.corr semantics). Used by profileTable() after its per-column pass.
#pragma once

#include "core/base/status.h"
#include "core/data/column.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace mlwb::core {

class JobContext;
class ThreadPool;

struct CorrelationColumn {
    const Column* column = nullptr;     // Float64 or Int64
    const uint64_t* present = nullptr;  // one bit per row (set = usable); nullptr = all rows
    size_t count = 0;                   // usable rows
    double center = 0.0;                // mean of the usable values (the value itself if constant)
    bool varies = false;                // at least two different values
    const uint32_t* rank2 = nullptr;    // twice the average ranks (Spearman only), see NumericColumnWork
};

// Both fill `out` with columns.size()^2 values, row-major, NaN where undefined (fewer than 2
// complete pairs, or no spread in them). Fail only with Cancelled. progress gets [0, 1].
Status pearsonMatrix(const std::vector<CorrelationColumn>& columns, size_t rows, ThreadPool& pool,
                     const JobContext& job, const std::function<void(double)>& progress, std::vector<double>& out);

// Pearson of the average ranks. Pairs with missing values are re-ranked over the rows both
// have, as pandas does, but without sorting again: see correctedRank() in the .cpp.
Status spearmanMatrix(const std::vector<CorrelationColumn>& columns, size_t rows, ThreadPool& pool,
                      const JobContext& job, const std::function<void(double)>& progress, std::vector<double>& out);

}  // namespace mlwb::core
