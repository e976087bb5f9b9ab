// Column and table profiles: per-column counts, missing, distinct, min/max/mean/std,
// quantiles, histogram or top values, and Pearson/Spearman correlation matrices, computed
// in one parallel, cancellable pass. Used by the profile panel and `mlwb-cli inspect`.
#pragma once

#include "core/base/job_context.h"
#include "core/data/table.h"
#include "core/stats/histogram.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlwb::core {

class ThreadPool;

struct ColumnProfile {
    std::string name;
    ColumnType type = ColumnType::Float64;
    size_t count = 0;  // present (non-missing) values
    size_t missing = 0;
    size_t distinct = 0;  // distinct present values
    // Set for numeric, boolean and datetime columns.
    std::optional<double> min, max, mean, std;  // std: sample standard deviation (n - 1)
    // Quantiles at quantileLevels() (linear interpolation, as numpy's default); numeric only.
    std::vector<double> quantiles;
    Histogram histogram;  // numeric bins, or top categories
    // Most frequent values, most frequent first (categorical, text, boolean).
    std::vector<std::pair<std::string, size_t>> top;
};

// 0.05, 0.25, 0.5, 0.75, 0.95
const std::vector<double>& quantileLevels();

struct CorrelationMatrix {
    std::vector<std::string> columns;  // numeric columns, in table order
    std::vector<double> values;        // row-major columns.size()^2; NaN where undefined
    double at(size_t i, size_t j) const { return values[i * columns.size() + j]; }
};

struct TableProfile {
    size_t rows = 0;
    std::vector<ColumnProfile> columns;
    CorrelationMatrix pearson;   // pairwise complete observations
    CorrelationMatrix spearman;  // on average ranks
};

struct ProfileOptions {
    size_t histogramBins = 20;
    size_t topCount = 10;
    bool correlations = true;
    // Spearman needs every numeric column's ranks; turn it off for Pearson alone (cheaper).
    // Only read when `correlations` is set; when off, TableProfile::spearman stays empty.
    bool spearman = true;
    // The pool to run on; nullptr means ThreadPool::global(). Results do not depend on it.
    ThreadPool* pool = nullptr;
};

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, JobContext& job);

}  // namespace mlwb::core
