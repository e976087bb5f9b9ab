// Feature binning for the tree kinds: every column of X becomes one byte per row (a bin of
// quantile edges, or a category), so that split search scans small histograms instead of
// sorted values. Used by tree, random_forest and gbt training.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/matrix.h"

#include <cstdint>
#include <vector>

namespace mlwb::core::ml::trees {

// Missing values (NaN, unknown categories) have a bin of their own, after the value bins.
constexpr int kMaxBins = 255;
constexpr uint8_t kMissingBin = 255;

struct FeatureBins {
    bool categorical = false;
    int binCount = 0;  // value bins, 1..kMaxBins (the missing bin is extra)
    // Numeric: bin b holds the values v <= edges[b] (and > edges[b-1]); the last bin is open
    // above, so edges has binCount - 1 entries.
    std::vector<double> edges;
    // Numeric with one bin per distinct value (at most maxBins of them): each bin's value, so
    // that CART can put a node's threshold midway between the node's own neighbouring values.
    // Empty for quantile bins.
    std::vector<double> values;
    // Categorical: the bin of each category code (-1 = too rare to keep: treated as missing)
    // and the code of each bin.
    std::vector<int16_t> codeToBin;
    std::vector<int32_t> binToCode;

    uint8_t binOf(double value) const;
};

// One byte per (row, feature), column-major, with the mapping that produced it.
struct BinnedMatrix {
    Eigen::Index rows = 0;
    std::vector<FeatureBins> features;
    std::vector<uint8_t> codes;  // features.size() columns of `rows` bytes

    Eigen::Index cols() const { return static_cast<Eigen::Index>(features.size()); }
    const uint8_t* column(Eigen::Index feature) const { return codes.data() + feature * rows; }
    uint8_t* column(Eigen::Index feature) { return codes.data() + feature * rows; }
};

// Learns the bins of each column of X (categoryCounts as in TargetInfo) and bins X with them.
// Numeric edges are quantiles of all rows; columns with at most maxBins distinct values get
// one bin per value (edges at midpoints), so small data splits exactly as exact CART would.
// One sort per column gives both the edges and every row's bin. Columns run in parallel.
BinnedMatrix binTrainingRows(const Matrix& X, const std::vector<int>& categoryCounts, int maxBins = kMaxBins);

// The bins of every row of X (other rows than the training ones) under a learned mapping.
BinnedMatrix applyBins(const Matrix& X, std::vector<FeatureBins> features);

}  // namespace mlwb::core::ml::trees
