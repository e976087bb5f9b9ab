// Boosting's second copy of the binned matrix: the bins of four features interleaved in one
// uint32 per row, and the kernel that sums a node's rows into those four histograms at once.
// Used by TreeGrower when it keeps histograms (gbt).
#pragma once

#include "core/ml/trees/binning.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mlwb::core::ml::trees {

// Doubles per row of a boosting payload and per histogram bin: [count, hessian, gradient, 0].
// The zero pads a row to one 32-byte vector, added to a bin in one go.
constexpr int kGradientStride = 4;

class GroupedBins {
public:
    static constexpr int kWidth = 4;

    // Packs the features of X in groups of four (the last one padded); parallel over groups.
    explicit GroupedBins(const BinnedMatrix& X);

    int groupCount() const { return m_groups; }

    // Zeroes and fills the histograms (256 bins of kGradientStride doubles) of group g's
    // features from a node's rows: rows[i] with payload ordered[i * kGradientStride ..], or
    // rows 0..count-1 when rows is null. hists[j] is the histogram of feature 4g + j, or null
    // when nobody wants it (padding, column sampling).
    void accumulate(int group, const uint32_t* rows, size_t count, const double* ordered, double* const* hists) const;

private:
    size_t m_rows = 0;
    int m_features = 0;
    int m_groups = 0;
    std::vector<int> m_binCounts;    // value bins per feature
    std::vector<uint32_t> m_packed;  // group-major: group g's rows at m_packed[g * m_rows]
};

}  // namespace mlwb::core::ml::trees
