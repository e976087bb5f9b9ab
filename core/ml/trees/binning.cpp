#include "core/ml/trees/binning.h"

#include "core/base/thread_pool.h"
#include "core/stats/radix_sort.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlwb::core::ml::trees {

namespace {

// Edges from the sorted present values of a column (see binTrainingRows).
FeatureBins numericBins(const double* sorted, size_t count, int maxBins)
{
    FeatureBins bins;
    size_t distinct = 0;
    for (size_t i = 0; i < count && distinct <= static_cast<size_t>(maxBins); ++i)
        distinct += (i == 0 || sorted[i] != sorted[i - 1]) ? 1 : 0;
    if (distinct == 0) {
        bins.binCount = 1;
        return bins;
    }
    if (distinct <= static_cast<size_t>(maxBins)) {
        bins.values.push_back(sorted[0]);
        for (size_t i = 1; i < count; ++i)
            if (sorted[i] != sorted[i - 1]) {
                bins.edges.push_back(sorted[i - 1] + (sorted[i] - sorted[i - 1]) / 2);
                bins.values.push_back(sorted[i]);
            }
    } else {
        // Quantile edges at k/maxBins, each the midpoint of the two order statistics around
        // it; equal neighbours collapse so heavy values keep a bin of their own.
        const double last = static_cast<double>(count - 1);
        for (int k = 1; k < maxBins; ++k) {
            const double position = last * k / maxBins;
            const auto lo = static_cast<size_t>(std::floor(position));
            const auto hi = static_cast<size_t>(std::ceil(position));
            const double edge = sorted[lo] + (sorted[hi] - sorted[lo]) / 2;
            if (bins.edges.empty() || edge > bins.edges.back()) bins.edges.push_back(edge);
        }
        // The largest value must not share the open top bin's edge.
        while (!bins.edges.empty() && bins.edges.back() >= sorted[count - 1]) bins.edges.pop_back();
    }
    bins.binCount = static_cast<int>(bins.edges.size()) + 1;
    return bins;
}

// Sorts the column's present values (rows along), learns the edges and writes each row's bin
// walking the sorted order, so no row needs a search.
FeatureBins binNumericColumn(const Matrix& X, Eigen::Index feature, int maxBins, SortBuffers& buffers, uint8_t* out)
{
    const auto column = X.col(feature);
    const auto n = static_cast<size_t>(X.rows());
    buffers.prepare(n, true);
    for (size_t i = 0; i < n; ++i) {
        const double v = column[static_cast<Eigen::Index>(i)];
        if (std::isnan(v)) {
            out[i] = kMissingBin;
            continue;
        }
        buffers.keys.data()[buffers.size] = orderedKey(v);
        buffers.rows.data()[buffers.size] = static_cast<uint32_t>(i);
        ++buffers.size;
    }
    const JobContext neverCancelled;
    radixSort(buffers, neverCancelled);
    std::vector<double> sorted(buffers.size);
    for (size_t i = 0; i < buffers.size; ++i) sorted[i] = doubleFromKey(buffers.keys.data()[i]);
    FeatureBins bins = numericBins(sorted.data(), sorted.size(), maxBins);
    size_t edge = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        while (edge < bins.edges.size() && bins.edges[edge] < sorted[i]) ++edge;
        out[buffers.rows.data()[i]] = static_cast<uint8_t>(edge);
    }
    return bins;
}

FeatureBins categoricalBins(const Matrix& X, Eigen::Index feature, int categories, int maxBins)
{
    FeatureBins bins;
    bins.categorical = true;
    const int count = std::max(categories, 1);
    bins.codeToBin.assign(static_cast<size_t>(count), -1);
    if (count <= maxBins) {
        for (int c = 0; c < count; ++c) {
            bins.codeToBin[static_cast<size_t>(c)] = static_cast<int16_t>(c);
            bins.binToCode.push_back(c);
        }
    } else {
        // Too many categories for a byte: the most frequent keep a bin, the rest count as
        // missing (ties by code, so the choice is reproducible).
        std::vector<int64_t> frequency(static_cast<size_t>(count), 0);
        const auto column = X.col(feature);
        for (Eigen::Index i = 0; i < column.size(); ++i) {
            const double v = column[i];
            if (v >= 0 && v < count) ++frequency[static_cast<size_t>(v)];
        }
        std::vector<int32_t> order(static_cast<size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int32_t a, int32_t b) { return frequency[size_t(a)] > frequency[size_t(b)]; });
        order.resize(static_cast<size_t>(maxBins));
        std::sort(order.begin(), order.end());
        for (int32_t code : order) {
            bins.codeToBin[static_cast<size_t>(code)] = static_cast<int16_t>(bins.binToCode.size());
            bins.binToCode.push_back(code);
        }
    }
    bins.binCount = static_cast<int>(bins.binToCode.size());
    return bins;
}

}  // namespace

uint8_t FeatureBins::binOf(double value) const
{
    if (std::isnan(value)) return kMissingBin;
    if (categorical) {
        if (!(value >= 0) || value >= static_cast<double>(codeToBin.size())) return kMissingBin;
        const int16_t bin = codeToBin[static_cast<size_t>(value)];
        return bin < 0 ? kMissingBin : static_cast<uint8_t>(bin);
    }
    // lower_bound without branches: binning touches every cell, and the comparisons of a
    // branchy search mispredict half of the time.
    if (edges.empty()) return 0;
    const double* base = edges.data();
    size_t n = edges.size();
    while (n > 1) {
        const size_t half = n / 2;
        base = base[half - 1] < value ? base + half : base;
        n -= half;
    }
    return static_cast<uint8_t>((base - edges.data()) + (*base < value ? 1 : 0));
}

BinnedMatrix binTrainingRows(const Matrix& X, const std::vector<int>& categoryCounts, int maxBins)
{
    maxBins = std::clamp(maxBins, 2, kMaxBins);
    BinnedMatrix binned;
    binned.rows = X.rows();
    binned.features.resize(static_cast<size_t>(X.cols()));
    binned.codes.resize(static_cast<size_t>(X.rows() * X.cols()));
    ThreadPool::global().parallelFor(binned.features.size(), [&](size_t f) {
        const auto feature = static_cast<Eigen::Index>(f);
        const int categories = f < categoryCounts.size() ? categoryCounts[f] : 0;
        uint8_t* out = binned.column(feature);
        if (categories > 0) {
            FeatureBins& bins = binned.features[f] = categoricalBins(X, feature, categories, maxBins);
            const auto column = X.col(feature);
            for (Eigen::Index i = 0; i < X.rows(); ++i) out[i] = bins.binOf(column[i]);
            return;
        }
        thread_local SortBuffers buffers;
        binned.features[f] = binNumericColumn(X, feature, maxBins, buffers, out);
    });
    return binned;
}

BinnedMatrix applyBins(const Matrix& X, std::vector<FeatureBins> features)
{
    BinnedMatrix binned;
    binned.rows = X.rows();
    binned.features = std::move(features);
    binned.codes.resize(static_cast<size_t>(X.rows() * X.cols()));
    // Column by column: each task writes its own bytes, so the result never depends on the
    // thread count.
    ThreadPool::global().parallelFor(static_cast<size_t>(X.cols()), [&](size_t f) {
        const auto feature = static_cast<Eigen::Index>(f);
        const FeatureBins& bins = binned.features[f];
        const auto column = X.col(feature);
        uint8_t* out = binned.column(feature);
        for (Eigen::Index i = 0; i < X.rows(); ++i) out[i] = bins.binOf(column[i]);
    });
    return binned;
}

}  // namespace mlwb::core::ml::trees
